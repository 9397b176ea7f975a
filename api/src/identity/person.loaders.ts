import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { anyOf, sameAgency } from '../auth/scope-helpers';
import { rowsOf, type Db } from '../db/client';
import { identities, persons } from '../db/schema';
import { byId, lazyScope, rowReader, type Row } from '../graphql/loaders';
import { createRolesLoader } from './people.service';

/** Persons, their identity (field-guarded) and their current roles. */
export function personLoaders(db: Db, actor: Actor) {
  return {
    personById: byId(
      db,
      persons,
      lazyScope(() => scope.persons(actor)),
    ),
    /** Identity of a person, for the manager's view and the person's own (field-guarded). */
    identityOfPerson: new DataLoader<string, Row<typeof identities> | null>(async (personIds) => {
      const reader = rowReader(identities);
      const result = await db.execute(sql`SELECT ${reader.list} FROM ${identities} WHERE ${sameAgency(actor, identities.agencyId)} AND ${anyOf(identities.personId, personIds)}`);
      const rows = rowsOf<Record<string, unknown>>(result).map((raw) => reader.read(raw));
      return personIds.map((id) => rows.find((row) => row.personId === id) ?? null);
    }),
    rolesOfPerson: createRolesLoader(db, actor),
  };
}

type PersonLoaders = ReturnType<typeof personLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends PersonLoaders {}
}
