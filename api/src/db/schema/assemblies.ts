import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, jsonb, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { persons } from './identity';
import { allocationKeys, buildings } from './portfolio';

/** Assemblée générale ordinaire or extraordinaire. */
export const assemblyKind = pgEnum('assembly_kind', ['ORDINARY', 'EXTRAORDINARY']);
/** The manual's attendance codes N, O, R, D, C ("Saisie des présences"). */
export const attendanceStatus = pgEnum('attendance_status', ['ABSENT', 'PRESENT', 'REPRESENTED', 'REMOTE', 'POSTAL']);
/** The majority a resolution is put to (law of 10 July 1965); the passerelles follow from it. */
export const resolutionMajority = pgEnum('resolution_majority', ['ARTICLE_24', 'ARTICLE_25', 'ARTICLE_26', 'UNANIMITY']);
export const voteChoice = pgEnum('vote_choice', ['YES', 'NO', 'ABSTAIN', 'NOT_VOTING']);
export const postalChoice = pgEnum('postal_choice', ['YES', 'NO', 'ABSTAIN']);
/** The first vote, and the immediate second vote of a passerelle (art. 25-1, 26-1). */
export const ballotKind = pgEnum('ballot_kind', ['FIRST', 'SECOND']);

/** An assemblée générale of a building's syndicate. */
export const generalAssemblies = pgTable(
  'general_assemblies',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    buildingId: uuid('building_id').notNull(),
    title: text('title').notNull(),
    kind: assemblyKind('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    place: text('place'),
    reference: text('reference'),
    /** The key of the attendance sheet and its totals (the building's general key by default). */
    attendanceKeyId: uuid('attendance_key_id').notNull(),
    chairName: text('chair_name'),
    secretaryName: text('secretary_name'),
    scrutineerNames: text('scrutineer_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Set when the minutes are published: from then on co-owners read every result. */
    reportPublishedAt: timestamp('report_published_at', { withTimezone: true }),
    /** The published procès-verbal and feuille de présence (publishAssemblyReport); no foreign key: a deleted document leaves the AG published. */
    minutesDocumentId: uuid('minutes_document_id'),
    attendanceSheetDocumentId: uuid('attendance_sheet_document_id'),
    /** When the convocations with their postal forms were published (publishConvocations). */
    convocationsPublishedAt: timestamp('convocations_published_at', { withTimezone: true }),
    /** The remote-voting provider (an integrator token, AG Connect) the AG was handed to, and when. */
    providerTokenId: uuid('provider_token_id'),
    handedToProviderAt: timestamp('handed_to_provider_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('general_assemblies_building').on(t.agencyId, t.buildingId, t.startsAt),
    foreignKey({ columns: [t.agencyId, t.buildingId], foreignColumns: [buildings.agencyId, buildings.id] }),
    foreignKey({ columns: [t.agencyId, t.attendanceKeyId], foreignColumns: [allocationKeys.agencyId, allocationKeys.id] }),
  ],
);

/**
 * A co-owner of the building on the AG's date (a person, a couple or an indivision), with what
 * the attendance screen records. Arrivals and departures name the resolution from which they
 * count ("à 11:51, résolution 6").
 */
export const assemblyParticipants = pgTable(
  'assembly_participants',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    assemblyId: uuid('assembly_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** The co-owner's name and account (450TRILLON) on the AG's date, as the minutes print them. */
    displayName: text('display_name').notNull(),
    accountNumber: text('account_number'),
    status: attendanceStatus('status').notNull().default('ABSENT'),
    proxyHolderParticipantId: uuid('proxy_holder_participant_id'),
    proxyHolderName: text('proxy_holder_name'),
    postalFormReceivedOn: date('postal_form_received_on'),
    /** When the co-owner cast the postal vote online (castPostalVote); null for a paper form. */
    postalCastAt: timestamp('postal_cast_at', { withTimezone: true }),
    arrivalResolutionNumber: text('arrival_resolution_number'),
    arrivalTime: text('arrival_time'),
    arrivalStatus: attendanceStatus('arrival_status'),
    departureResolutionNumber: text('departure_resolution_number'),
    departureTime: text('departure_time'),
    /** The personal access code of a remote AG (AG Connect), read by the provider it was handed to only. */
    remoteAccessCode: text('remote_access_code'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('assembly_participants_person').on(t.agencyId, t.assemblyId, t.personId),
    index('assembly_participants_person_lookup').on(t.agencyId, t.personId),
    index('assembly_participants_order').on(t.agencyId, t.assemblyId, t.displayName, t.id),
    foreignKey({ columns: [t.agencyId, t.assemblyId], foreignColumns: [generalAssemblies.agencyId, generalAssemblies.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.personId], foreignColumns: [persons.agencyId, persons.id] }),
    foreignKey({ columns: [t.agencyId, t.proxyHolderParticipantId], foreignColumns: [t.agencyId, t.id] }),
    check('assembly_participants_arrival_status', sql`${t.arrivalStatus} IS NULL OR ${t.arrivalStatus} IN ('PRESENT', 'REMOTE')`),
  ],
);

/** Each participant's shares under each key of the building on the AG's date, frozen at creation. */
export const assemblyParticipantShares = pgTable(
  'assembly_participant_shares',
  {
    agencyId: uuid('agency_id').notNull(),
    assemblyId: uuid('assembly_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    allocationKeyId: uuid('allocation_key_id').notNull(),
    shares: numeric('shares', { precision: 14, scale: 5 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.participantId, t.allocationKeyId] }),
    index('assembly_participant_shares_assembly').on(t.agencyId, t.assemblyId),
    foreignKey({ columns: [t.agencyId, t.participantId], foreignColumns: [assemblyParticipants.agencyId, assemblyParticipants.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.allocationKeyId], foreignColumns: [allocationKeys.agencyId, allocationKeys.id] }),
  ],
);

/** A resolution of the agenda ("5", "5.1" for a sub-resolution) with its key and majority. */
export const resolutions = pgTable(
  'resolutions',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    assemblyId: uuid('assembly_id').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    text: text('text'),
    majority: resolutionMajority('majority').notNull(),
    allocationKeyId: uuid('allocation_key_id').notNull(),
    /** Amended during the AG: favourable postal votes become défaillants. */
    amended: boolean('amended').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('resolutions_number').on(t.agencyId, t.assemblyId, t.number),
    foreignKey({ columns: [t.agencyId, t.assemblyId], foreignColumns: [generalAssemblies.agencyId, generalAssemblies.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.allocationKeyId], foreignColumns: [allocationKeys.agencyId, allocationKeys.id] }),
  ],
);

/** A postal form's choice on one resolution; a resolution without a row is "not voting". */
export const postalVotes = pgTable(
  'postal_votes',
  {
    agencyId: uuid('agency_id').notNull(),
    assemblyId: uuid('assembly_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    resolutionId: uuid('resolution_id').notNull(),
    choice: postalChoice('choice').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.participantId, t.resolutionId] }),
    index('postal_votes_assembly').on(t.agencyId, t.assemblyId),
    foreignKey({ columns: [t.agencyId, t.participantId], foreignColumns: [assemblyParticipants.agencyId, assemblyParticipants.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.resolutionId], foreignColumns: [resolutions.agencyId, resolutions.id] }).onDelete('cascade'),
  ],
);

