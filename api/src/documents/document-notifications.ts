import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../auth/scope-helpers';
import { documentShownToPerson } from '../auth/rules/documents';
import type { ScopeParams } from '../auth/scope-helpers';
import type { Config } from '../config';
import { runCompiled } from '../db/compiled';
import type { Executor } from '../db/client';
import { isAccessOn, isCurrentCouncilSeat, isCurrentLease, isCurrentMandate, isCurrentOwnership, isDocumentShownToday } from '../db/current';
import * as t from '../db/schema';
import type { Mailer } from '../mail/mailer';
import type { AgencySettings } from '../settings/registry';

/** Where a client finds their documents in the SPA, per binder module (web/src/app/spaces.ts + the documents feature). */
const DOCUMENTS_PATH = { SYNDIC: '/copropriete/documents', GERANCE: '/gerance/documents' } as const;

interface RecipientRow {
  email: string;
  titles: string[] | string;
  modules: ('SYNDIC' | 'GERANCE')[] | string;
  agency_name: string;
}

/** One row per candidate person: their relations as arrays, the columns `documentShownToPerson` reads. */
const array = (query: SQL): SQL => sql`ARRAY(${query})`;
const PERSON_RELATIONS = sql`
  SELECT ${t.persons.agencyId} AS agency_id, ${t.persons.id} AS person_id, ${t.persons.emails}[1] AS email,
    ${array(sql`SELECT ${t.ownerships.lotId} FROM ${t.ownerships} WHERE ${t.ownerships.agencyId} = ${t.persons.agencyId} AND ${t.ownerships.personId} = ${t.persons.id} AND ${isCurrentOwnership}`)} AS co_owned_lots,
    ${array(sql`SELECT ${t.mandateLots.lotId} FROM ${t.managementMandates} JOIN ${t.mandateLots} ON ${t.mandateLots.agencyId} = ${t.managementMandates.agencyId} AND ${t.mandateLots.mandateId} = ${t.managementMandates.id}
        WHERE ${t.managementMandates.agencyId} = ${t.persons.agencyId} AND ${t.managementMandates.ownerPersonId} = ${t.persons.id} AND ${isCurrentMandate}`)} AS mandated_lots,
    ${array(sql`SELECT ${t.leases.lotId} FROM ${t.leases} WHERE ${t.leases.agencyId} = ${t.persons.agencyId} AND ${t.leases.tenantPersonId} = ${t.persons.id} AND ${isCurrentLease}`)} AS leased_lots,
    ${array(sql`SELECT ${t.councilMemberships.buildingId} FROM ${t.councilMemberships} WHERE ${t.councilMemberships.agencyId} = ${t.persons.agencyId} AND ${t.councilMemberships.personId} = ${t.persons.id} AND ${isCurrentCouncilSeat}`)} AS council_buildings,
    ${array(sql`SELECT ${t.councilMemberships.buildingId} FROM ${t.councilMemberships} WHERE ${t.councilMemberships.agencyId} = ${t.persons.agencyId} AND ${t.councilMemberships.personId} = ${t.persons.id} AND ${isCurrentCouncilSeat} AND ${t.councilMemberships.role} = 'PRESIDENT'`)} AS president_buildings
  FROM ${t.persons}
  WHERE ${t.persons.agencyId} = ${sql.placeholder('agencyId')} AND ${t.persons.notifyNewDocuments} AND cardinality(${t.persons.emails}) > 0
    -- Only people who can sign in to read them; managers see every document and are not told.
    AND EXISTS (SELECT 1 FROM ${t.identities} WHERE ${t.identities.agencyId} = ${t.persons.agencyId} AND ${t.identities.personId} = ${t.persons.id} AND ${isAccessOn})
    AND NOT EXISTS (SELECT 1 FROM ${t.staffMembers} WHERE ${t.staffMembers.agencyId} = ${t.persons.agencyId} AND ${t.staffMembers.personId} = ${t.persons.id})`;

/** The buildings of a lot-id array column. */
const buildingsOf = (lotsColumn: string): SQL =>
  sql`ARRAY(SELECT ${t.lots.buildingId} FROM ${t.lots} WHERE ${t.lots.agencyId} = rel.agency_id AND ${t.lots.id} = any(rel.${sql.raw(lotsColumn)}))`;

/** `documentShownToPerson`'s values taken from the `rel` row (one per person) instead of one actor's parameters. */
const RELATION_PARAMS: ScopeParams = {
  agencyId: sql`rel.agency_id`,
  personId: sql`rel.person_id`,
  lotIds: sql`'{}'::uuid[]`,
  buildingIds: sql`'{}'::uuid[]`,
  tenantAccountIds: sql`'{}'::uuid[]`,
  councilBuildingIds: sql`rel.council_buildings`,
  presidentBuildingIds: sql`rel.president_buildings`,
  coOwnedLotIds: sql`rel.co_owned_lots`,
  mandatedLotIds: sql`rel.mandated_lots`,
  leasedLotIds: sql`rel.leased_lots`,
  coOwnedBuildingIds: buildingsOf('co_owned_lots'),
  mandatedBuildingIds: buildingsOf('mandated_lots'),
  leasedBuildingIds: buildingsOf('leased_lots'),
  // The tenants' own documents are e-mailed to the tenants, not to the owners who may read them.
  tenantDocumentLotIds: sql`'{}'::uuid[]`,
};

