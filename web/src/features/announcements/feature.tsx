import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { ManageAnnouncementsPage } from './routes/ManageAnnouncementsPage';
import { MyAnnouncementsPage } from './routes/MyAnnouncementsPage';

// The manual's client menu: "… Mes demandes, Mes informations, Mes documents …".
const clientEntry: MenuEntry = {
  path: 'informations',
  labelId: 'announcements.nav.mine',
  shortLabelId: 'announcements.nav.short.mine',
  icon: 'bell',
  order: 34,
  requires: 'readAnnouncements',
};

/** "Mes informations" in both client spaces (and on their homes, see public.ts); the manager's announcements. */
export const announcementsFeature: FeatureManifest = {
  name: 'announcements',
  spaces: {
    SYNDIC: { routes: [{ path: 'informations', element: <MyAnnouncementsPage /> }], menu: [clientEntry] },
    GERANCE: { routes: [{ path: 'informations', element: <MyAnnouncementsPage /> }], menu: [clientEntry] },
    MANAGEMENT: {
      routes: [{ path: 'informations', element: <ManageAnnouncementsPage /> }],
      menu: [
        { path: 'informations', labelId: 'announcements.nav.manage', shortLabelId: 'announcements.nav.short.manage', icon: 'bell', order: 27, requires: 'manageAnnouncements' },
      ],
    },
  },
};
