import { onboardingRules } from '../auth/rules/onboarding';
import type { ModuleManifest } from '../module-manifest';
import { ImportResolver } from './import.resolver';

/** Loading an agency's portfolio from files: the console's CSV import over the modules' batch services. */
export const onboardingModule: ModuleManifest = {
  name: 'onboarding',
  resolvers: [ImportResolver],
  rules: onboardingRules,
};
