import { sql, type SQL } from 'drizzle-orm';
import { isCurrentLease, isDocumentShownToday } from '../../db/current';
import { accounts, binders, buildings, documents, leases, lots } from '../../db/schema';
import type { Actor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, readsWholeAgency, rowScope, type Bound, type ScopeParams } from '../scope-helpers';

const clientsWhileOn = { setting: 'documentsEnabled', appliesTo: 'clients' } as const;

export const documentRules = {
  'binder.list': {
    description: 'List the binders of a space ("Mes documents", the manager\'s "Documents") with their document counts; clients only while the agency enables the module.',
    client: true,
    staff: true,
    integrator: 'documents:read',
    moduleSwitch: clientsWhileOn,
  },
  'document.list': {
    description: 'List and open the documents the actor may see (binder right, target, publication); clients only while the agency enables the module.',
    client: true,
    staff: true,
    integrator: 'documents:read',
    moduleSwitch: clientsWhileOn,
  },
  'document.download': {
    description: 'Download a document file; the document is scoped exactly like document.list.',
    client: true,
    staff: true,
    integrator: 'documents:read',
    moduleSwitch: clientsWhileOn,
  },
  'document.listConcerningPerson': {
    description: "List the documents that concern a person (the console's person record): managers and document readers.",
    staff: true,
    integrator: 'documents:read',
  },
  'binder.readRights': {
    description: "Read a binder's rights (syndic level, owner and tenant columns): managers and document readers.",
    staff: true,
    integrator: 'documents:read',
  },
  'document.readConcerns': {
    description: 'Read whom a document concerns ("Concerne": a building, a person and account…) and its dossier: managers and document readers.',
    staff: true,
    integrator: 'documents:read',
  },
  'binder.manage': {
    description: 'Create, rename, delete (only when empty) binders and change their rights ("Classeurs").',
    staff: true,
    integrator: 'documents:write',
  },
  'document.publish': {
    description: 'Publish a document to a person, account, lease, lot, building or the whole agency, inline or from a staged upload.',
    staff: true,
    integrator: 'documents:write',
  },
  'document.upload': { description: 'Stage a large file (POST /uploads) for a later publishDocument; single use, expires.', staff: true, integrator: 'documents:write' },
  'document.setPublished': { description: '"(Dé)publier des événements": unpublish or republish a selection of documents.', staff: true, integrator: 'documents:write' },
  'document.generateCoOwnerList': {
    description: '"Générer la liste des copropriétaires" for a selection of syndic buildings: the council-only list, replacing the previous one.',
    staff: true,
    integrator: 'documents:write',
  },
  'document.delete': { description: 'Delete a selection of documents and, when no other document shares it, their file.', staff: true, integrator: 'documents:write' },
} satisfies RuleSet;

/** `value = ANY(list)` for an actor's list bound as one array parameter. */
const inList = (value: SQL | string, list: Bound): SQL => sql`${typeof value === 'string' ? sql.raw(value) : value} = any(${list}::uuid[])`;
const nonEmpty = (list: Bound): SQL => sql`cardinality(${list}::uuid[]) > 0`;

/**
 * The SQL twin of `holdsSyndicLevel`: the person holds the binder's `level` in `building` — the
 * president for PRESIDENT, a council member for COUNCIL, a co-owner or council member for ALL_COOWNERS.
 */
function syndicLevelHolds(level: SQL, building: SQL, p: ScopeParams): SQL {
  return sql`((${level} = 'PRESIDENT' AND ${inList(building, p.presidentBuildingIds)})
    OR (${level} = 'COUNCIL' AND ${inList(building, p.councilBuildingIds)})
    OR (${level} = 'ALL_COOWNERS' AND (${inList(building, p.councilBuildingIds)} OR ${inList(building, p.coOwnedBuildingIds)})))`;
}

/** The person holds `level` in at least one building (a binder they may open; documents addressed to them as a person). */
function syndicLevelAnywhere(level: SQL, p: ScopeParams): SQL {
  return sql`((${level} = 'PRESIDENT' AND ${nonEmpty(p.presidentBuildingIds)})
    OR (${level} = 'COUNCIL' AND ${nonEmpty(p.councilBuildingIds)})
    OR (${level} = 'ALL_COOWNERS' AND (${nonEmpty(p.councilBuildingIds)} OR ${nonEmpty(p.coOwnedBuildingIds)})))`;
}

/** A gérance binder opens to the person: its owner column and a current mandate, or its tenant column and a current lease. */
function geranceOpens(owner: SQL, tenant: SQL, p: ScopeParams): SQL {
  return sql`((${owner} AND ${nonEmpty(p.mandatedLotIds)}) OR (${tenant} AND ${nonEmpty(p.leasedLotIds)}))`;
}

