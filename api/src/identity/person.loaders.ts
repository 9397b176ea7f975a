import DataLoader from 'dataloader';
import { and, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { anyOf, sameAgencyScope, scopeValues } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { runCompiled } from '../db/compiled';
import { agencies, identities, persons } from '../db/schema';
import { byId, ph, rowReader, type Row } from '../graphql/loaders';
import { createRolesLoader } from './people.service';

const IDENTITY = rowReader(identities);
const IDENTITIES = sameAgencyScope(identities.agencyId);
const OWN_AGENCY = sameAgencyScope(agencies.id);

/** Persons, their identity (field-guarded) and their current roles. */
export function personLoaders(db: Db, actor: Actor) {
  return {
    personById: byId(db, actor, persons, scope.persons),
    /** Identity of a person, for the manager's view and the person's own (field-guarded). */
    identityOfPerson: new DataLoader<string, Row<typeof identities> | null>(async (personIds) => {
      const shape = IDENTITIES.shapeOf(actor);
      const raws = await runCompiled<Record<string, unknown>>(
        db,
        `identityOfPerson|${shape}`,
        () => sql`SELECT ${IDENTITY.list} FROM ${identities} WHERE ${IDENTITIES.template(shape)} AND ${anyOf(identities.personId, ph('ids'))}`,
        { ...scopeValues(actor), ids: personIds },
      );
      const rows = raws.map((raw) => IDENTITY.read(raw));
      return personIds.map((id) => rows.find((row) => row.personId === id) ?? null);
    }),
    rolesOfPerson: createRolesLoader(db, actor),
    /** The actor's own agency (name, address, contact): anyone signed in belongs to it; no other agency ever. */
    ownAgency: new DataLoader<string, Row<typeof agencies> | null>(async (ids) => {
      const rows = await db
        .select()
        .from(agencies)
        .where(and(OWN_AGENCY(actor), inArray(agencies.id, [...ids])));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}

type PersonLoaders = ReturnType<typeof personLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends PersonLoaders {}
}
