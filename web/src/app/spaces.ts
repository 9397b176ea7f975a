import type { Space } from '../gql/graphql';

/** Where each space of "Choix de l'espace" lives, and the message ids that name it. */
export const SPACE_PATHS: Record<Space, string> = {
  SYNDIC: '/copropriete',
  GERANCE: '/gerance',
  MANAGEMENT: '/gestion',
};

export const SPACE_ORDER: readonly Space[] = ['SYNDIC', 'GERANCE', 'MANAGEMENT'];

export type NavIcon = 'home' | 'building' | 'key' | 'users' | 'grid' | 'wallet' | 'receipt' | 'coins';

export type NavEntry = {
  path: string;
  /** The full name (desktop menu, screen readers, page titles). */
  labelId: string;
  /** A word or two for the phone's tab bar, where six entries share 375 px. */
  shortLabelId: string;
  icon: NavIcon;
  /** Shown only when the viewer may open a building's expense list (council members). */
  requiresExpenseList?: boolean;
};

/**
 * The menu of each space, in the manual's order ("L'extranet client"): only what exists. The
 * manual's other entries (Contacts syndic, Mes demandes, Mes documents…) appear here when their
 * screens do; no dead links.
 */
export const SPACE_MENUS: Record<Space, NavEntry[]> = {
  SYNDIC: [
    { path: '/copropriete', labelId: 'app.nav.home', shortLabelId: 'app.nav.short.home', icon: 'home' },
    { path: '/copropriete/compte', labelId: 'app.nav.account', shortLabelId: 'app.nav.short.account', icon: 'wallet' },
    { path: '/copropriete/biens', labelId: 'app.nav.properties', shortLabelId: 'app.nav.short.properties', icon: 'building' },
    { path: '/copropriete/depenses', labelId: 'app.nav.expenses', shortLabelId: 'app.nav.short.expenses', icon: 'receipt', requiresExpenseList: true },
    { path: '/copropriete/fonds-travaux', labelId: 'app.nav.worksFunds', shortLabelId: 'app.nav.short.worksFunds', icon: 'coins' },
    { path: '/copropriete/mot-de-passe', labelId: 'app.nav.password', shortLabelId: 'app.nav.short.password', icon: 'key' },
  ],
  GERANCE: [
    { path: '/gerance', labelId: 'app.nav.home', shortLabelId: 'app.nav.short.home', icon: 'home' },
    { path: '/gerance/compte', labelId: 'app.nav.account', shortLabelId: 'app.nav.short.account', icon: 'wallet' },
    { path: '/gerance/biens', labelId: 'app.nav.properties', shortLabelId: 'app.nav.short.properties', icon: 'building' },
    { path: '/gerance/mot-de-passe', labelId: 'app.nav.password', shortLabelId: 'app.nav.short.password', icon: 'key' },
  ],
  MANAGEMENT: [
    { path: '/gestion/portefeuille', labelId: 'app.nav.portfolio', shortLabelId: 'app.nav.short.portfolio', icon: 'users' },
    { path: '/gestion/immeubles', labelId: 'app.nav.buildings', shortLabelId: 'app.nav.short.buildings', icon: 'grid' },
    { path: '/gestion/mot-de-passe', labelId: 'app.nav.password', shortLabelId: 'app.nav.short.password', icon: 'key' },
  ],
};

export const SPACE_LABEL_IDS: Record<Space, string> = {
  SYNDIC: 'app.space.SYNDIC',
  GERANCE: 'app.space.GERANCE',
  MANAGEMENT: 'app.space.MANAGEMENT',
};