/** For managers, integrators holding `integratorScope`, clients (while the module is on), nobody else. */
function documentsShape(actor: Actor, integratorScope: 'documents:read'): string {
  if (actor.kind === 'anonymous') return 'none';
  if (readsWholeAgency(actor, integratorScope)) return 'agency';
  if (actor.kind !== 'person' || !actor.settings.documentsEnabled) return 'none';
  return 'person';
}

/**
 * Binders: managers and `documents:read` integrators see every binder of the agency; a client the
 * binders that grant one of their roles somewhere (a syndic level they hold in a building, the
 * gérance owner or tenant column with a current mandate or lease). Whether an empty one is listed
 * is the agency's "Afficher les classeurs vides" (documents/binder.service.ts).
 */
export const binderScope: RowScope = rowScope(
  // A `documents:write` integrator reads the binders too: it names one in every publication.
  (actor) => (actor.kind === 'integrator' && actor.scopes.includes('documents:write') ? 'agency' : documentsShape(actor, 'documents:read')),
  (shape, p) => {
    if (shape === 'none') return denyAll;
    const agency = sql`${binders.agencyId} = ${p.agencyId}`;
    if (shape === 'agency') return agency;
    return sql`${agency} AND ((${binders.module} = 'SYNDIC' AND ${syndicLevelAnywhere(sql`${binders.syndicLevel}`, p)})
      OR (${binders.module} = 'GERANCE' AND ${geranceOpens(sql`${binders.ownerAccess}`, sql`${binders.tenantAccess}`, p)}))`;
  },
);

/**
 * Documents (DESIGN.md "Who may see what"): managers and `documents:read` integrators see every
 * document of the agency, published or not. A client sees one only when all three hold:
 * (1) its binder grants the client's role, (2) it concerns them — personal (their own account,
 * lease, lot, or themselves as a person) or generic for a building where they hold that role, or
 * agency-wide in "Documents du syndic" — and (3) it is shown today (`isDocumentShownToday`).
 * A binder right alone never reveals another person's documents: every branch names the client.
 * The one exception is the agency's own: with `ownerSeesTenantDocuments`, an owner also reads the
 * lease documents of their lots' tenants (DESIGN.md: "where the agency enables each option").
 * One predicate for node(id:), every list, every count and every download.
 */
export const documentScope: RowScope = rowScope(
  (actor) => documentsShape(actor, 'documents:read'),
  (shape, p) => {
    if (shape === 'none') return denyAll;
    if (shape === 'agency') return sql`${documents.agencyId} = ${p.agencyId}`;
    return documentShownToPerson(p);
  },
);

/**
 * A necessary condition of every client branch of `documentShownToPerson`, written for the
 * indexes: a branch only ever matches a document whose one target is among the person's own
 * (a building or lot of theirs, their person, account or lease, the leases of their lots' tenants
 * when the agency lets owners see those) or that is agency-wide (the
 * partial index `documents_agency_wide` keeps that arm an index read too). ANDed before the exact rule, it lets
 * PostgreSQL read a client's candidates through the target indexes (a BitmapOr) instead of testing
 * the rule on every document of the agency: 200 000 documents, a few hundred candidates (bench).
 * It decides nothing by itself: the exact rule still runs on every candidate.
 */
function personCandidates(p: ScopeParams): SQL {
  const buildingIds = sql`(${p.councilBuildingIds}::uuid[] || ${p.coOwnedBuildingIds}::uuid[] || ${p.mandatedBuildingIds}::uuid[] || ${p.leasedBuildingIds}::uuid[])`;
  const lotIds = sql`(${p.coOwnedLotIds}::uuid[] || ${p.mandatedLotIds}::uuid[] || ${p.leasedLotIds}::uuid[])`;
  return sql`(${documents.buildingId} = any(${buildingIds}) OR ${documents.lotId} = any(${lotIds}) OR ${documents.personId} = ${p.personId}
    OR ${documents.accountId} = any(array(SELECT ${accounts.id} FROM ${accounts} WHERE ${accounts.agencyId} = ${p.agencyId} AND ${accounts.personId} = ${p.personId}))
    OR ${documents.leaseId} = any(array(SELECT ${leases.id} FROM ${leases} WHERE ${leases.agencyId} = ${p.agencyId} AND ${leases.tenantPersonId} = ${p.personId}))
    OR ${documents.leaseId} = any(array(SELECT ${leases.id} FROM ${leases} WHERE ${leases.agencyId} = ${p.agencyId} AND ${inList(sql`${leases.lotId}`, p.tenantDocumentLotIds)}))
    OR ${documents.agencyWide} IS NOT NULL)`;
}

