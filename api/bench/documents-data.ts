/**
 * The documents benchmark's data and its SQL floor (issue 9, "Benchmark"): documents generated
 * with one set-based `INSERT … SELECT … FROM generate_series` into the agency of generate.ts, half
 * generic (a building, in a syndic or a gérance binder) and half personal (a co-owner account, a
 * lease, an owner account), dated over nine years, one in 25 unpublished, expired or dated ahead;
 * plus a few agency-wide documents of "Documents du syndic". Every generated row names the same
 * stored PDF (the store is content-addressed, so 200 000 rows need one file), and is marked as
 * already announced: the notification job must not mail 200 000 documents when the server starts.
 *
 * The floor reads the same answers as the API with one hand-written statement each, written for
 * the index rather than for the rule: the person's relations (lots, leases, mandates, council
 * seats) as CTEs, then each kind of target looked up on its own index and the union sorted.
 */
import { createHash } from 'node:crypto';
import { localFileStore } from '../src/files/file-store';
import type { SqlClient } from './floor';

/** The bench PDF every generated row points to (downloads read it through the FileStore). */
export const BENCH_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Palier benchmark document\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** Stores the bench PDF under the server's FileStore folder (`<DATA_DIR>/files`) and returns its key. */
export async function storeBenchPdf(filesDir: string, agencyId: string): Promise<{ key: string; sha256: string }> {
  const sha256 = createHash('sha256').update(BENCH_PDF).digest('hex');
  const key = `documents/${agencyId}/${sha256}.pdf`;
  await localFileStore(filesDir).put(key, BENCH_PDF);
  return { key, sha256 };
}

/** A deterministic pseudo-random non-negative integer of the document index and a salt (as generate.ts). */
const h = (salt: number) => `(hashint8(g.i::bigint * 1000003 + ${salt}) & 2147483647)`;

/**
 * Documents with indexes [$2, $3) of the agency $1, naming the stored file ($4 key, $5 SHA-256,
 * $6 size). Each target list is numbered once (row_number) and every document joins one row of it
 * by number, so the statement is hash joins over generate_series, whatever the size.
 */
const GENERATE_SQL = `
  WITH bins AS (
    SELECT b.id, k.kind, row_number() OVER (PARTITION BY k.kind ORDER BY b.name, b.id) AS rn
    FROM binders b, (VALUES ('syndic'), ('owner'), ('tenant')) k(kind)
    WHERE b.agency_id = $1 AND ((k.kind = 'syndic' AND b.module = 'SYNDIC' AND b.key IS DISTINCT FROM 'SYNDIC_DOCUMENTS')
      OR (k.kind = 'owner' AND b.module = 'GERANCE' AND b.owner_access) OR (k.kind = 'tenant' AND b.module = 'GERANCE' AND b.tenant_access))
  ),
  nb AS (SELECT kind, count(*) AS n FROM bins GROUP BY kind),
  bld AS (SELECT id, row_number() OVER (ORDER BY code) AS rn FROM buildings WHERE agency_id = $1),
  coa AS (SELECT id, row_number() OVER (ORDER BY number, id) AS rn FROM accounts WHERE agency_id = $1 AND kind = 'COOWNER'),
  owa AS (SELECT id, row_number() OVER (ORDER BY number, id) AS rn FROM accounts WHERE agency_id = $1 AND kind = 'OWNER'),
  lea AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM leases WHERE agency_id = $1),
  sizes AS (SELECT (SELECT count(*) FROM bld) AS b, (SELECT count(*) FROM coa) AS c, (SELECT count(*) FROM owa) AS o, (SELECT count(*) FROM lea) AS l),
  g AS (
    SELECT g.i,
      -- generic: 8 in 10 in a syndic binder, else a gérance one (owner or tenant column); personal: 12 in 20
      -- to a co-owner account, 5 to a lease, 3 to an owner account
      CASE WHEN g.i % 2 = 0 THEN (CASE WHEN ${h(1)} % 10 < 8 THEN 'syndic' WHEN ${h(1)} % 2 = 0 THEN 'owner' ELSE 'tenant' END)
           WHEN ${h(2)} % 20 < 12 THEN 'syndic' WHEN ${h(2)} % 20 < 17 THEN 'tenant' ELSE 'owner' END AS kind,
      CASE WHEN g.i % 2 = 0 THEN 'building' WHEN ${h(2)} % 20 < 12 THEN 'coowner' WHEN ${h(2)} % 20 < 17 THEN 'lease' ELSE 'owner' END AS target,
      ${h(3)} AS pick, ${h(4)} AS b, current_date - 1 - (${h(5)} % 3200)::int AS published_on, ${h(6)} % 25 AS odd
    FROM generate_series($2::int, $3::int - 1) g(i)
  )
  INSERT INTO documents (agency_id, binder_id, title, file_name, content_type, byte_size, sha256, storage_key,
    building_id, account_id, lease_id, published_on, expires_on, is_published, notify, notified_at)
  SELECT $1, bins.id,
    CASE WHEN g.target = 'building' THEN 'Document de l''immeuble n° ' ELSE 'Courrier personnel n° ' END || g.i,
    'document-' || g.i || '.pdf', 'application/pdf', $6::int, $5, $4,
    bld.id, coalesce(coa.id, owa.id), lea.id,
    CASE WHEN g.odd = 2 THEN current_date + 10 ELSE g.published_on END,
    CASE WHEN g.odd = 0 THEN g.published_on + 1 END,
    g.odd <> 1, false, now()
  FROM g CROSS JOIN sizes
  JOIN nb ON nb.kind = g.kind
  JOIN bins ON bins.kind = g.kind AND bins.rn = 1 + g.b % nb.n
  LEFT JOIN bld ON g.target = 'building' AND bld.rn = 1 + g.pick % sizes.b
  LEFT JOIN coa ON g.target = 'coowner' AND coa.rn = 1 + g.pick % sizes.c
  LEFT JOIN owa ON g.target = 'owner' AND owa.rn = 1 + g.pick % sizes.o
  LEFT JOIN lea ON g.target = 'lease' AND lea.rn = 1 + g.pick % sizes.l`;

