import { portfolioRules } from '../auth/rules/portfolio';
import { portfolioSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { BuildingResolver } from './building.resolver';
import { ViewerContactResolver } from './contact.resolver';
import { AllocationKeyResolver, LotResolver, LotShareResolver } from './lot.resolver';
import { CouncilMembershipResolver, OwnershipResolver } from './ownership.resolver';
import { PersonPortfolioResolver } from './person-portfolio.resolver';
import { portfolioLoaders } from './portfolio.loaders';
import { PortfolioImportResolver } from './import/portfolio-import.resolver';
import { RelationsImportResolver } from './import/relations-import.resolver';
import { PortfolioViewerCanResolver } from './viewer-can.resolver';

/** Buildings, lots, allocation keys and shares, ownerships, council seats. */
export const portfolioModule: ModuleManifest = {
  name: 'portfolio',
  resolvers: [
    BuildingResolver,
    LotResolver,
    LotShareResolver,
    AllocationKeyResolver,
    OwnershipResolver,
    CouncilMembershipResolver,
    PersonPortfolioResolver,
    ViewerContactResolver,
    PortfolioImportResolver,
    RelationsImportResolver,
    PortfolioViewerCanResolver,
  ],
  loaders: portfolioLoaders,
  nodes: {
    Building: (ctx, id) => ctx.loaders.buildingById.load(id),
    Lot: (ctx, id) => ctx.loaders.lotById.load(id),
    AllocationKey: (ctx, id) => ctx.loaders.allocationKeyById.load(id),
    Ownership: (ctx, id) => ctx.loaders.ownershipById.load(id),
    CouncilMembership: (ctx, id) => ctx.loaders.councilMembershipById.load(id),
  },
  settings: portfolioSettings,
  rules: portfolioRules,
};
