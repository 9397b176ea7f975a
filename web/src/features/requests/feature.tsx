import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { InboxPage } from './routes/InboxPage';
import { MyRequestsPage } from './routes/MyRequestsPage';
import { RequestPage } from './routes/RequestPage';

// The manual's client menu: "… Mes informations, Mes demandes, Mes documents …".
const clientEntry: MenuEntry = { path: 'demandes', labelId: 'requests.nav.mine', shortLabelId: 'requests.nav.short.mine', icon: 'mail', order: 35, requires: 'openRequests' };
const clientRoutes = [
  { path: 'demandes', element: <MyRequestsPage /> },
  { path: 'demandes/:requestId', element: <RequestPage /> },
];

/** "Mes demandes" in both client spaces (list, new request, thread), and the managers' inbox with the request page. */
export const requestsFeature: FeatureManifest = {
  name: 'requests',
  spaces: {
    SYNDIC: { routes: clientRoutes, menu: [clientEntry] },
    GERANCE: { routes: clientRoutes, menu: [clientEntry] },
    MANAGEMENT: {
      routes: [
        { path: 'demandes', element: <InboxPage /> },
        { path: 'demandes/:requestId', element: <RequestPage /> },
      ],
      menu: [{ path: 'demandes', labelId: 'requests.nav.inbox', shortLabelId: 'requests.nav.short.inbox', icon: 'mail', order: 25, requires: 'manageRequests' }],
    },
  },
};