/** Agency-wide documents of "Documents du syndic" (loi ÉLAN), for every council or every co-owner. */
const AGENCY_WIDE_SQL = `
  INSERT INTO documents (agency_id, binder_id, title, file_name, content_type, byte_size, sha256, storage_key, agency_wide, published_on, notify, notified_at)
  SELECT $1, b.id, 'Document du syndic n° ' || k, 'syndic-' || k || '.pdf', 'application/pdf', $4::int, $3, $2,
    CASE WHEN k % 2 = 0 THEN 'COUNCILS' ELSE 'ALL_COOWNERS' END::agency_wide_audience, current_date - k * 40, false, now()
  FROM binders b, generate_series(1, 20) k WHERE b.agency_id = $1 AND b.key = 'SYNDIC_DOCUMENTS'`;

/** Generates documents [from, to) of the agency in one transaction (the agency-wide ones with the first slice). */
export async function generateDocuments(client: SqlClient, agencyId: string, file: { key: string; sha256: string }, from: number, to: number): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query(GENERATE_SQL, [agencyId, from, to, file.key, file.sha256, BENCH_PDF.length]);
    if (from === 0) await tx.query(AGENCY_WIDE_SQL, [agencyId, file.key, file.sha256, BENCH_PDF.length]);
  });
}

/**
 * The documents a person ($1 agency, $2 person) may see, as `ids`, with the same meaning as the
 * rule (auth/rules/documents.ts): the binder grants the role, the target concerns them, shown
 * today. Each target kind is its own indexed lookup, so only the person's candidates are read.
 */
