import { Decimal } from 'decimal.js';
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db, type Executor } from '../db/client';
import * as t from '../db/schema';
import { isCurrentCouncilSeat } from '../db/current';
import { renderPdf } from '../files/document-renderer';
import type { FileStore } from '../files/file-store';
import { contentKey, removeUnreferenced, withFiles } from '../files/transactional-files';
import { readSettings } from '../settings/registry';
import type { CoOwnerListDocument, CoOwnerListLine } from './co-owner-list-pdf';
import { referencedDocumentFiles } from './document-files';

/** Where a building's first list is filed (manual: a model "attaché à un dossier qui ne sera visible que par les membres du C.S."). */
export const COUNCIL_BINDER = 'Conseil syndical';
export const coOwnerListTitle = (buildingCode: string) => `Liste des copropriétaires ${buildingCode}`;

export interface CoOwnerListDeps {
  db: Db;
  files: FileStore;
}

interface Row {
  building_id: string;
  building_code: string;
  b_line1: string;
  b_line2: string;
  b_postal: string;
  b_city: string;
  person_id: string | null;
  account_id: string | null;
  civility: string | null;
  display_name: string | null;
  p_line1: string | null;
  p_line2: string | null;
  p_postal: string | null;
  p_city: string | null;
  lot_code: string | null;
  lot_type: string | null;
  works_fund: string | null;
  council: boolean;
  president: boolean;
}

const normalised = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ');

/**
 * The lists' data for syndic buildings of the agency, in one statement: each current ownership with
 * its person, lot and the lot's works fund (105xxx, and 102xxx when the agency publishes them,
 * lines at zero left out, as the works-funds page), and the person's current council seat. A
 * building without co-owners still comes back (one row without a person): its list says so.
 */
async function listRows(db: Executor, agencyId: string, buildingIds: string[], includes102: boolean): Promise<Row[]> {
  const fundAccounts = includes102 ? sql`(w.account_number LIKE '105%' OR w.account_number LIKE '102%')` : sql`w.account_number LIKE '105%'`;
  const result = await db.execute(sql`
    SELECT b.id AS building_id, b.code AS building_code, b.address_line1 AS b_line1, b.address_line2 AS b_line2, b.postal_code AS b_postal, b.city AS b_city,
      x.person_id, x.account_id, x.civility, x.display_name, x.p_line1, x.p_line2, x.p_postal, x.p_city, x.lot_code, x.lot_type, x.works_fund,
      coalesce(x.council, false) AS council, coalesce(x.president, false) AS president
    FROM ${t.buildings} b
    LEFT JOIN LATERAL (
      SELECT o.person_id, o.account_id, p.civility, p.display_name, p.address_line1 AS p_line1, p.address_line2 AS p_line2, p.postal_code AS p_postal, p.city AS p_city,
        l.code AS lot_code, l.type AS lot_type,
        (SELECT sum(w.amount)::text FROM ${t.worksFundLines} w WHERE w.agency_id = l.agency_id AND w.lot_id = l.id AND w.amount <> 0 AND ${fundAccounts}) AS works_fund,
        EXISTS (SELECT 1 FROM ${t.councilMemberships} WHERE ${t.councilMemberships.agencyId} = o.agency_id AND ${t.councilMemberships.buildingId} = b.id
          AND ${t.councilMemberships.personId} = o.person_id AND ${isCurrentCouncilSeat}) AS council,
        EXISTS (SELECT 1 FROM ${t.councilMemberships} WHERE ${t.councilMemberships.agencyId} = o.agency_id AND ${t.councilMemberships.buildingId} = b.id
          AND ${t.councilMemberships.personId} = o.person_id AND ${t.councilMemberships.role} = 'PRESIDENT' AND ${isCurrentCouncilSeat}) AS president
      FROM ${t.lots} l
      JOIN ${t.ownerships} o ON o.agency_id = l.agency_id AND o.lot_id = l.id AND (o.end_date IS NULL OR o.end_date > current_date) -- the current-ownership rule (db/current.ts), on the alias
      JOIN ${t.persons} p ON p.agency_id = o.agency_id AND p.id = o.person_id
      WHERE l.agency_id = b.agency_id AND l.building_id = b.id
    ) x ON true
    WHERE b.agency_id = ${agencyId} AND b.id = any(${sql.param(buildingIds)}::uuid[]) AND b.syndicate_entity_id IS NOT NULL
    ORDER BY b.code, lower(x.display_name), x.person_id, x.account_id NULLS LAST, x.lot_code`);
  return rowsOf<Row>(result);
}

/** One document per building: a line per co-owner account, its lots, works funds summed from the printed lot amounts. */
function documentsOf(rows: Row[], agencyName: string, generatedAt: string): Map<string, CoOwnerListDocument> {
  const byBuilding = new Map<string, CoOwnerListDocument & { keys: Map<string, CoOwnerListLine> }>();
  for (const row of rows) {
    let building = byBuilding.get(row.building_id);
    if (!building) {
      const address = [row.b_line1, row.b_line2, joined(row.b_postal, row.b_city)].filter(Boolean).join(' ');
      building = { agencyName, buildingCode: row.building_code, buildingAddress: address, generatedAt, lines: [], keys: new Map() };
      byBuilding.set(row.building_id, building);
    }
    if (!row.person_id) continue;
    const key = `${row.person_id}|${row.account_id ?? ''}`;
    let line = building.keys.get(key);
    if (!line) {
      // Resident ("Résidant"): the co-owner's postal address is the building's (same street line and postal code).
      const resident = !!row.p_line1 && normalised(row.p_line1) === normalised(row.b_line1) && row.p_postal === row.b_postal;
      line = {
        identity: joined(row.civility, row.display_name),
        address: [row.p_line1, row.p_line2, joined(row.p_postal, row.p_city)].filter(Boolean).join(' '),
        lots: [],
        worksFund: null,
        councilMember: row.council,
        president: row.president,
        resident,
      };
      building.keys.set(key, line);
      building.lines.push(line);
    }
    const fund = row.works_fund == null ? null : new Decimal(row.works_fund).toFixed(2);
    line.lots.push({ code: row.lot_code!, type: row.lot_type!, worksFund: fund });
    if (fund != null) line.worksFund = new Decimal(line.worksFund ?? 0).plus(fund).toFixed(2);
  }
  return new Map([...byBuilding].map(([id, { keys: _keys, ...doc }]) => [id, doc]));
}

