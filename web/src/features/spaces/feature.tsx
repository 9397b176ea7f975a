import type { FeatureManifest } from '../../app/feature-manifest';
import { SpaceChooserPage } from './routes/SpaceChooserPage';

/** "Choix de l'espace": needs a session, and sits outside the spaces it chooses between. */
export const spacesFeature: FeatureManifest = {
  name: 'spaces',
  sessionRoutes: [{ path: 'espaces', element: <SpaceChooserPage /> }],
};