/** A vote recorded in the room (or imported from a remote-voting provider) on one ballot. */
export const assemblyVotes = pgTable(
  'assembly_votes',
  {
    agencyId: uuid('agency_id').notNull(),
    assemblyId: uuid('assembly_id').notNull(),
    resolutionId: uuid('resolution_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    ballot: ballotKind('ballot').notNull(),
    choice: voteChoice('choice').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.resolutionId, t.participantId, t.ballot] }),
    index('assembly_votes_assembly').on(t.agencyId, t.assemblyId),
    foreignKey({ columns: [t.agencyId, t.resolutionId], foreignColumns: [resolutions.agencyId, resolutions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.participantId], foreignColumns: [assemblyParticipants.agencyId, assemblyParticipants.id] }).onDelete('cascade'),
  ],
);

/**
 * Every write to a vote (room or postal), kept by triggers (migration's hand-written part): who
 * (`palier.actor` set by the service in the transaction), when, the row before and after. No
 * foreign key to the votes: the trail outlives a deleted vote.
 */
export const assemblyVoteAudit = pgTable(
  'assembly_vote_audit',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    assemblyId: uuid('assembly_id').notNull(),
    tableName: text('table_name').notNull(),
    operation: text('operation').notNull(),
    actor: text('actor'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('assembly_vote_audit_assembly').on(t.agencyId, t.assemblyId, t.at)],
);