/**
 * Generates the co-owner list of each syndic building of `buildingIds` (manual: "Générer la liste
 * des copropriétaires") and files it as a generic document of the building, "annule et remplace":
 * a building's list is one document (a unique index), whose file, date and size are replaced in
 * place, so its id and its place in the council's binder stay and no second list appears. The
 * first list goes to the "Conseil syndical" binder (council only, DESIGN.md "Who may see what");
 * a later one stays in the binder the manager may have moved it to. Returns the buildings done.
 * Each building commits on its own: one failing render does not hold back the others.
 */
export async function generateCoOwnerLists(deps: CoOwnerListDeps, agencyId: string, buildingIds: readonly string[]): Promise<string[]> {
  if (buildingIds.length === 0) return [];
  const [agency] = await deps.db
    .select({ name: t.agencies.name, values: t.agencySettings.values })
    .from(t.agencies)
    .leftJoin(t.agencySettings, eq(t.agencySettings.agencyId, t.agencies.id))
    .where(eq(t.agencies.id, agencyId));
  if (!agency) return [];
  const settings = readSettings(agency.values);
  const rows = await listRows(deps.db, agencyId, [...new Set(buildingIds)], settings.worksFundIncludes102);
  const docs = documentsOf(rows, agency.name, new Date().toISOString());
  const [council] = await deps.db
    .select({ id: t.binders.id })
    .from(t.binders)
    .where(and(eq(t.binders.agencyId, agencyId), eq(t.binders.module, 'SYNDIC'), eq(t.binders.name, COUNCIL_BINDER)));
  const done: string[] = [];
  for (const [buildingId, doc] of docs) {
    const bytes = await renderPdf(new URL('./co-owner-list-pdf.ts', import.meta.url), 'coOwnerListPdf', doc);
    const file = contentKey(`documents/${agencyId}`, bytes, 'pdf');
    const replaced = await withFiles(deps.db, deps.files, [file], referencedDocumentFiles, async (tx) => {
      const generated = and(eq(t.documents.agencyId, agencyId), eq(t.documents.buildingId, buildingId), eq(t.documents.generated, 'COOWNER_LIST'));
      const [previous] = await tx.select({ id: t.documents.id, key: t.documents.storageKey }).from(t.documents).where(generated).for('update');
      const content = {
        title: coOwnerListTitle(doc.buildingCode),
        fileName: `liste-coproprietaires-${doc.buildingCode.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`,
        contentType: 'application/pdf',
        byteSize: bytes.length,
        sha256: file.key.slice(file.key.lastIndexOf('/') + 1, file.key.lastIndexOf('.')),
        storageKey: file.key,
        publishedOn: sql`current_date`,
        expiresOn: null,
        isPublished: true,
      };
      if (previous) {
        await tx.update(t.documents).set(content).where(generated);
        return previous.key;
      }
      if (!council) return null;
      // Generated data, not news: the council is not e-mailed on each regeneration.
      await tx.insert(t.documents).values({ agencyId, binderId: council.id, buildingId, generated: 'COOWNER_LIST', notifiedAt: sql`now()`, ...content });
      return null;
    });
    if (replaced && replaced !== file.key) await removeUnreferenced(deps.db, deps.files, [replaced], referencedDocumentFiles);
    if (replaced !== null || council) done.push(buildingId);
  }
  return done;
}

/**
 * Regenerates the lists the triggers of migration 0013 marked (an ownership, a council seat, a lot
 * or a person's printed details changed, through any path: the portfolio upserts, a sale): up to
 * `limit` buildings per call, oldest mark first. A mark made while its list renders survives
 * (only marks up to the one read are removed), so the change it records gets its own regeneration.
 */
export async function regenerateMarkedCoOwnerLists(deps: CoOwnerListDeps, limit = 50): Promise<number> {
  // marked_at as text: a JS Date would cut its microseconds, and the mark would never match again.
  const marks = rowsOf<{ agencyId: string; buildingId: string; markedAt: string }>(
    await deps.db.execute(sql`
      SELECT agency_id AS "agencyId", building_id AS "buildingId", marked_at::text AS "markedAt" FROM ${t.coOwnerListQueue} ORDER BY marked_at LIMIT ${limit}`),
  );
  const byAgency = new Map<string, string[]>();
  for (const mark of marks) byAgency.set(mark.agencyId, [...(byAgency.get(mark.agencyId) ?? []), mark.buildingId]);
  for (const [agencyId, buildingIds] of byAgency) await generateCoOwnerLists(deps, agencyId, buildingIds);
  if (marks.length > 0) {
    await deps.db.execute(sql`
      DELETE FROM ${t.coOwnerListQueue} q USING json_to_recordset(${JSON.stringify(marks)}::json) AS m("agencyId" uuid, "buildingId" uuid, "markedAt" timestamptz)
      WHERE q.agency_id = m."agencyId" AND q.building_id = m."buildingId" AND q.marked_at <= m."markedAt"`);
  }
  return marks.length;
}
