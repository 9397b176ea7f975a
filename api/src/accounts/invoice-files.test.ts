import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { localFileStore } from '../files/file-store';
import { contentKey, withFiles } from '../files/transactional-files';
import { SAFE_CODE } from '../graphql/batch';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, type BuiltAgency, type BuiltBuilding } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';

/**
 * Issue 13, files: invoices named from a lossy slug of the back-office id overwrote each other
 * (`X.1`, `X_1`, `x.1`), a failed batch still wrote its files, `%PDF-` followed by HTML passed as
 * a PDF, and codes that reach file names and headers were not checked.
 */
let api: TestApi;
let agency: BuiltAgency;
let building: BuiltBuilding;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  building = await buildBuilding(db, agency);
  await db.insert(t.fiscalYears).values({ agencyId: agency.id, entityId: building.syndicate.id, code: '2026', startDate: '2026-01-01', endDate: '2026-12-31', isOpen: true });
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const UPSERT = graphql(`
  mutation InvoiceFilesUpsert($e: [ExpenseInput!]!) {
    upsertExpenses(expenses: $e) {
      created
      unchanged
    }
  }
`);
const ACCOUNTS = graphql(`
  mutation InvoiceFilesAccounts($a: [AccountInput!]!) {
    upsertAccounts(accounts: $a) {
      created
    }
  }
`);

