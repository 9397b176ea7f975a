import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { sha256 } from '../auth/actor';
import { assertCan } from '../auth/policy';
import { isOnToday } from '../db/current';
import { identities, passwordResets, persons } from '../db/schema';
import { badInput } from '../graphql/errors';
import type { Ctx } from '../graphql/context';
import { hashPassword, verifyPassword } from './password-hash';
import { firstBrokenRule } from './password-policy';
import { revokeSessionsOf } from './session.service';
import { clearIdentifier, reserveAttempt, settleSuccess } from './throttle';

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
  });
  ctx.actor = { ...actor, mustChangePassword: false };
}

/**
 * "Mot de passe oublié": always answers the same, whether the identifier exists or not; when it
 * does, with access on and an e-mail, a single-use link valid one hour is sent.
 */
export async function requestPasswordReset(ctx: Ctx, identifier: string): Promise<void> {
  assertCan(ctx.actor, 'password.requestReset');
  const [row] = await ctx.db
    .select({ identity: identities, emails: persons.emails })
    .from(identities)
    .innerJoin(persons, and(eq(persons.agencyId, identities.agencyId), eq(persons.id, identities.personId)))
    .where(sql`upper(${identities.login}) = upper(${identifier.trim()})`);
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
    // Whoever was guessing, the person who proved their e-mail signs in again at once.
    if (changed) await clearIdentifier(tx, changed.login);
  });
}
