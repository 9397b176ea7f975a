import type { Space } from '../gql/graphql';

/**
 * Where each space of "Choix de l'espace" lives, and the message ids that name it. What each
 * space holds comes from the features (app/features.ts), not from here.
 */
export const SPACE_PATHS: Record<Space, string> = {
  SYNDIC: '/copropriete',
  GERANCE: '/gerance',
  MANAGEMENT: '/gestion',
};

export const SPACE_ORDER: readonly Space[] = ['SYNDIC', 'GERANCE', 'MANAGEMENT'];

export const SPACE_LABEL_IDS: Record<Space, string> = {
  SYNDIC: 'app.space.SYNDIC',
  GERANCE: 'app.space.GERANCE',
  MANAGEMENT: 'app.space.MANAGEMENT',
};