/**
 * Per person who can see at least one of the documents `ids` (the documents' own row scope,
 * `documentShownToPerson`, evaluated for every person of the agency in one statement), the titles
 * they may see and the spaces they are in.
 */
const RECIPIENTS = () => sql`
  WITH rel AS (${PERSON_RELATIONS})
  SELECT rel.email, json_agg(${t.documents.title} ORDER BY ${t.documents.title}) AS titles,
    json_agg(DISTINCT vbm.module) AS modules,
    (SELECT ${t.agencies.name} FROM ${t.agencies} WHERE ${t.agencies.id} = rel.agency_id) AS agency_name
  FROM rel
  JOIN ${t.documents} ON ${t.documents.agencyId} = rel.agency_id AND ${t.documents.id} = any(${sql.placeholder('ids')}::uuid[])
  JOIN ${t.binders} vbm ON vbm.agency_id = ${t.documents.agencyId} AND vbm.id = ${t.documents.binderId}
  WHERE ${documentShownToPerson(RELATION_PARAMS)}
  GROUP BY rel.agency_id, rel.person_id, rel.email`;

/** Asked to notify: published with `notify: true`, or without a word and in a binder whose model notifies (never with `notify: false`). */
const asksToNotify = sql`coalesce(${t.documents.notify}, EXISTS (SELECT 1 FROM ${t.binders} WHERE ${t.binders.agencyId} = ${t.documents.agencyId} AND ${t.binders.id} = ${t.documents.binderId} AND ${t.binders.notifyByDefault}))`;

const json = <T>(value: T[] | string): T[] => (typeof value === 'string' ? (JSON.parse(value) as T[]) : value);

/** The e-mail (manual: "Activer les notifications"): the agency, how many, the titles the person may see, the link; nothing else of the documents. */
function message(row: RecipientRow, publicUrl: string): { subject: string; text: string } {
  const titles = json(row.titles);
  const modules = json(row.modules);
  const one = titles.length === 1;
  return {
    subject: `${row.agency_name} : ${one ? 'un nouveau document' : `${titles.length} nouveaux documents`} sur votre extranet`,
    text: [
      'Bonjour,',
      '',
      one
        ? `Un nouveau document est disponible sur votre extranet ${row.agency_name} :`
        : `${titles.length} nouveaux documents sont disponibles sur votre extranet ${row.agency_name} :`,
      ...titles.map((title) => `- ${title}`),
      '',
      'Pour les consulter, connectez-vous à votre espace :',
      ...modules.map((module) => `${publicUrl}${DOCUMENTS_PATH[module]}`),
      '',
      'Vous pouvez désactiver ces notifications dans « Mes coordonnées ».',
      '',
      row.agency_name,
    ].join('\n'),
  };
}

export interface NotifyDeps {
  db: Executor;
  mailer: Mailer;
  config: Pick<Config, 'publicUrl'>;
  settings: Pick<AgencySettings, 'documentNotificationsEnabled' | 'documentsEnabled'>;
}

/**
 * Queues the new-document e-mails of one batch (a publication, a republication) in the caller's
 * transaction: the documents asked to notify (`notify`, or when omitted their binder's `notifyByDefault`) that
 * are shown today and were never announced; one message per person listing the batch's
 * documents they can see, unless they switched notifications off ("Mes coordonnées") or the
 * agency switched the feature off (its documents are then marked, never announced). A document dated ahead stays unannounced until its first day
 * (`queueDueDocumentNotifications`). The caller delivers after commit (`mailer.deliverPending`).
 */
export async function queueDocumentNotifications(deps: NotifyDeps, agencyId: string, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  const enabled = deps.settings.documentNotificationsEnabled && deps.settings.documentsEnabled;
  // Marked announced in the same transaction, so a republication never tells twice. Switched off:
  // every document shown is marked (published while off, never announced, even once switched on).
  const due = await deps.db
    .update(t.documents)
    .set({ notifiedAt: sql`now()` })
    .where(
      and(eq(t.documents.agencyId, agencyId), anyOf(t.documents.id, [...documentIds]), isNull(t.documents.notifiedAt), isDocumentShownToday, enabled ? asksToNotify : undefined),
    )
    .returning({ id: t.documents.id });
  if (!enabled || due.length === 0) return;
  const rows = await runCompiled<RecipientRow>(deps.db, 'documentNotificationRecipients', RECIPIENTS, { agencyId, ids: due.map((d) => d.id) });
  await deps.mailer.queue(
    deps.db,
    rows.map((row) => ({ agencyId, to: row.email, ...message(row, deps.config.publicUrl) })),
  );
}
