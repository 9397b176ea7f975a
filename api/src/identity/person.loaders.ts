import DataLoader from 'dataloader';
import { and, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { sameAgency } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { agencies, identities, persons } from '../db/schema';
import { byId, type Row } from '../graphql/loaders';
import { createRolesLoader } from './people.service';

/** Persons, their identity (field-guarded) and their current roles. */
export function personLoaders(db: Db, actor: Actor) {
  return {
    personById: byId(db, persons, scope.persons(actor)),
    /** Identity of a person, for the manager's view and the person's own (field-guarded). */
    identityOfPerson: new DataLoader<string, Row<typeof identities> | null>(async (personIds) => {
      const rows = await db
        .select()
        .from(identities)
        .where(and(sameAgency(actor, identities.agencyId), inArray(identities.personId, [...personIds])));
      return personIds.map((id) => rows.find((row) => row.personId === id) ?? null);
    }),
    rolesOfPerson: createRolesLoader(db, actor),
    /** The actor's own agency (name, address, contact): anyone signed in belongs to it; no other agency ever. */
    ownAgency: new DataLoader<string, Row<typeof agencies> | null>(async (ids) => {
      const rows = await db
        .select()
        .from(agencies)
        .where(and(sameAgency(actor, agencies.id), inArray(agencies.id, [...ids])));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}

type PersonLoaders = ReturnType<typeof personLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends PersonLoaders {}
}