/**
 * A client's branch of `documentScope`, for the person whose relations `p` names: the actor's
 * values as parameters (a request), or SQL columns of one row per person (the recipients of the
 * new-document e-mails, documents/document-notifications.ts): one predicate for both.
 */
export function documentShownToPerson(p: ScopeParams): SQL {
  const agency = sql`${documents.agencyId} = ${p.agencyId}`;
  const level = sql.raw('vb.syndic_level');
  const owner = sql.raw('vb.owner_access');
  const tenant = sql.raw('vb.tenant_access');
  const syndic = sql`(
      (${documents.buildingId} IS NOT NULL AND ${syndicLevelHolds(level, sql`${documents.buildingId}`, p)})
      OR (${inList(sql`${documents.lotId}`, p.coOwnedLotIds)} AND EXISTS (SELECT 1 FROM ${lots} WHERE ${lots.agencyId} = ${documents.agencyId} AND ${lots.id} = ${documents.lotId}
            AND ${syndicLevelHolds(level, sql`${lots.buildingId}`, p)}))
      OR (${documents.accountId} IS NOT NULL AND EXISTS (SELECT 1 FROM ${accounts} JOIN ${buildings} ON ${buildings.agencyId} = ${accounts.agencyId} AND ${buildings.syndicateEntityId} = ${accounts.entityId}
            WHERE ${accounts.agencyId} = ${documents.agencyId} AND ${accounts.id} = ${documents.accountId} AND ${accounts.personId} = ${p.personId} AND ${accounts.kind} = 'COOWNER'
            AND ${syndicLevelHolds(level, sql`${buildings.id}`, p)}))
      OR (${documents.personId} = ${p.personId} AND ${syndicLevelAnywhere(level, p)})
      OR (vb.key = 'SYNDIC_DOCUMENTS' AND ${syndicLevelAnywhere(level, p)} AND (
            (${documents.agencyWide} = 'COUNCILS' AND ${nonEmpty(p.councilBuildingIds)})
            OR (${documents.agencyWide} = 'ALL_COOWNERS' AND (${nonEmpty(p.councilBuildingIds)} OR ${nonEmpty(p.coOwnedBuildingIds)}))))
    )`;
  const gerance = sql`(
      (${owner} AND (${inList(sql`${documents.buildingId}`, p.mandatedBuildingIds)} OR ${inList(sql`${documents.lotId}`, p.mandatedLotIds)}))
      OR (${tenant} AND (${inList(sql`${documents.buildingId}`, p.leasedBuildingIds)} OR ${inList(sql`${documents.lotId}`, p.leasedLotIds)}))
      OR (${documents.personId} = ${p.personId} AND ${geranceOpens(owner, tenant, p)})
      OR (${documents.accountId} IS NOT NULL AND EXISTS (SELECT 1 FROM ${accounts} WHERE ${accounts.agencyId} = ${documents.agencyId} AND ${accounts.id} = ${documents.accountId}
            AND ${accounts.personId} = ${p.personId}
            AND ((${accounts.kind} = 'OWNER' AND ${owner} AND ${nonEmpty(p.mandatedLotIds)}) OR (${accounts.kind} = 'TENANT' AND ${tenant} AND ${nonEmpty(p.leasedLotIds)}))))
      OR (${tenant} AND ${documents.leaseId} IS NOT NULL AND EXISTS (SELECT 1 FROM ${leases} WHERE ${leases.agencyId} = ${documents.agencyId} AND ${leases.id} = ${documents.leaseId}
            AND ${leases.tenantPersonId} = ${p.personId} AND ${isCurrentLease}))
      OR (${owner} AND ${documents.leaseId} IS NOT NULL AND ${nonEmpty(p.tenantDocumentLotIds)} AND EXISTS (SELECT 1 FROM ${leases} WHERE ${leases.agencyId} = ${documents.agencyId}
            AND ${leases.id} = ${documents.leaseId} AND ${inList(sql`${leases.lotId}`, p.tenantDocumentLotIds)}))
    )`;
  return sql`${agency} AND ${isDocumentShownToday} AND ${personCandidates(p)} AND EXISTS (SELECT 1 FROM ${binders} vb WHERE vb.agency_id = ${documents.agencyId} AND vb.id = ${documents.binderId}
      AND ((vb.module = 'SYNDIC' AND ${syndic}) OR (vb.module = 'GERANCE' AND ${gerance})))`;
}
