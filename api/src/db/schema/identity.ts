import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agency';

/** A natural or legal person ("tiers"); roles come from relations, never from a column here. */
export const persons = pgTable(
  'persons',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: uuid('id').notNull().defaultRandom(),
    /** The back-office's own code for the person ("code tiers"): the key of upsertPersons. */
    externalId: text('external_id'),
    civility: text('civility').notNull().default(''),
    displayName: text('display_name').notNull(),
    addressLine1: text('address_line1').notNull().default(''),
    addressLine2: text('address_line2').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    emails: text('emails')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    phones: text('phones')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notifyNewDocuments: boolean('notify_new_documents').notNull().default(true),
    /**
     * The manager's search document, unaccented and lower-case: the name, e-mails, sign-in
     * identifier, account numbers and the codes of the lots held, rented or under mandate (past
     * ones too). Maintained by the database (triggers of migration 0007 on persons, identities,
     * accounts, ownerships, leases, mandates and lots), never written by the services.
     */
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('persons_external').on(t.agencyId, t.externalId),
    // people(search:) matches any part of the document: trigram index (extension in migration 0000).
    index('persons_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('persons_agency_name').on(t.agencyId, sql`lower(${t.displayName})`, t.id),
  ],
);

export const staffRole = pgEnum('staff_role', ['MANAGER']);

/** Agency staff (gestionnaires). */
export const staffMembers = pgTable(
  'staff_members',
  {
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: staffRole('role').notNull().default('MANAGER'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.personId] }), foreignKey({ columns: [t.agencyId, t.personId], foreignColumns: [persons.agencyId, persons.id] })],
);

/** Sign-in identity of a person (manual: "Identifiant"); `isEnabled` is the extranet access switch. */
export const identities = pgTable(
  'identities',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id').notNull(),
    login: text('login').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    isEnabled: boolean('is_enabled').notNull().default(true),
    /** Access goes off from this date (a sale or departure dated in the future), read at request time: no job flips `isEnabled`. */
    disabledFrom: date('disabled_from'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    // The identifier is typed without an agency, so it is unique across agencies.
    uniqueIndex('identities_login').on(sql`upper(${t.login})`),
    uniqueIndex('identities_person').on(t.agencyId, t.personId),
    foreignKey({ columns: [t.agencyId, t.personId], foreignColumns: [persons.agencyId, persons.id] }),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    agencyId: uuid('agency_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    identityId: uuid('identity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tokenHash] }),
    index('sessions_identity').on(t.agencyId, t.identityId),
    foreignKey({ columns: [t.agencyId, t.identityId], foreignColumns: [identities.agencyId, identities.id] }),
  ],
);

/**
 * Failed sign-in counters, per identifier and per client address. Keyed by a string before
 * any agency is known (the identifier may not exist), hence no agency_id: the one exception.
 */
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Single-use, expiring password reset links ("Mot de passe oublié"). */
export const passwordResets = pgTable(
  'password_resets',
  {
    agencyId: uuid('agency_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    identityId: uuid('identity_id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tokenHash] }), foreignKey({ columns: [t.agencyId, t.identityId], foreignColumns: [identities.agencyId, identities.id] })],
);

/** Outgoing e-mail; kept here when no SMTP server is configured (development, demo). */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Delivery attempts that failed so far (mail/mailer.ts retries with a growing delay, then gives up). */
    attempts: integer('attempts').notNull().default(0),
    /** When the next delivery may be tried; null once sent or given up. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** The last SMTP error, for the logs and the manager (never the body). */
    lastError: text('last_error'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('outbox_emails_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.sentAt} IS NULL`),
  ],
);

/** Integrator tokens: bearer secrets stored hashed, scoped to one agency and to areas. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdByPersonId: uuid('created_by_person_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** Optional: from then on the token is anonymous. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), uniqueIndex('api_tokens_hash').on(t.tokenHash)],
);
