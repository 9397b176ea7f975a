import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { ClientHomePage } from './routes/ClientHomePage';
import { PropertiesPage } from './routes/PropertiesPage';

const menu: MenuEntry[] = [
  { path: '', labelId: 'clientHome.nav.home', shortLabelId: 'clientHome.nav.short.home', icon: 'home', order: 10 },
  { path: 'biens', labelId: 'clientHome.nav.properties', shortLabelId: 'clientHome.nav.short.properties', icon: 'building', order: 30, requires: 'readProperties' },
];

/** "Accueil" (with "Mes coordonnées") and "Mes biens" of both client spaces. */
export const clientHomeFeature: FeatureManifest = {
  name: 'client-home',
  spaces: {
    SYNDIC: {
      routes: [
        { index: true, element: <ClientHomePage space="SYNDIC" /> },
        { path: 'biens', element: <PropertiesPage space="SYNDIC" /> },
      ],
      menu,
    },
    GERANCE: {
      routes: [
        { index: true, element: <ClientHomePage space="GERANCE" /> },
        { path: 'biens', element: <PropertiesPage space="GERANCE" /> },
      ],
      menu,
    },
  },
};
