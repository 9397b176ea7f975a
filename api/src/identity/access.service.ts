import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { Executor } from '../db/client';
import { identities, passwordResets, persons, sessions } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { notFound } from '../graphql/errors';
import { renderPdf } from '../files/document-renderer';
import type { AccessAudience, AccessLetter } from './access-letter';
import { hashPassword } from './password-hash';
import { generateTemporaryPassword } from './password-policy';
import { revokeResetLinks } from './password.service';
import { revokeSessionsOf } from './session.service';
import { legalLinesOf } from './agency-profile';
import { agencyToday } from '../db/calendar';

/** What a manager hands to the client once: the identifier and a password valid for one sign-in. */
export interface AccessGrant {
  personId: string;
  identifier: string;
  temporaryPassword: string;
  /** Where the password was e-mailed, when asked and the person has an address. */
  emailedTo: string | null;
  /** Whom the e-mail and the letter speak to: a client (their space) or a new manager (the console). Client when omitted. */
  audience?: AccessAudience;
}

/** What the first-password e-mail says the account opens, per audience. */
const MAIL_INTRO: Record<AccessAudience, string> = {
  client: 'Votre agence vous a attribué un mot de passe temporaire pour votre espace client.',
  staff:
    'Vous êtes désormais gestionnaire de votre agence sur Palier : un mot de passe temporaire vous a été attribué pour la console de gestion (portefeuille, immeubles, accès des clients).',
};

/** Besides being shown once: e-mailed too (the outbox rules of every e-mail apply). */
export interface Delivery {
  sendByEmail: boolean;
}

const NO_DELIVERY: Delivery = { sendByEmail: false };

export type PersonRow = typeof persons.$inferSelect;

/**
 * E-mails the identifier and temporary password to the person's first address, in the caller's
 * transaction (the password changes only if the message is queued). Returns the address, or null
 * when the person has none. The body holds the password: mail is never logged in production.
 */
async function mailTemporaryPassword(
  ctx: Ctx,
  tx: Executor,
  person: PersonRow,
  identifier: string,
  temporaryPassword: string,
  audience: AccessAudience = 'client',
): Promise<string | null> {
  const to = person.emails[0];
  if (!to) return null;
  await ctx.mailer.send(tx, {
    agencyId: person.agencyId,
    to,
    subject: 'Palier : vos identifiants de connexion',
    text: [
      'Bonjour,',
      '',
      MAIL_INTRO[audience],
      '',
      `Adresse : ${ctx.config.publicUrl}/connexion`,
      `Identifiant : ${identifier}`,
      `Mot de passe temporaire : ${temporaryPassword}`,
      '',
      'Il ne sert qu’une fois : à votre première connexion, vous choisirez votre propre mot de passe.',
      audience === 'staff' ? "Si vous n'attendiez pas ce message, prévenez la direction de l'agence." : "Si vous n'attendiez pas ce message, contactez votre gestionnaire.",
    ].join('\n'),
    secrets: [temporaryPassword],
  });
  return to;
}

/** "BROUILLY Alfred" → "BROUILLYALFRED", the manual's identifier style. */
export function identifierFromName(displayName: string): string {
  const letters = displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return letters.slice(0, 40) || 'CLIENT';
}

