import type { FeatureManifest } from '../../app/feature-manifest';
import { AgencyProfilePage } from './routes/AgencyProfilePage';
import { SettingsPage } from './routes/SettingsPage';

/** The console's "Paramètres" (module switches, publication) and "Profil de l'agence" (legal mentions): managers only. */
export const settingsFeature: FeatureManifest = {
  name: 'settings',
  spaces: {
    MANAGEMENT: {
      routes: [
        { path: 'parametres', element: <SettingsPage /> },
        { path: 'profil-agence', element: <AgencyProfilePage /> },
      ],
      menu: [
        { path: 'parametres', labelId: 'settings.nav.settings', shortLabelId: 'settings.nav.short.settings', icon: 'shield', order: 80, requires: 'manageAgency' },
        { path: 'profil-agence', labelId: 'settings.nav.profile', shortLabelId: 'settings.nav.short.profile', icon: 'briefcase', order: 85, requires: 'manageAgency' },
      ],
    },
  },
};
