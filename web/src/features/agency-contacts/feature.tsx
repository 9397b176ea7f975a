import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { ContactsPage } from './routes/ContactsPage';
import { OfficesPage } from './routes/OfficesPage';

// The manual's client menus: "Accueil, Contacts syndic, Mon compte…" and "Accueil, Contacts agence, Mon compte…".
const entry = (space: 'SYNDIC' | 'GERANCE'): MenuEntry => ({
  path: 'contacts',
  labelId: `agencyContacts.nav.${space}`,
  shortLabelId: 'agencyContacts.nav.short',
  icon: 'phone',
  order: 15,
  requires: 'readAgencyContact',
});

/** "Contacts syndic" / "Contacts agence" for clients; the manager's "Bureaux". */
export const agencyContactsFeature: FeatureManifest = {
  name: 'agency-contacts',
  spaces: {
    SYNDIC: { routes: [{ path: 'contacts', element: <ContactsPage space="SYNDIC" /> }], menu: [entry('SYNDIC')] },
    GERANCE: { routes: [{ path: 'contacts', element: <ContactsPage space="GERANCE" /> }], menu: [entry('GERANCE')] },
    MANAGEMENT: {
      routes: [{ path: 'bureaux', element: <OfficesPage /> }],
      menu: [{ path: 'bureaux', labelId: 'agencyContacts.nav.manage', shortLabelId: 'agencyContacts.nav.short.manage', icon: 'building', order: 86, requires: 'manageAgency' }],
    },
  },
};
