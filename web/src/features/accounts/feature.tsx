import type { FeatureManifest, MenuEntry } from '../../app/feature-manifest';
import { AccountPage } from './routes/AccountPage';
import { ManagerAccountPage } from './routes/ManagerAccountPage';

// The agency may switch the account module off; the API then answers readAccounts: false.
const accountEntry: MenuEntry = {
  path: 'compte',
  labelId: 'accounts.nav.account',
  shortLabelId: 'accounts.nav.short.account',
  icon: 'wallet',
  order: 20,
  requires: 'readAccounts',
};

/**
 * "Mon compte" in both client spaces, and the manager's "Situation du compte", which is reached
 * from a person's record (under its path) rather than from the menu.
 */
export const accountsFeature: FeatureManifest = {
  name: 'accounts',
  spaces: {
    SYNDIC: { routes: [{ path: 'compte', element: <AccountPage space="SYNDIC" /> }], menu: [accountEntry] },
    GERANCE: { routes: [{ path: 'compte', element: <AccountPage space="GERANCE" /> }], menu: [accountEntry] },
    MANAGEMENT: { routes: [{ path: 'portefeuille/:personId/comptes/:accountId', element: <ManagerAccountPage /> }] },
  },
};
