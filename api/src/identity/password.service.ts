import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { sha256 } from '../auth/actor';
import { assertCan } from '../auth/policy';
import { isOnToday } from '../db/current';
import { identities, passwordResets, persons } from '../db/schema';
import type { Executor } from '../db/client';
import { TEXT_LIMITS } from '../graphql/batch';
import { badInput } from '../graphql/errors';
import { log } from '../observability/log';
import type { Ctx } from '../graphql/context';
import { hashPassword, verifyPassword } from './password-hash';
import { firstBrokenRule } from './password-policy';
import { revokeSessionsOf } from './session.service';
import { clearIdentifier, countResetRequest, normaliseIdentifier, reserveAttempt, settleSuccess } from './throttle';

export const RESET_LINK_MINUTES = 60;

function assertPolicy(field: string, password: string): void {
  const broken = firstBrokenRule(password);
  if (broken) throw badInput(field, broken, `The password breaks the rule ${broken}`);
}

/** Changes the signed-in person's password; other sessions of the identity end. */
export async function changePassword(ctx: Ctx, currentPassword: string, newPassword: string): Promise<void> {
  assertCan(ctx.actor, 'password.change');
  const actor = ctx.actor;
  if (actor.kind !== 'person') throw new Error('unreachable: rule grants persons only');
  const [identity] = await ctx.db
    .select()
    .from(identities)
    .where(and(eq(identities.agencyId, actor.agencyId), eq(identities.id, actor.identityId)));
  // A stolen session guessing the password is throttled like a sign-in, on the same counters.
  await reserveAttempt(ctx.db, actor.login, ctx.clientAddress);
  if (!(await verifyPassword(identity.passwordHash, currentPassword))) {
    throw badInput('currentPassword', 'WRONG_CURRENT_PASSWORD', 'The current password is wrong');
  }
  await settleSuccess(ctx.db, actor.login, ctx.clientAddress);
  assertPolicy('newPassword', newPassword);
  if (newPassword === currentPassword) throw badInput('newPassword', 'PASSWORD_UNCHANGED', 'Choose a password different from the current one');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(identities)
      .set({ passwordHash, mustChangePassword: false })
      .where(and(eq(identities.agencyId, actor.agencyId), eq(identities.id, actor.identityId)));
    await revokeSessionsOf(tx, actor.agencyId, actor.identityId, actor.sessionTokenHash);
    await revokeResetLinks(tx, actor.agencyId, actor.identityId);
  });
  ctx.actor = { ...actor, mustChangePassword: false };
}

/**
 * Every outstanding link of an identity is spent at once: after a reset, a password change or
 * access switched off, no older e-mail can set the password again (issue 13: 36 live links).
 */
export async function revokeResetLinks(db: Executor, agencyId: string, identityId: string): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResets.agencyId, agencyId), eq(passwordResets.identityId, identityId), isNull(passwordResets.usedAt)));
}

/** Reset e-mails being prepared after their request answered (see requestPasswordReset). */
const pendingResetMails = new Set<Promise<void>>();

/** Resolves once every reset e-mail already requested is written (tests, shutdown). */
export async function settleResetMails(): Promise<void> {
  while (pendingResetMails.size > 0) await Promise.all([...pendingResetMails]);
}

/**
 * "Mot de passe oublié": answers the same, in body, headers and time, whether the identifier
 * exists or not. The request itself only counts the attempt (RESET_THROTTLE, for any identifier)
 * and answers; looking the identifier up and, when it has access and an e-mail, writing a
 * single-use link valid one hour happen after the answer, so no timing tells them apart.
 */
export async function requestPasswordReset(ctx: Ctx, identifier: string): Promise<void> {
  assertCan(ctx.actor, 'password.requestReset');
  const normalised = normaliseIdentifier(identifier);
  if (normalised.length > TEXT_LIMITS.name) throw badInput('identifier', 'TEXT_TOO_LONG', `At most ${TEXT_LIMITS.name} characters`);
  if (!normalised || !(await countResetRequest(ctx.db, normalised, ctx.clientAddress))) return;
  const task = sendResetLink(ctx, normalised)
    .catch((error: unknown) => log({ level: 'error', msg: 'password reset e-mail failed', error: String((error as Error)?.message ?? error) }))
    .finally(() => pendingResetMails.delete(task));
  pendingResetMails.add(task);
}