async function freeIdentifier(db: Executor, base: string): Promise<string> {
  // Identifiers are unique across agencies (typed without one): check them all.
  const taken = await db
    .select({ login: identities.login })
    .from(identities)
    .where(sql`upper(${identities.login}) LIKE ${`${base}%`}`);
  const used = new Set(taken.map((row) => row.login.toUpperCase()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** Loads persons the manager may see, all or NOT_FOUND (a forged or other-agency id). */
async function loadPersons(ctx: Ctx, personIds: string[]) {
  const rows = await ctx.loaders.personById.loadMany(personIds);
  return rows.map((row, index) => {
    if (!row || row instanceof Error) throw notFound(`Person ${index}`);
    return row;
  });
}

/**
 * Switches extranet access on for one client or a selection ("activation par salve"): creates
 * the identifier when missing and a first password valid once. One transaction for the batch.
 */
export async function enableAccess(ctx: Ctx, personIds: string[], delivery: Delivery = NO_DELIVERY): Promise<AccessGrant[]> {
  assertCan(ctx.actor, 'access.enable');
  const people = await loadPersons(ctx, personIds);
  const prepared = await Promise.all(
    people.map(async (person) => {
      const temporaryPassword = generateTemporaryPassword();
      return { person, temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
    }),
  );
  return ctx.db.transaction(async (tx) => {
    const grants: AccessGrant[] = [];
    const existing = await tx
      .select()
      .from(identities)
      .where(and(eq(identities.agencyId, people[0]?.agencyId ?? ''), inArray(identities.personId, personIds)));
    for (const { person, temporaryPassword, passwordHash } of prepared) {
      const identity = existing.find((row) => row.personId === person.id);
      if (identity) {
        await tx
          .update(identities)
          .set({ isEnabled: true, disabledFrom: null, passwordHash, mustChangePassword: true })
          .where(and(eq(identities.agencyId, person.agencyId), eq(identities.id, identity.id)));
        const emailedTo = delivery.sendByEmail ? await mailTemporaryPassword(ctx, tx, person, identity.login, temporaryPassword) : null;
        grants.push({ personId: person.id, identifier: identity.login, temporaryPassword, emailedTo });
      } else {
        grants.push(await createIdentity(ctx, tx, person, { temporaryPassword, passwordHash }, delivery));
      }
    }
    return grants;
  });
}

/**
 * A new sign-in identity for a person without one: the manual's identifier (made free across
 * agencies) and a first password valid once, e-mailed when asked, in the caller's transaction.
 * Shared by client access and by a new collaborator (same identifier and first password; the
 * e-mail and the letter then speak of the console, `audience: 'staff'`).
 */
export async function createIdentity(
  ctx: Ctx,
  tx: Executor,
  person: PersonRow,
  password: { temporaryPassword: string; passwordHash: string },
  delivery: Delivery = NO_DELIVERY,
  audience: AccessAudience = 'client',
): Promise<AccessGrant> {
  const login = await freeIdentifier(tx, identifierFromName(person.displayName));
  await tx.insert(identities).values({ agencyId: person.agencyId, personId: person.id, login, passwordHash: password.passwordHash, mustChangePassword: true });
  const emailedTo = delivery.sendByEmail ? await mailTemporaryPassword(ctx, tx, person, login, password.temporaryPassword, audience) : null;
  return { personId: person.id, identifier: login, temporaryPassword: password.temporaryPassword, emailedTo, audience };
}

/** A first password and its hash, made before any transaction (hashing is slow; the lock is not held meanwhile). */
export async function newTemporaryPassword(): Promise<{ temporaryPassword: string; passwordHash: string }> {
  const temporaryPassword = generateTemporaryPassword();
  return { temporaryPassword, passwordHash: await hashPassword(temporaryPassword) };
}

/** Switches access off for one client or a selection; their sessions end at once. */
export async function disableAccess(ctx: Ctx, personIds: string[]): Promise<string[]> {
  assertCan(ctx.actor, 'access.disable');
  const people = await loadPersons(ctx, personIds);
  if (people.length === 0) return [];
  // Set-based (two statements whatever the selection's size): a bulk switch-off of 200 clients.
  await ctx.db.transaction(async (tx) => {
    const agencyId = people[0].agencyId;
    const switched = await tx
      .update(identities)
      .set({ isEnabled: false })
      .where(
        and(
          eq(identities.agencyId, agencyId),
          inArray(
            identities.personId,
            people.map((person) => person.id),
          ),
        ),
      )
      .returning({ id: identities.id });
    if (switched.length) {
      const identityIds = switched.map((row) => row.id);
      await revokeSessionsOfMany(tx, agencyId, identityIds);
      // Switched off: every outstanding reset link is spent too (issue 13), one statement for the selection.
      await tx
        .update(passwordResets)
        .set({ usedAt: sql`now()` })
        .where(and(eq(passwordResets.agencyId, agencyId), inArray(passwordResets.identityId, identityIds), isNull(passwordResets.usedAt)));
    }
  });
  return people.map((person) => person.id);
}

async function revokeSessionsOfMany(tx: Executor, agencyId: string, identityIds: string[]): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.agencyId, agencyId), inArray(sessions.identityId, identityIds), isNull(sessions.revokedAt)));
}

/** Access off and sessions revoked; used by managers and by the notice/departure/sale automations. */
export async function switchOffAccess(tx: Executor, agencyId: string, personId: string): Promise<void> {
  const rows = await tx
    .update(identities)
    .set({ isEnabled: false })
    .where(and(eq(identities.agencyId, agencyId), eq(identities.personId, personId)))
    .returning({ id: identities.id });
  for (const row of rows) {
    await revokeSessionsOf(tx, agencyId, row.id);
    await revokeResetLinks(tx, agencyId, row.id);
  }
}

/** A client whose access goes off on `date` (YYYY-MM-DD). */
export interface DueSwitchOff {
  personId: string;
  date: string;
}

/**
 * The automations' switch-off, set-based (one statement for any number of clients): access dated
 * today or earlier goes off now and the sessions end; a later date is kept as `disabled_from`,
 * which the actor and sign-in compare with the day (db/current.ts `isAccessOn`).
 */
