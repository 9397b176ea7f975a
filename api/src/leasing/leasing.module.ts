import { leasingRules } from '../auth/rules/leasing';
import { leasingSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { LotLeasingResolver, PersonLeasingResolver } from './leasing-extensions.resolver';
import { leasingLoaders } from './leasing.loaders';
import { LeaseResolver, ManagementMandateResolver } from './leasing.resolver';
import { LeasingImportResolver } from './import/leasing-import.resolver';

/** Management mandates (owners) and leases (tenants), with notice and departure. */
export const leasingModule: ModuleManifest = {
  name: 'leasing',
  resolvers: [ManagementMandateResolver, LeaseResolver, PersonLeasingResolver, LotLeasingResolver, LeasingImportResolver],
  loaders: leasingLoaders,
  nodes: {
    ManagementMandate: (ctx, id) => ctx.loaders.mandateById.load(id),
    Lease: (ctx, id) => ctx.loaders.leaseById.load(id),
  },
  settings: leasingSettings,
  rules: leasingRules,
};