async function sendResetLink(ctx: Ctx, normalisedIdentifier: string): Promise<void> {
  const [row] = await ctx.db
    .select({ identity: identities, emails: persons.emails })
    .from(identities)
    .innerJoin(persons, and(eq(persons.agencyId, identities.agencyId), eq(persons.id, identities.personId)))
    .where(sql`upper(${identities.login}) = ${normalisedIdentifier}`);
  if (!row || !isOnToday(row.identity.isEnabled, row.identity.disabledFrom) || row.emails.length === 0) return;
  const token = randomBytes(32).toString('base64url');
  const link = `${ctx.config.publicUrl}/reinitialiser-mot-de-passe?token=${token}`;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(passwordResets).values({
      agencyId: row.identity.agencyId,
      tokenHash: sha256(token),
      identityId: row.identity.id,
      expiresAt: sql`now() + make_interval(mins => ${RESET_LINK_MINUTES})`,
    });
    await ctx.mailer.send(tx, {
      agencyId: row.identity.agencyId,
      to: row.emails[0],
      subject: 'Palier : réinitialisation de votre mot de passe',
      text: [
        'Bonjour,',
        '',
        `Pour choisir un nouveau mot de passe pour l'identifiant ${row.identity.login}, ouvrez ce lien (valable ${RESET_LINK_MINUTES} minutes, une seule fois) :`,
        link,
        '',
        "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
      ].join('\n'),
      secrets: [token],
    });
  });
}

/**
 * Whether a reset link is still usable, when its page opens: read only (the link is not spent)
 * and nothing about whose it is. The token is 256 random bits, so probing it teaches nothing.
 */
export async function resetLinkStatus(ctx: Ctx, token: string): Promise<'VALID' | 'USED' | 'EXPIRED' | 'UNKNOWN'> {
  assertCan(ctx.actor, 'password.checkResetLink');
  if (!token) return 'UNKNOWN';
  const [reset] = await ctx.db
    .select({ usedAt: passwordResets.usedAt, isExpired: sql<boolean>`${passwordResets.expiresAt} <= now()` })
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, sha256(token)));
  if (!reset) return 'UNKNOWN';
  if (reset.usedAt) return 'USED';
  return reset.isExpired ? 'EXPIRED' : 'VALID';
}

/** Sets a new password from a reset link; the link is spent and every session of the identity ends. */
export async function resetPassword(ctx: Ctx, token: string, newPassword: string): Promise<void> {
  assertCan(ctx.actor, 'password.reset');
  const [reset] = await ctx.db
    .select()
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, sql`now()`)));
  if (!reset) throw badInput('token', 'INVALID_RESET_TOKEN', 'This link is unknown, already used or expired');
  assertPolicy('newPassword', newPassword);
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    // Spend the link first and check we did: two concurrent uses cannot both succeed.
    const spent = await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResets.tokenHash, reset.tokenHash), isNull(passwordResets.usedAt)))
      .returning({ tokenHash: passwordResets.tokenHash });
    if (spent.length === 0) throw badInput('token', 'INVALID_RESET_TOKEN', 'This link is unknown, already used or expired');
    const [changed] = await tx
      .update(identities)
      .set({ passwordHash, mustChangePassword: false })
      .where(and(eq(identities.agencyId, reset.agencyId), eq(identities.id, reset.identityId)))
      .returning({ login: identities.login });
    await revokeSessionsOf(tx, reset.agencyId, reset.identityId);
    await revokeResetLinks(tx, reset.agencyId, reset.identityId);
    // Whoever was guessing, the person who proved their e-mail signs in again at once.
    if (changed) await clearIdentifier(tx, changed.login);
  });
}
