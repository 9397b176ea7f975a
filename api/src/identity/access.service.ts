import { and, eq, inArray, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { Executor } from '../db/client';
import { identities, persons } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { notFound } from '../graphql/errors';
import { accessLetterPdf } from './access-letter';
import { hashPassword } from './password-hash';
import { generateTemporaryPassword } from './password-policy';
import { revokeSessionsOf } from './session.service';
import { legalLinesOf } from './agency-profile';

/** What a manager hands to the client once: the identifier and a password valid for one sign-in. */
export interface AccessGrant {
  personId: string;
  identifier: string;
  temporaryPassword: string;
  /** Where the password was e-mailed, when asked and the person has an address. */
  emailedTo: string | null;
}

/** Besides being shown once: e-mailed too (the outbox rules of every e-mail apply). */
export interface Delivery {
  sendByEmail: boolean;
}

const NO_DELIVERY: Delivery = { sendByEmail: false };

type PersonRow = typeof persons.$inferSelect;

/**
 * E-mails the identifier and temporary password to the person's first address, in the caller's
 * transaction (the password changes only if the message is queued). Returns the address, or null
 * when the person has none. The body holds the password: mail is never logged in production.
 */
async function mailTemporaryPassword(ctx: Ctx, tx: Executor, person: PersonRow, identifier: string, temporaryPassword: string): Promise<string | null> {
  const to = person.emails[0];
  if (!to) return null;
  await ctx.mailer.send(tx, {
    agencyId: person.agencyId,
    to,
    subject: 'Palier : vos identifiants de connexion',
    text: [
      'Bonjour,',
      '',
      'Votre agence vous a attribué un mot de passe temporaire pour votre espace client.',
      '',
      `Adresse : ${ctx.config.publicUrl}/connexion`,
      `Identifiant : ${identifier}`,
      `Mot de passe temporaire : ${temporaryPassword}`,
      '',
      'Il ne sert qu’une fois : à votre première connexion, vous choisirez votre propre mot de passe.',
      "Si vous n'attendiez pas ce message, contactez votre gestionnaire.",
    ].join('\n'),
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
          .set({ isEnabled: true, passwordHash, mustChangePassword: true })
          .where(and(eq(identities.agencyId, person.agencyId), eq(identities.id, identity.id)));
        const emailedTo = delivery.sendByEmail ? await mailTemporaryPassword(ctx, tx, person, identity.login, temporaryPassword) : null;
        grants.push({ personId: person.id, identifier: identity.login, temporaryPassword, emailedTo });
      } else {
        const login = await freeIdentifier(tx, identifierFromName(person.displayName));
        await tx.insert(identities).values({ agencyId: person.agencyId, personId: person.id, login, passwordHash, mustChangePassword: true });
        const emailedTo = delivery.sendByEmail ? await mailTemporaryPassword(ctx, tx, person, login, temporaryPassword) : null;
        grants.push({ personId: person.id, identifier: login, temporaryPassword, emailedTo });
      }
    }
    return grants;
  });
}

/** Switches access off for one client or a selection; their sessions end at once. */
export async function disableAccess(ctx: Ctx, personIds: string[]): Promise<string[]> {
  assertCan(ctx.actor, 'access.disable');
  const people = await loadPersons(ctx, personIds);
  await ctx.db.transaction(async (tx) => {
    for (const person of people) await switchOffAccess(tx, person.agencyId, person.id);
  });
  return people.map((person) => person.id);
}

/** Access off and sessions revoked; used by managers and by the notice/departure/sale automations. */
export async function switchOffAccess(tx: Executor, agencyId: string, personId: string): Promise<void> {
  const rows = await tx
    .update(identities)
    .set({ isEnabled: false })
    .where(and(eq(identities.agencyId, agencyId), eq(identities.personId, personId)))
    .returning({ id: identities.id });
  for (const row of rows) await revokeSessionsOf(tx, agencyId, row.id);
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
    return delivery.sendByEmail ? mailTemporaryPassword(ctx, tx, person, identity.login, temporaryPassword) : null;
  });
  return { personId: person.id, identifier: identity.login, temporaryPassword, emailedTo };
}

/**
 * The letter (PDF) for a grant, built from the grant in memory: only the mutation that issued the
 * password can ask for it, and nothing is kept that a later download could reveal.
 */
export async function accessLetterOf(ctx: Ctx, grant: AccessGrant): Promise<Buffer> {
  assertCan(ctx.actor, 'password.issueTemporary');
  const [person] = await loadPersons(ctx, [grant.personId]);
  const agency = await ctx.loaders.ownAgency.load(person.agencyId);
  return accessLetterPdf({
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
    issuedOn: new Date().toISOString().slice(0, 10),
  });
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
