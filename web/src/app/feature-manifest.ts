import type { RouteObject } from 'react-router';
import type { Space, SpaceShellQuery } from '../gql/graphql';
import type { IconName } from '../ui/Icon';

/**
 * A permission the API computes for the viewer (`Viewer.can`), from the same rules it enforces.
 * The client preset emits only the types that operations use, so this is read from the shell's
 * query: codegen checks those names against the schema, and a test checks that the query asks
 * for every field of `ViewerCan`. A renamed permission fails the build of the manifest naming it.
 */
export type ViewerAbility = Exclude<keyof NonNullable<SpaceShellQuery['viewer']>['can'], '__typename'>;

/** One entry of a space's menu. */
export type MenuEntry = {
  /** Relative to the space, as the route's path; '' is the space's home (its index route). */
  path: string;
  /** The full name (desktop menu, screen readers, page titles). */
  labelId: string;
  /** A word or two for the phone's tab bar, where six entries share 375 px. */
  shortLabelId: string;
  icon: IconName;
  /**
   * Position in the space's menu, ascending, across features (the manual's order, "L'extranet
   * client"). Steps of 10 leave room for the next feature without renumbering.
   */
  order: number;
  /** Shown only when the API says the viewer may (`viewer.can[requires]`); none: always shown. */
  requires?: ViewerAbility;
  /**
   * `person`: about the signed-in person rather than the space ("Redéfinir mon mot de passe"), so
   * in the person menu, not in the space's menu (where it would take a slot of the phone's tab bar).
   */
  placement?: 'person';
};

/** What a feature adds to one space: its routes and, when it has a screen of its own, menu entries. */
export type FeatureSpace = {
  /** Children of the space's route: paths relative to the space (`compte`, not `/copropriete/compte`). */
  routes: RouteObject[];
  menu?: MenuEntry[];
};

/**
 * Everything the shell needs to know about a feature: `features/<feature>/feature.tsx` exports
 * one, and `app/features.ts` lists them. The shell builds the router and the menus from that list
 * only, so a new feature touches its own folder and one line of the list.
 */
export type FeatureManifest = {
  /** The feature's folder under features/, named in test failures. */
  name: string;
  /** Open without a session (sign-in, reset link, legal notice); absolute paths. */
  publicRoutes?: RouteObject[];
  /** Behind the session guard but outside any space (Choix de l'espace); absolute paths. */
  sessionRoutes?: RouteObject[];
  spaces?: Partial<Record<Space, FeatureSpace>>;
};
