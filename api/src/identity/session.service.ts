import { randomBytes } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { loadPersonActor, SESSION_ABSOLUTE_HOURS, sha256, type PersonActor } from '../auth/actor';
import { assertCan } from '../auth/policy';
import type { Executor } from '../db/client';
import { isOnToday } from '../db/current';
import { identities, sessions } from '../db/schema';
import { badInput } from '../graphql/errors';
import { switchActor, type Ctx } from '../graphql/context';
import { DUMMY_HASH, verifyPassword } from './password-hash';
import { reserveAttempt, settleSuccess } from './throttle';

import { SESSION_COOKIE } from '../auth/request-actor';

/** Pre-authentication lookup, across agencies by design: the identifier is typed without one. */
async function unsafeFindIdentityByLogin(db: Executor, login: string) {
  const [row] = await db
    .select()
    .from(identities)
    .where(sql`upper(${identities.login}) = upper(${login.trim()})`);
  return row ?? null;
}

/**
 * Signs in: throttled per identifier and address, argon2id verification (also for unknown
 * identifiers, so timing reveals nothing), a fresh session id, the previous one revoked.
 */
export async function login(ctx: Ctx, identifier: string, password: string): Promise<PersonActor> {
  assertCan(ctx.actor, 'session.login');
  // Counted before the password is checked: a burst cannot verify more guesses than the rule allows.
  await reserveAttempt(ctx.db, identifier, ctx.clientAddress);
  const identity = await unsafeFindIdentityByLogin(ctx.db, identifier);
  const isValid = await verifyPassword(identity?.passwordHash ?? DUMMY_HASH, password);
  if (!identity || !isValid) {
    throw badInput('password', 'INVALID_CREDENTIALS', 'Wrong identifier or password');
  }
  await settleSuccess(ctx.db, identifier, ctx.clientAddress);
  if (!isOnToday(identity.isEnabled, identity.disabledFrom)) {
    throw badInput('identifier', 'ACCESS_DISABLED', 'Extranet access is switched off for this client');
  }
  const previousToken = ctx.req?.cookies?.[SESSION_COOKIE] as string | undefined;
  if (previousToken) await revokeSession(ctx.db, sha256(previousToken));
  const token = randomBytes(32).toString('base64url');
  await ctx.db.insert(sessions).values({ agencyId: identity.agencyId, tokenHash: sha256(token), identityId: identity.id });
  ctx.res?.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
    path: '/',
    // The browser drops it when the server would refuse it anyway (absolute timeout).
    maxAge: SESSION_ABSOLUTE_HOURS * 3_600_000,
  });
  const actor = await loadPersonActor(ctx.db, token);
  if (actor.kind !== 'person') throw new Error('session just created cannot be loaded');
  switchActor(ctx, actor);
  return actor;
}

/** Ends the current session server-side and clears the cookie. */
export async function logout(ctx: Ctx): Promise<boolean> {
  assertCan(ctx.actor, 'session.logout');
  if (ctx.actor.kind === 'person') await revokeSession(ctx.db, ctx.actor.sessionTokenHash);
  ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
  switchActor(ctx, { kind: 'anonymous' });
  return true;
}

export async function revokeSession(db: Executor, tokenHash: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)));
}

/** Revokes every session of an identity, except `keepTokenHash` (the one changing its password). */
export async function revokeSessionsOf(db: Executor, agencyId: string, identityId: string, keepTokenHash?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(eq(sessions.agencyId, agencyId), eq(sessions.identityId, identityId), isNull(sessions.revokedAt), keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined),
    );
}
