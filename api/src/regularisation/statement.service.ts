import { and, eq, inArray, sql } from 'drizzle-orm';
import { can } from '../auth/policy';
import { rowsOf } from '../db/client';
import { accounts, agencies, binders, buildings, chargeRegularisations, lots, persons, tenantRegularisations } from '../db/schema';
import { MAX_DOCUMENTS_PER_BATCH, publishDocuments } from '../documents/publish-document.service';
import { RENDER_LIMITS, renderPdf } from '../files/document-renderer';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { formatFrenchDate } from './french-format';
import { computeRecord, type RecordRow, type RegularisationRow } from './record-figures';
import { today } from './create-regularisation.service';
import type { StatementDocument } from './statement-pdf';

/** The gérance binder the statements are filed in (manual: "créer un événement avec le décompte en pièce jointe"). */
export const STATEMENT_BINDER = 'Relevés de gérance';
/** Rendered in a worker thread (files/document-renderer.ts). */
const STATEMENT_PDF = new URL('./statement-pdf.ts', import.meta.url);

const period = (regularisation: RegularisationRow) => `du ${formatFrenchDate(regularisation.periodStart)} au ${formatFrenchDate(regularisation.periodEnd)}`;
export const statementTitle = (lotCode: string, regularisation: RegularisationRow) => `Décompte de charges locatives ${lotCode} ${period(regularisation)}`;

interface Printed {
  record_id: string;
  agency_name: string;
  account_number: string | null;
  lot_code: string;
  building_name: string;
  building_postal_code: string;
  building_city: string;
  civility: string;
  display_name: string;
  line1: string;
  line2: string;
  postal_code: string;
  city: string;
}

/** The printed details of records (agency, account, lot and building, the tenant's address): one statement for any number of records. */
async function printedDetails(ctx: Ctx, agencyId: string, recordIds: string[]): Promise<Map<string, Printed>> {
  const rows = rowsOf<Printed>(
    await ctx.db.execute(sql`
      SELECT r.id AS record_id, ag.name AS agency_name, a.number AS account_number, lo.code AS lot_code,
        b.name AS building_name, b.postal_code AS building_postal_code, b.city AS building_city,
        p.civility, p.display_name, p.address_line1 AS line1, p.address_line2 AS line2, p.postal_code, p.city
      FROM ${tenantRegularisations} r
      JOIN ${chargeRegularisations} c ON c.agency_id = r.agency_id AND c.id = r.regularisation_id
      JOIN ${lots} lo ON lo.agency_id = c.agency_id AND lo.id = c.lot_id
      JOIN ${buildings} b ON b.agency_id = lo.agency_id AND b.id = lo.building_id
      JOIN ${persons} p ON p.agency_id = r.agency_id AND p.id = r.tenant_person_id
      JOIN ${agencies} ag ON ag.id = r.agency_id
      LEFT JOIN ${accounts} a ON a.agency_id = r.agency_id AND a.id = r.account_id
      WHERE r.agency_id = ${agencyId} AND r.id = any(${sql.param(recordIds)}::uuid[])`),
  );
  return new Map(rows.map((row) => [row.record_id, row]));
}

/** The statement of one record: only lines with an amount; the instalments and new provisions for a present tenant only. */
function statementDocument(regularisation: RegularisationRow, record: RecordRow, printed: Printed, issuedOn: string): StatementDocument {
  const result = computeRecord(regularisation, record);
  const money = (value: { toFixed(n: number): string }) => value.toFixed(2);
  return {
    agencyName: printed.agency_name,
    issuedOn,
    accountNumber: printed.account_number ?? '',
    lotCode: printed.lot_code,
    buildingAddress: [printed.building_name, printed.building_postal_code, printed.building_city].filter(Boolean).join(' - '),
    periodStart: regularisation.periodStart,
    periodEnd: regularisation.periodEnd,
    addressee: [[printed.civility, printed.display_name].filter(Boolean).join(' '), printed.line1, printed.line2, `${printed.postal_code} ${printed.city}`.trim()].filter(Boolean),
    lines: result.lines
      .filter((line) => !line.totalAmount.isZero())
      .map((line) => ({
        label: line.label,
        days: line.days,
        periodDays: line.periodDays,
        share: line.share.toFixed(),
        totalAmount: money(line.totalAmount),
        amountDue: money(line.amountDue),
      })),
    water: result.water
      .filter((line) => !line.amountDue.isZero())
      .map((line) => ({
        label: line.label,
        indexEnd: line.indexEnd.toFixed(),
        indexStart: line.indexStart.toFixed(),
        unitPrice: line.unitPrice.toFixed(),
        amountDue: money(line.amountDue),
      })),
    total: money(result.total),
    provisions: money(result.provisions),
    retained: money(result.retained),
    regularisation: money(result.regularisation),
    instalments: record.isDeparted ? null : result.instalments,
    newMonthlyProvision: result.newMonthlyProvision && money(result.newMonthlyProvision),
  };
}

