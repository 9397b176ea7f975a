import type { FeatureManifest } from '../../app/feature-manifest';
import { AllocationKeysPage } from './routes/AllocationKeysPage';
import { EditBuildingPage, NewBuildingPage } from './routes/BuildingFormPage';
import { CouncilElectionPage } from './routes/CouncilElectionPage';
import { LeaseEventPage } from './routes/LeaseEventPage';
import { LotFormPage } from './routes/LotFormPage';
import { NewLotLeasePage, NewTenantLeasePage } from './routes/NewLeasePage';
import { EditPersonPage, NewPersonPage } from './routes/PersonFormPage';
import { SalePage } from './routes/SalePage';

/**
 * The console's daily record forms (issue 8, "The console"): persons, buildings, keys and lots
 * with shares; a sale, a new lease, a lease's notice and departure, a council election. Each calls
 * the write API (a batch of one row, or the relation's own mutation). No menu
 * entry: they open from the portfolio's pages (static segments such as `nouveau` outrank the
 * portfolio's `:personId`).
 */
export const recordsFeature: FeatureManifest = {
  name: 'records',
  spaces: {
    MANAGEMENT: {
      routes: [
        { path: 'portefeuille/nouveau', element: <NewPersonPage /> },
        { path: 'portefeuille/:personId/modifier', element: <EditPersonPage /> },
        { path: 'portefeuille/:personId/vente/:ownershipId', element: <SalePage /> },
        { path: 'portefeuille/:personId/bail', element: <NewTenantLeasePage /> },
        { path: 'immeubles/nouveau', element: <NewBuildingPage /> },
        { path: 'immeubles/:buildingId/modifier', element: <EditBuildingPage /> },
        { path: 'immeubles/:buildingId/cles', element: <AllocationKeysPage /> },
        { path: 'immeubles/:buildingId/lots/nouveau', element: <LotFormPage /> },
        { path: 'immeubles/:buildingId/lots/:lotId/modifier', element: <LotFormPage /> },
        { path: 'immeubles/:buildingId/lots/:lotId/bail', element: <NewLotLeasePage /> },
        { path: 'immeubles/:buildingId/conseil', element: <CouncilElectionPage /> },
        { path: 'baux/:leaseId/preavis', element: <LeaseEventPage event="notice" /> },
        { path: 'baux/:leaseId/depart', element: <LeaseEventPage event="departure" /> },
      ],
    },
  },
};
