import type { Space } from '../gql/graphql';

/** Where each space of "Choix de l'espace" lives, and the message ids that name it. */
export const SPACE_PATHS: Record<Space, string> = {
  SYNDIC: '/copropriete',
  GERANCE: '/gerance',
  MANAGEMENT: '/gestion',
};

export const SPACE_ORDER: readonly Space[] = ['SYNDIC', 'GERANCE', 'MANAGEMENT'];

export type NavEntry = { path: string; labelId: string; icon: 'home' | 'building' | 'key' | 'users' | 'grid' };

/**
 * The menu of each space: only what exists. The manual's other entries (Mon compte, Mes
 * documents, Mes demandes…) appear here when their screens do; no dead links.
 */
export const SPACE_MENUS: Record<Space, NavEntry[]> = {
  SYNDIC: [
    { path: '/copropriete', labelId: 'app.nav.home', icon: 'home' },
    { path: '/copropriete/biens', labelId: 'app.nav.properties', icon: 'building' },
    { path: '/copropriete/mot-de-passe', labelId: 'app.nav.password', icon: 'key' },
  ],
  GERANCE: [
    { path: '/gerance', labelId: 'app.nav.home', icon: 'home' },
    { path: '/gerance/biens', labelId: 'app.nav.properties', icon: 'building' },
    { path: '/gerance/mot-de-passe', labelId: 'app.nav.password', icon: 'key' },
  ],
  MANAGEMENT: [
    { path: '/gestion/portefeuille', labelId: 'app.nav.portfolio', icon: 'users' },
    { path: '/gestion/immeubles', labelId: 'app.nav.buildings', icon: 'grid' },
    { path: '/gestion/mot-de-passe', labelId: 'app.nav.password', icon: 'key' },
  ],
};

export const SPACE_LABEL_IDS: Record<Space, string> = {
  SYNDIC: 'app.space.SYNDIC',
  GERANCE: 'app.space.GERANCE',
  MANAGEMENT: 'app.space.MANAGEMENT',
};
