import type { PageArgs } from './connection';
import { pageWindow } from './connection';
import type { ChildPageKey } from './loaders';

/** Loader key for a nested connection page of `parentId`. */
export function childKey(parentId: string, args: PageArgs): ChildPageKey {
  const { first, after } = pageWindow(args);
  return { parentId, first, after };
}