export async function switchOffAccessFrom(tx: Executor, agencyId: string, due: readonly DueSwitchOff[]): Promise<void> {
  if (due.length === 0) return;
  await tx.execute(sql`
    WITH due AS (SELECT * FROM json_to_recordset(${JSON.stringify(due)}::json) AS d("personId" uuid, date date)),
    off AS (
      UPDATE ${identities} SET
        is_enabled = CASE WHEN due.date <= current_date THEN false ELSE ${identities.isEnabled} END,
        disabled_from = CASE WHEN due.date <= current_date THEN NULL ELSE due.date END
      FROM due WHERE ${identities.agencyId} = ${agencyId} AND ${identities.personId} = due."personId"
      RETURNING ${identities.id} AS id, due.date <= current_date AS is_now
    ),
    -- Access switched off spends every outstanding reset link too (issue 13), as switchOffAccess does.
    spent AS (
      UPDATE ${passwordResets} SET used_at = now()
      FROM off WHERE ${passwordResets.agencyId} = ${agencyId} AND ${passwordResets.identityId} = off.id AND off.is_now AND ${passwordResets.usedAt} IS NULL
    )
    UPDATE ${sessions} SET revoked_at = now()
    FROM off WHERE ${sessions.agencyId} = ${agencyId} AND ${sessions.identityId} = off.id AND off.is_now AND ${sessions.revokedAt} IS NULL`);
}

/** "Re-générer le mot de passe": a temporary password shown once (and e-mailed if asked); the client must change it. */
export async function issueTemporaryPassword(ctx: Ctx, personId: string, delivery: Delivery = NO_DELIVERY): Promise<AccessGrant> {
  assertCan(ctx.actor, 'password.issueTemporary');
  const [person] = await loadPersons(ctx, [personId]);
  const [identity] = await ctx.db
    .select()
    .from(identities)
    .where(and(eq(identities.agencyId, person.agencyId), eq(identities.personId, person.id)));
  if (!identity) throw notFound('ExtranetAccess');
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const emailedTo = await ctx.db.transaction(async (tx) => {
    await tx
      .update(identities)
      .set({ passwordHash, mustChangePassword: true })
      .where(and(eq(identities.agencyId, person.agencyId), eq(identities.id, identity.id)));
    await revokeSessionsOf(tx, person.agencyId, identity.id);
    await revokeResetLinks(tx, person.agencyId, identity.id);
    return delivery.sendByEmail ? mailTemporaryPassword(ctx, tx, person, identity.login, temporaryPassword) : null;
  });
  return { personId: person.id, identifier: identity.login, temporaryPassword, emailedTo };
}

/**
 * The letter (PDF) for a grant, built from the grant in memory: only the mutation that issued the
 * password can ask for it, and nothing is kept that a later download could reveal.
 */
export async function accessLetterOf(ctx: Ctx, grant: AccessGrant): Promise<Buffer> {
  return accessLettersOf(ctx, [grant]);
}

/** The letters of many grants in one PDF, one page per client, in the grants' order ("activation par salve"). */
export async function accessLettersOf(ctx: Ctx, grants: readonly AccessGrant[]): Promise<Buffer> {
  assertCan(ctx.actor, 'password.issueTemporary');
  const people = await loadPersons(
    ctx,
    grants.map((grant) => grant.personId),
  );
  const agency = await ctx.loaders.ownAgency.load(people[0].agencyId);
  const issuedOn = agencyToday();
  return renderPdf<AccessLetter[]>(
    new URL('./access-letter.ts', import.meta.url),
    'accessLettersPdf',
    grants.map((grant, index) => {
      const person = people[index];
      return {
        agencyName: agency?.name ?? '',
        agencyAddress: agency?.address ?? '',
        agencyPhone: agency?.phone ?? null,
        agencyEmail: agency?.email ?? null,
        agencyLegalLines: agency ? legalLinesOf(agency) : [],
        recipientName: [person.civility, person.displayName].filter(Boolean).join(' '),
        recipientAddress: [person.addressLine1, person.addressLine2, `${person.postalCode} ${person.city}`.trim()],
        identifier: grant.identifier,
        temporaryPassword: grant.temporaryPassword,
        signInUrl: `${ctx.config.publicUrl}/connexion`,
        issuedOn,
        audience: grant.audience ?? 'client',
      };
    }),
  );
}

/** Updates the signed-in person's own preferences ("Activer les notifications de nouveaux documents"). */
export async function updateOwnPreferences(ctx: Ctx, notifyNewDocuments: boolean) {
  assertCan(ctx.actor, 'person.updateOwnPreferences');
  if (ctx.actor.kind !== 'person') throw new Error('unreachable: persons only');
  const [row] = await ctx.db
    .update(persons)
    .set({ notifyNewDocuments })
    .where(and(eq(persons.agencyId, ctx.actor.agencyId), eq(persons.id, ctx.actor.personId)))
    .returning();
  ctx.loaders.personById.clear(row.id).prime(row.id, row);
  return row;
}
