import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { BuildingPhotosPage } from './routes/BuildingPhotosPage';
import { MyPhotosPage } from './routes/MyPhotosPage';

// The manual's client menu: "… Mes documents, Mes photos, Nos partenaires".
const clientEntry: MenuEntry = { path: 'photos', labelId: 'photos.nav.mine', shortLabelId: 'photos.nav.short.mine', icon: 'image', order: 38, requires: 'readPhotos' };

/** "Mes photos" (a gallery per building) in both client spaces, and the manager's photos of a building. */
export const photosFeature: FeatureManifest = {
  name: 'photos',
  spaces: {
    SYNDIC: { routes: [{ path: 'photos', element: <MyPhotosPage /> }], menu: [clientEntry] },
    GERANCE: { routes: [{ path: 'photos', element: <MyPhotosPage /> }], menu: [clientEntry] },
    MANAGEMENT: { routes: [{ path: 'immeubles/:buildingId/photos', element: <BuildingPhotosPage /> }] },
  },
};