export interface RenderedStatement {
  bytes: Buffer;
  title: string;
  fileName: string;
}

/** Renders the statements of records of one agency (the preview, and the files published at billing). */
export async function renderStatements(ctx: Ctx, records: RecordRow[]): Promise<Map<string, RenderedStatement>> {
  const rendered = new Map<string, RenderedStatement>();
  if (records.length === 0) return rendered;
  const agencyId = records[0].agencyId;
  const details = await printedDetails(
    ctx,
    agencyId,
    records.map((record) => record.id),
  );
  const regularisations = await ctx.loaders.chargeRegularisationById.loadMany([...new Set(records.map((record) => record.regularisationId))]);
  const byId = new Map(regularisations.filter((r): r is RegularisationRow => Boolean(r) && !(r instanceof Error)).map((r) => [r.id, r]));
  const slug = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const render = async (record: RecordRow) => {
    const regularisation = byId.get(record.regularisationId);
    const printed = details.get(record.id);
    if (!regularisation || !printed) return;
    const bytes = await renderPdf(STATEMENT_PDF, 'statementPdf', statementDocument(regularisation, record, printed, record.billedOn ?? today()));
    rendered.set(record.id, {
      bytes,
      title: statementTitle(printed.lot_code, regularisation),
      fileName: `decompte-charges-${slug(printed.lot_code)}-${regularisation.periodStart}-${regularisation.periodEnd}-${slug(printed.account_number ?? 'locataire')}.pdf`,
    });
  };
  // Every render thread busy, one more queued each, within the pool's bounded queue (4 000 statements
  // one after the other left the second thread idle and waited on each hand-over).
  const queue = [...records];
  await Promise.all(
    Array.from({ length: Math.min(queue.length, RENDER_LIMITS.threads * 2) }, async () => {
      for (let record = queue.shift(); record; record = queue.shift()) await render(record);
    }),
  );
  return rendered;
}

/**
 * Publishes the statement of each billed record that has none yet (not the skipped ones: nothing
 * was billed, nothing is printed), through the documents module's publication (binder, target,
 * content checks), targeting the tenant's lease in "Relevés de gérance"; only when the caller may
 * publish documents. A failure leaves the record billed without its statement: the next billing
 * call of the same records publishes it.
 */
export async function publishStatements(ctx: Ctx, records: RecordRow[]): Promise<RecordRow[]> {
  const wanted = records.filter((record) => record.status === 'BILLED' && record.statementDocumentId === null);
  if (wanted.length === 0 || !can(ctx.actor, 'document.publish')) return records;
  const regularisations = await ctx.loaders.chargeRegularisationById.loadMany(wanted.map((record) => record.regularisationId));
  const toPublish = wanted.filter((record, i) => {
    const regularisation = regularisations[i];
    return regularisation && !(regularisation instanceof Error) && !computeRecord(regularisation, record).isSkipped;
  });
  if (toPublish.length === 0) return records;
  const agencyId = toPublish[0].agencyId;
  const [binder] = await ctx.db
    .select({ id: binders.id })
    .from(binders)
    .where(and(eq(binders.agencyId, agencyId), eq(binders.module, 'GERANCE'), eq(binders.name, STATEMENT_BINDER)));
  if (!binder) return records;
  const rendered = await renderStatements(ctx, toPublish);
  const published = new Map<string, string>();
  const ready = toPublish.filter((record) => rendered.has(record.id));
  // The documents module's batch: its statements do not grow with the number of documents.
  for (let start = 0; start < ready.length; start += MAX_DOCUMENTS_PER_BATCH) {
    const batch = ready.slice(start, start + MAX_DOCUMENTS_PER_BATCH);
    const documents = await publishDocuments(
      ctx,
      batch.map((record) => {
        const statement = rendered.get(record.id)!;
        return {
          binderId: toGlobalId('Binder', binder.id),
          title: statement.title,
          fileName: statement.fileName,
          contentType: 'application/pdf',
          contentBase64: statement.bytes.toString('base64'),
          target: { leaseId: toGlobalId('Lease', record.leaseId) },
          useFileNameAsTitle: false,
        };
      }),
    );
    batch.forEach((record, i) => published.set(record.id, documents[i].id));
  }
  if (published.size === 0) return records;
  const links = JSON.stringify([...published].map(([id, documentId]) => ({ id, document_id: documentId })));
  const updated = await ctx.db
    .update(tenantRegularisations)
    .set({ statementDocumentId: sql`(SELECT d.document_id FROM json_to_recordset(${links}::json) AS d(id uuid, document_id uuid) WHERE d.id = ${tenantRegularisations.id})` })
    .where(and(eq(tenantRegularisations.agencyId, agencyId), inArray(tenantRegularisations.id, [...published.keys()])))
    .returning();
  const byId = new Map(updated.map((row) => [row.id, row]));
  for (const row of updated) ctx.loaders.tenantRegularisationById.clear(row.id).prime(row.id, row);
  return records.map((record) => byId.get(record.id) ?? record);
}
