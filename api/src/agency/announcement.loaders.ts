import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { announcements } from '../db/schema';
import { byId } from '../graphql/loaders';

/** Announcements through their row scope (node(id:), the list's priming). */
export function announcementLoaders(db: Db, actor: Actor) {
  return { announcementById: byId(db, actor, announcements, scope.announcements) };
}

type AnnouncementLoaders = ReturnType<typeof announcementLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends AnnouncementLoaders {}
}
