import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { identities, persons, staffMembers } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { assertText, optionalText, TEXT_LIMITS } from '../graphql/batch';
import { badInput, conflict, forbidden, notFound } from '../graphql/errors';
import type { PageArgs } from '../graphql/connection';
import { createIdentity, newTemporaryPassword, switchOffAccess, type AccessGrant, type Delivery } from './access.service';
import { PersonRole } from './identity.types';
import { holdsRole, searchPeople } from './people.service';
import { revokeSessionsOf } from './session.service';

export interface NewCollaborator {
  civility?: string | null;
  displayName: string;
  email: string;
}

// Deliberately loose (one @, a dot in the domain, no spaces): the address is checked for real by
// the message reaching it; this only stops a name typed in the e-mail field.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function actorOf(ctx: Ctx): { agencyId: string; personId: string } {
  if (ctx.actor.kind !== 'person') throw new Error('unreachable: staff only');
  return { agencyId: ctx.actor.agencyId, personId: ctx.actor.personId };
}

/** The agency's managers ("collaborateurs"), by name; the same SQL as `people(role: MANAGER)`. */
export function listCollaborators(ctx: Ctx, args: PageArgs) {
  assertCan(ctx.actor, 'collaborator.list');
  return searchPeople(ctx, { ...args, role: PersonRole.MANAGER });
}

/**
 * Adds a manager to the caller's agency: a new person, their staff membership and a sign-in
 * identity with a first password valid once, exactly as a client's first access
 * (`createIdentity`). One transaction; the password is only in the returned grant (and the
 * e-mail, when asked).
 */
export async function addCollaborator(ctx: Ctx, input: NewCollaborator, delivery: Delivery): Promise<AccessGrant> {
  assertCan(ctx.actor, 'collaborator.add');
  const { agencyId } = actorOf(ctx);
  const displayName = assertText('input.displayName', input.displayName, TEXT_LIMITS.name);
  const civility = optionalText('input.civility', input.civility, TEXT_LIMITS.code) ?? '';
  const email = assertText('input.email', input.email, TEXT_LIMITS.name);
  if (!EMAIL.test(email)) throw badInput('input.email', 'INVALID_VALUE', 'Not an e-mail address');
  const password = await newTemporaryPassword();
  return ctx.db.transaction(async (tx) => {
    const [person] = await tx
      .insert(persons)
      .values({ agencyId, civility, displayName, emails: [email] })
      .returning();
    await tx.insert(staffMembers).values({ agencyId, personId: person.id });
    return createIdentity(ctx, tx, person, password, delivery, 'staff');
  });
}

/** The client roles that keep a removed manager's sign-in open (their own client space). */
const CLIENT_ROLES = [PersonRole.COOWNER, PersonRole.COUNCIL_MEMBER, PersonRole.OWNER, PersonRole.TENANT];

/**
 * Ends a collaborator's staff membership: their console rights end at once (sessions revoked),
 * the API tokens they created are revoked (trigger of migration 0009), and their sign-in is
 * switched off unless they are also a client of the agency. A manager cannot remove themself, so
 * the agency always keeps one manager; the staff rows are locked so that two managers removing
 * each other at once cannot both succeed.
 */
export async function removeCollaborator(ctx: Ctx, personId: string) {
  assertCan(ctx.actor, 'collaborator.remove');
  const actor = actorOf(ctx);
  if (personId === actor.personId) throw conflict('CANNOT_REMOVE_SELF', 'A manager cannot remove themself');
  await ctx.db.transaction(async (tx) => {
    const staff = await tx.select({ personId: staffMembers.personId }).from(staffMembers).where(eq(staffMembers.agencyId, actor.agencyId)).for('update');
    // Removed by another manager meanwhile: the caller is no longer staff.
    if (!staff.some((row) => row.personId === actor.personId)) throw forbidden('collaborator.remove');
    if (!staff.some((row) => row.personId === personId)) throw notFound('Collaborator');
    await tx.delete(staffMembers).where(and(eq(staffMembers.agencyId, actor.agencyId), eq(staffMembers.personId, personId)));
    const isClient = sql`(${sql.join(
      CLIENT_ROLES.map((role) => holdsRole(role, sql`${personId}::uuid`, sql`${actor.agencyId}::uuid`)),
      sql` OR `,
    )})`;
    const [client] = await tx.select({ isClient: sql<boolean>`${isClient}` }).from(sql`(SELECT 1) AS one`);
    if (client?.isClient) {
      const [identity] = await tx
        .select({ id: identities.id })
        .from(identities)
        .where(and(eq(identities.agencyId, actor.agencyId), eq(identities.personId, personId)));
      if (identity) await revokeSessionsOf(tx, actor.agencyId, identity.id);
    } else {
      await switchOffAccess(tx, actor.agencyId, personId);
    }
  });
  ctx.loaders.personById.clear(personId);
  return ctx.loaders.personById.load(personId);
}
