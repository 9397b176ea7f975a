import { identityModule } from './identity/identity.module';
import { portfolioModule } from './portfolio/portfolio.module';
import { leasingModule } from './leasing/leasing.module';
import { accountsModule } from './accounts/accounts.module';
import { documentsModule } from './documents/documents.module';
import { onboardingModule } from './onboarding/onboarding.module';
import { agencyModule } from './agency/agency.module';
import { regularisationModule } from './regularisation/regularisation.module';
import { assembliesModule } from './assemblies/assemblies.module';
import { requestsModule } from './requests/requests.module';
import type { ModuleManifest } from './module-manifest';

/**
 * The domain modules, in order: a module imports only modules listed before it (checked by
 * `architecture.test.ts`); a field that points up the order is an extension resolver in the upper
 * module. Adding a module is one line here.
 */
export const MODULES: readonly ModuleManifest[] = [
  identityModule,
  portfolioModule,
  leasingModule,
  accountsModule,
  documentsModule,
  onboardingModule,
  agencyModule,
  regularisationModule,
  assembliesModule,
  requestsModule,
];
