import type { ModuleManifest } from '../module-manifest';

/** Charge regularisation of isolated lots (gérance): the computation, records, billing and the tenant's statement. */
export const regularisationModule: ModuleManifest = {
  name: 'regularisation',
  resolvers: [],
  rules: {},
};
