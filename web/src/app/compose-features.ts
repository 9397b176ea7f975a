import type { RouteObject } from 'react-router';
import type { Space } from '../gql/graphql';
import type { FeatureManifest, MenuEntry } from './feature-manifest';
import { SPACE_PATHS } from './spaces';

/** A menu entry placed in its space: `to` is the absolute path the link opens. */
export type SpaceMenuItem = MenuEntry & { to: string; isSpaceHome: boolean };

export function publicRoutesOf(features: readonly FeatureManifest[]): RouteObject[] {
  return features.flatMap((feature) => feature.publicRoutes ?? []);
}

export function sessionRoutesOf(features: readonly FeatureManifest[]): RouteObject[] {
  return features.flatMap((feature) => feature.sessionRoutes ?? []);
}

export function spaceRoutesOf(features: readonly FeatureManifest[], space: Space): RouteObject[] {
  return features.flatMap((feature) => feature.spaces?.[space]?.routes ?? []);
}

/** A space's menu, every feature's entries by `order` (ties keep the list's order: the sort is stable). */
export function spaceMenuOf(features: readonly FeatureManifest[], space: Space): SpaceMenuItem[] {
  const home = SPACE_PATHS[space];
  return features
    .flatMap((feature) => feature.spaces?.[space]?.menu ?? [])
    .sort((a, b) => a.order - b.order)
    .map((entry) => ({ ...entry, to: entry.path ? `${home}/${entry.path}` : home, isSpaceHome: !entry.path }));
}