const VISIBLE = `
  WITH co AS (SELECT o.lot_id, l.building_id FROM ownerships o JOIN lots l ON l.agency_id = o.agency_id AND l.id = o.lot_id
              WHERE o.agency_id = $1 AND o.person_id = $2 AND (o.end_date IS NULL OR o.end_date > current_date)),
  md AS (SELECT ml.lot_id, l.building_id FROM management_mandates m
         JOIN mandate_lots ml ON ml.agency_id = m.agency_id AND ml.mandate_id = m.id JOIN lots l ON l.agency_id = ml.agency_id AND l.id = ml.lot_id
         WHERE m.agency_id = $1 AND m.owner_person_id = $2 AND (m.end_date IS NULL OR m.end_date > current_date)),
  le AS (SELECT x.id, x.lot_id, l.building_id FROM leases x JOIN lots l ON l.agency_id = x.agency_id AND l.id = x.lot_id
         WHERE x.agency_id = $1 AND x.tenant_person_id = $2 AND (x.departure_date IS NULL OR x.departure_date > current_date)),
  cm AS (SELECT building_id, role FROM council_memberships WHERE agency_id = $1 AND person_id = $2 AND (end_date IS NULL OR end_date > current_date)),
  lv AS (SELECT building_id, 'ALL_COOWNERS'::syndic_level AS level FROM co UNION SELECT building_id, 'ALL_COOWNERS' FROM cm
         UNION SELECT building_id, 'COUNCIL' FROM cm UNION SELECT building_id, 'PRESIDENT' FROM cm WHERE role = 'PRESIDENT'),
  vb AS (SELECT id, name, module, syndic_level, owner_access, tenant_access, key,
           (module = 'SYNDIC' AND syndic_level IN (SELECT level FROM lv))
           OR (module = 'GERANCE' AND ((owner_access AND EXISTS (SELECT 1 FROM md)) OR (tenant_access AND EXISTS (SELECT 1 FROM le)))) AS opens
         FROM binders WHERE agency_id = $1),
  ids AS (
    SELECT d.id FROM lv JOIN documents d ON d.agency_id = $1 AND d.building_id = lv.building_id
      JOIN vb ON vb.id = d.binder_id AND vb.module = 'SYNDIC' AND vb.syndic_level = lv.level
    UNION SELECT d.id FROM co JOIN documents d ON d.agency_id = $1 AND d.lot_id = co.lot_id
      JOIN vb ON vb.id = d.binder_id AND vb.module = 'SYNDIC' JOIN lv ON lv.building_id = co.building_id AND lv.level = vb.syndic_level
    UNION SELECT d.id FROM accounts a JOIN buildings b ON b.agency_id = a.agency_id AND b.syndicate_entity_id = a.entity_id
      JOIN documents d ON d.agency_id = $1 AND d.account_id = a.id
      JOIN vb ON vb.id = d.binder_id AND vb.module = 'SYNDIC' JOIN lv ON lv.building_id = b.id AND lv.level = vb.syndic_level
      WHERE a.agency_id = $1 AND a.person_id = $2 AND a.kind = 'COOWNER'
    UNION SELECT d.id FROM documents d JOIN vb ON vb.id = d.binder_id AND vb.opens WHERE d.agency_id = $1 AND d.person_id = $2
    UNION SELECT d.id FROM documents d JOIN vb ON vb.id = d.binder_id AND vb.key = 'SYNDIC_DOCUMENTS' AND vb.opens
      WHERE d.agency_id = $1 AND ((d.agency_wide = 'COUNCILS' AND EXISTS (SELECT 1 FROM cm))
        OR (d.agency_wide = 'ALL_COOWNERS' AND (EXISTS (SELECT 1 FROM cm) OR EXISTS (SELECT 1 FROM co))))
    UNION SELECT d.id FROM (SELECT building_id, NULL::uuid AS lot_id FROM md UNION SELECT NULL, lot_id FROM md) t
      JOIN documents d ON d.agency_id = $1 AND (d.building_id = t.building_id OR d.lot_id = t.lot_id)
      JOIN vb ON vb.id = d.binder_id AND vb.module = 'GERANCE' AND vb.owner_access
    UNION SELECT d.id FROM (SELECT building_id, NULL::uuid AS lot_id FROM le UNION SELECT NULL, lot_id FROM le) t
      JOIN documents d ON d.agency_id = $1 AND (d.building_id = t.building_id OR d.lot_id = t.lot_id)
      JOIN vb ON vb.id = d.binder_id AND vb.module = 'GERANCE' AND vb.tenant_access
    UNION SELECT d.id FROM accounts a JOIN documents d ON d.agency_id = $1 AND d.account_id = a.id
      JOIN vb ON vb.id = d.binder_id AND vb.module = 'GERANCE'
      WHERE a.agency_id = $1 AND a.person_id = $2
        AND ((a.kind = 'OWNER' AND vb.owner_access AND EXISTS (SELECT 1 FROM md)) OR (a.kind = 'TENANT' AND vb.tenant_access AND EXISTS (SELECT 1 FROM le)))
    UNION SELECT d.id FROM le JOIN documents d ON d.agency_id = $1 AND d.lease_id = le.id
      JOIN vb ON vb.id = d.binder_id AND vb.module = 'GERANCE' AND vb.tenant_access
  ),
  shown AS (SELECT d.* FROM ids JOIN documents d ON d.agency_id = $1 AND d.id = ids.id
            WHERE d.is_published AND d.published_on <= current_date AND (d.expires_on IS NULL OR d.expires_on > current_date))`;

