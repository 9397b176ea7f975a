import { identityRules } from './identity';
import { portfolioRules } from './portfolio';
import { leasingRules } from './leasing';
import { accountRules } from './accounts';
import { documentRules } from './documents';
import { photoRules } from './photos';
import { onboardingRules } from './onboarding';
import { agencyRules } from './agency';
import { regularisationRules } from './regularisation';
import { assemblyRules } from './assemblies';
import { requestRules } from './requests';

/** Every action of the API and who may perform it: the reviewed list, one file per module in module order. */
export const rules = {
  ...identityRules,
  ...portfolioRules,
  ...leasingRules,
  ...accountRules,
  ...documentRules,
  ...photoRules,
  ...onboardingRules,
  ...agencyRules,
  ...regularisationRules,
  ...assemblyRules,
  ...requestRules,
};
