import { regularisationRules } from '../auth/rules/regularisation';
import type { ModuleManifest } from '../module-manifest';
import { ChargeRegularisationResolver, ChargeRegularisationRootResolver, LotRegularisationResolver } from './charge-regularisation.resolver';
import { regularisationLoaders } from './regularisation.loaders';
import { regularisationRoutes } from './regularisation.routes';
import { TenantRegularisationResolver } from './tenant-regularisation.resolver';
import { RegularisationViewerCanResolver } from './viewer-can.resolver';

/** Charge regularisation of isolated lots (gérance): the computation, records, billing on the tenants' accounts, the tenant's statement (previewed, then published) and the lot's last regularisation date. */
export const regularisationModule: ModuleManifest = {
  name: 'regularisation',
  resolvers: [ChargeRegularisationResolver, ChargeRegularisationRootResolver, LotRegularisationResolver, TenantRegularisationResolver, RegularisationViewerCanResolver],
  loaders: (db, actor) => regularisationLoaders(db, actor),
  nodes: {
    ChargeRegularisation: (ctx, id) => ctx.loaders.chargeRegularisationById.load(id),
    TenantRegularisation: (ctx, id) => ctx.loaders.tenantRegularisationById.load(id),
  },
  routes: (deps) => regularisationRoutes(deps),
  rules: regularisationRules,
};