const pdfOf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\nstartxref\n0\n%%EOF\n`);
const expense = (externalId: string, invoice: Buffer | null, label = `Facture ${externalId}`) => ({
  externalId,
  buildingCode: building.code,
  fiscalYearCode: '2026',
  allocationKeyCode: '010',
  accountNumber: '61400000',
  accountLabel: 'Contrat ascenseur',
  date: '2026-11-02',
  label,
  amount: '180.00',
  invoicePdfBase64: invoice?.toString('base64') ?? null,
});

async function rowsOf(externalIds: string[]) {
  return api.database.db
    .select()
    .from(t.expenses)
    .where(and(eq(t.expenses.agencyId, agency.id), inArray(t.expenses.externalId, externalIds)));
}

const download = (expenseId: string) => fetch(`${api.url}/files/expenses/${toGlobalId('Expense', expenseId)}/invoice.pdf`, { headers: { cookie: manager.sessionCookie } });

describe('invoice files', () => {
  it('keeps three files for the colliding ids X.1, X_1 and x.1, each expense downloading its own invoice', async () => {
    const ids = ['X.1', 'X_1', 'x.1'];
    const batch = ids.map((id) => expense(id, pdfOf(`facture ${id}`)));
    expect((await manager.gql(UPSERT, { e: batch })).data?.upsertExpenses.created).toBe(3);
    const rows = await rowsOf(ids);
    expect(new Set(rows.map((row) => row.invoiceFile)).size).toBe(3);
    for (const row of rows) {
      const response = await download(row.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(pdfOf(`facture ${row.externalId}`));
    }
    // Content-addressed: the same batch again names the same files, so nothing changes.
    expect((await manager.gql(UPSERT, { e: batch })).data?.upsertExpenses.unchanged).toBe(3);
  });

  it("leaves no file behind when the batch's transaction fails, and keeps one that a committed row references", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-tx-files-'));
    const store = localFileStore(root);
    const { db } = api.database;
    const kept = contentKey(`invoices/${agency.id}`, pdfOf('déjà là'), 'pdf');
    await store.put(kept.key, kept.bytes);
    const fresh = contentKey(`invoices/${agency.id}`, pdfOf('nouvelle'), 'pdf');
    const referenced = async () => [] as string[];
    const failing = withFiles(db, store, [kept, fresh], referenced, async (tx) => {
      await tx
        .insert(t.fiscalYears)
        .values({ agencyId: agency.id, entityId: building.syndicate.id, code: 'ROLLED-BACK', startDate: '2027-01-01', endDate: '2027-12-31', isOpen: true });
      // The file is in place while the rows that name it are being written…
      expect(await store.has(fresh.key)).toBe(true);
      throw new Error('the batch fails after its files were written');
    });
    await expect(failing).rejects.toThrow('the batch fails');
    // …and gone with the rollback; the file that was there before stays.
    expect(await store.has(fresh.key)).toBe(false);
    expect(await store.has(kept.key)).toBe(true);
    expect(await db.$count(t.fiscalYears, and(eq(t.fiscalYears.agencyId, agency.id), eq(t.fiscalYears.code, 'ROLLED-BACK')))).toBe(0);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('writes nothing from a batch refused for one bad row', async () => {
    const result = await manager.gql(UPSERT, { e: [expense('REFUSED-1', pdfOf('refusée')), { ...expense('REFUSED-2', null), fiscalYearCode: '1999' }] });
    expect(result.errors?.[0].extensions?.reason).toBe('UNKNOWN_REFERENCE');
    expect(await rowsOf(['REFUSED-1', 'REFUSED-2'])).toEqual([]);
  });
});

describe('content checks', () => {
  it('refuses a file that starts with %PDF- and goes on as HTML, and a file that is no PDF at all', async () => {
    const htmlInPdf = Buffer.from('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n');
    const refused = await manager.gql(UPSERT, { e: [expense('HTML-1', htmlInPdf)] });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expenses[0].invoicePdfBase64', reason: 'INVALID_FILE_TYPE' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await manager.gql(UPSERT, { e: [expense('PNG-1', png)] })).errors?.[0].extensions?.reason).toBe('INVALID_FILE_TYPE');
    expect(await rowsOf(['HTML-1', 'PNG-1'])).toEqual([]);
  });

  it('serves an invoice with nosniff and a Content-Disposition whose filename* keeps "É" and quotes', async () => {
    const label = 'Élagage "parc" – Réf/12';
    expect((await manager.gql(UPSERT, { e: [expense('QUOTE-1', pdfOf('élagage'), label)] })).errors).toBeUndefined();
    const [row] = await rowsOf(['QUOTE-1']);
    const response = await download(row.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toBe(
      `attachment; filename="Facture-2026-11-02-Elagage-\\"parc\\"-Ref-12.pdf"; filename*=UTF-8''Facture-2026-11-02-%C3%89lagage-%22parc%22-%E2%80%93-R%C3%A9f-12.pdf`,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('Facture-2026-11-02-Élagage-"parc"-–-Réf-12.pdf');
  });
});

describe('codes that reach file names and headers', () => {
  it('refuses an account number with a quote, a line break or a space with INVALID_CODE at import', async () => {
    for (const number of ['450"X', '450\r\nSet-Cookie: x=1', '450 DUPONT', '../450', 'É450']) {
      const result = await manager.gql(ACCOUNTS, { a: [{ entityCode: building.syndicate.code, number, label: 'Compte', kind: 'COOWNER' }] });
      expect(result.errors?.[0].extensions, number).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accounts[0].number', reason: 'INVALID_CODE' });
    }
    const tooLong = await manager.gql(ACCOUNTS, { a: [{ entityCode: building.syndicate.code, number: '4'.repeat(65), label: 'Compte', kind: 'COOWNER' }] });
    expect(tooLong.errors?.[0].extensions?.reason).toBe('TEXT_TOO_LONG');
    expect((await manager.gql(ACCOUNTS, { a: [{ entityCode: building.syndicate.code, number: '450T-1.A_b', label: 'Compte', kind: 'COOWNER' }] })).errors).toBeUndefined();
  });

  it('accepts every code of the demo data (lot codes such as GILBERT/069 included)', async () => {
    const { db } = api.database;
    const codes = [
      ...(await db.select({ code: t.accounts.number }).from(t.accounts)),
      ...(await db.select({ code: t.lots.code }).from(t.lots)),
      ...(await db.select({ code: t.buildings.code }).from(t.buildings)),
      ...(await db.select({ code: t.fiscalYears.code }).from(t.fiscalYears)),
      ...(await db.select({ code: t.expenses.externalId }).from(t.expenses)),
    ].map((row) => row.code);
    expect(codes).toContain('GILBERT/069');
    expect(codes.filter((code) => !SAFE_CODE.test(code))).toEqual([]);
  });
});
