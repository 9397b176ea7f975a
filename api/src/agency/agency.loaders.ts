import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { agencyOffices, announcements } from '../db/schema';
import { byId } from '../graphql/loaders';

/** Announcements and offices through their row scopes (node(id:), the lists' priming). */
export function agencyLoaders(db: Db, actor: Actor) {
  return { announcementById: byId(db, actor, announcements, scope.announcements), agencyOfficeById: byId(db, actor, agencyOffices, scope.agencyOffices) };
}

type AgencyLoaders = ReturnType<typeof agencyLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends AgencyLoaders {}
}
