import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { PartnersPage } from './routes/PartnersPage';
import { SuppliersPage } from './routes/SuppliersPage';

// The manual's client menu ends "… Mes documents, Mes photos, Nos partenaires" (photos are 38).
const clientEntry: MenuEntry = {
  path: 'partenaires',
  labelId: 'partners.nav.partners',
  shortLabelId: 'partners.nav.short.partners',
  icon: 'users',
  order: 39,
  requires: 'readPartners',
};
const clientRoutes = [{ path: 'partenaires', element: <PartnersPage /> }];

/** "Nos partenaires" in both client spaces; the managers' suppliers (the tickets' recipients, partners or not). */
export const partnersFeature: FeatureManifest = {
  name: 'partners',
  spaces: {
    SYNDIC: { routes: clientRoutes, menu: [clientEntry] },
    GERANCE: { routes: clientRoutes, menu: [clientEntry] },
    MANAGEMENT: {
      routes: [{ path: 'fournisseurs', element: <SuppliersPage /> }],
      menu: [{ path: 'fournisseurs', labelId: 'partners.nav.suppliers', shortLabelId: 'partners.nav.short.suppliers', icon: 'briefcase', order: 26, requires: 'manageTickets' }],
    },
  },
};