/** The first page of `viewer.documents(first: 20)`: newest first, one row more for hasNextPage. */
const PAGE_SQL = `${VISIBLE}
  SELECT s.id, s.title, s.file_name, s.byte_size, s.published_on::text AS published_on, vb.name AS binder
  FROM shown s JOIN vb ON vb.id = s.binder_id ORDER BY s.published_on DESC, s.id DESC LIMIT 21`;

/** `viewer.binders(space:)`: the binders that open to the person and hold documents for them ($3 the module), with counts. */
const BINDERS_SQL = `${VISIBLE}
  SELECT vb.name, count(*)::int AS count FROM shown s JOIN vb ON vb.id = s.binder_id
  WHERE vb.opens AND vb.module = $3::binder_module GROUP BY vb.id, vb.name ORDER BY lower(immutable_unaccent(vb.name)), vb.id`;

/** A download: the document if the person may see it ($3), then its file. */
const DOWNLOAD_SQL = `${VISIBLE}
  SELECT storage_key, file_name, content_type FROM shown WHERE id = $3`;

/** What the API answers, reduced to what both sides must agree on. */
export interface PageAnswer {
  titles: string[];
  hasNextPage: boolean;
}
export type BindersAnswer = [string, number][];

export interface DocumentFloorOps {
  page(agencyId: string, personId: string): Promise<PageAnswer>;
  binders(agencyId: string, personId: string, module: 'SYNDIC' | 'GERANCE'): Promise<BindersAnswer>;
  download(agencyId: string, personId: string, documentId: string): Promise<Buffer>;
  /** `rows` documents in one transaction: their files, then one INSERT … SELECT of the batch. */
  publish(agencyId: string, rows: PublishRow[]): Promise<void>;
}

export interface PublishRow {
  binder_id: string;
  title: string;
  file_name: string;
  bytes: Buffer;
  building_id: string | null;
  account_id: string | null;
}

const PUBLISH_SQL = `
  INSERT INTO documents (agency_id, binder_id, title, file_name, content_type, byte_size, sha256, storage_key, building_id, account_id, published_on, is_published)
  SELECT $1, r.binder_id, r.title, r.file_name, 'application/pdf', r.byte_size, r.sha256, r.storage_key, r.building_id, r.account_id, current_date, true
  FROM json_to_recordset($2::text::json) AS r(binder_id uuid, title text, file_name text, byte_size int, sha256 text, storage_key text, building_id uuid, account_id uuid)`;

export function documentFloorOps(client: SqlClient, filesDir: string): DocumentFloorOps {
  const files = localFileStore(filesDir);
  return {
    async page(agencyId, personId) {
      const rows = await client.query<{ title: string }>(PAGE_SQL, [agencyId, personId]);
      return { titles: rows.slice(0, 20).map((r) => r.title), hasNextPage: rows.length > 20 };
    },
    async binders(agencyId, personId, module) {
      const rows = await client.query<{ name: string; count: number }>(BINDERS_SQL, [agencyId, personId, module]);
      return rows.map((r) => [r.name, Number(r.count)]);
    },
    async download(agencyId, personId, documentId) {
      const [row] = await client.query<{ storage_key: string }>(DOWNLOAD_SQL, [agencyId, personId, documentId]);
      if (!row) throw new Error(`document ${documentId} not visible`);
      const bytes = await files.get(row.storage_key);
      if (!bytes) throw new Error(`no file ${row.storage_key}`);
      return bytes;
    },
    async publish(agencyId, rows) {
      const staged = rows.map((row) => {
        const sha256 = createHash('sha256').update(row.bytes).digest('hex');
        return { ...row, sha256, storage_key: `documents/${agencyId}/floor/${sha256}.pdf`, byte_size: row.bytes.length };
      });
      await client.transaction(async (tx) => {
        await Promise.all(staged.map((row) => files.put(row.storage_key, row.bytes)));
        await tx.query(PUBLISH_SQL, [agencyId, JSON.stringify(staged.map(({ bytes: _bytes, ...row }) => row))]);
      });
    },
  };
}
