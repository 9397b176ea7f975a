import { Navigate } from 'react-router';
import type { FeatureManifest } from '../../app/feature-manifest';
import { BuildingPage } from './routes/BuildingPage';
import { BuildingsPage } from './routes/BuildingsPage';
import { PeoplePage } from './routes/PeoplePage';
import { PersonPage } from './routes/PersonPage';

/** The manager console's "Portefeuille" (people, a person's record) and "Immeubles". */
export const portfolioFeature: FeatureManifest = {
  name: 'portfolio',
  spaces: {
    MANAGEMENT: {
      routes: [
        // The console has no home screen of its own: it opens on the portfolio.
        { index: true, element: <Navigate to="portefeuille" replace /> },
        { path: 'portefeuille', element: <PeoplePage /> },
        { path: 'portefeuille/:personId', element: <PersonPage /> },
        { path: 'immeubles', element: <BuildingsPage /> },
        { path: 'immeubles/:buildingId', element: <BuildingPage /> },
      ],
      menu: [
        { path: 'portefeuille', labelId: 'portfolio.nav.portfolio', shortLabelId: 'portfolio.nav.short.portfolio', icon: 'users', order: 10, requires: 'managePortfolio' },
        { path: 'immeubles', labelId: 'portfolio.nav.buildings', shortLabelId: 'portfolio.nav.short.buildings', icon: 'grid', order: 20, requires: 'managePortfolio' },
      ],
    },
  },
};
