import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendersInFlight } from '../files/document-renderer';
import { TEXT_LIMITS } from '../graphql/batch';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type EntryData } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type TestApi } from '../test/harness';
import { MAX_PDF_LINES } from './account-download.routes';

/**
 * Issue 13: a million-character ledger label froze the server for 14 minutes (the PDF layout is
 * quadratic in a label's length and ran on the event loop). Labels are bounded at import, and the
 * PDF renders in a worker thread: the server keeps answering while the largest one renders.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const IMPORT_ENTRIES = graphql(`
  mutation RenderingImport($e: [LedgerEntryInput!]!) {
    importLedgerEntries(entries: $e) {
      created
    }
  }
`);

const longestLabel = (n: number) => `Appel de fonds ${n} `.padEnd(TEXT_LIMITS.label, 'é');

describe('free-text limits at import', () => {
  it('refuses a million-character ledger label with TEXT_TOO_LONG and loads nothing', async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const { account } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, await buildBuilding(db, agency)) });
    const manager = await api.as(agency.manager.signIn);
    const row = { externalId: 'BO-1', entityCode: account.entity.code, accountNumber: account.number, date: '2025-03-01', debit: '10.00' };
    const huge = await manager.gql(IMPORT_ENTRIES, { e: [{ ...row, label: 'A'.repeat(1_000_000) }] });
    expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries[0].label', reason: 'TEXT_TOO_LONG' });
    const justOver = await manager.gql(IMPORT_ENTRIES, { e: [{ ...row, label: 'A'.repeat(TEXT_LIMITS.label + 1) }] });
    expect(justOver.errors?.[0].extensions?.reason).toBe('TEXT_TOO_LONG');
    expect((await manager.gql(IMPORT_ENTRIES, { e: [{ ...row, label: longestLabel(1) }] })).data?.importLedgerEntries.created).toBe(1);
  });
});

describe('rendering the largest statement PDF', () => {
  it(`keeps /healthz answering while ${MAX_PDF_LINES} lines of ${TEXT_LIMITS.label}-character labels render`, async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const entries: EntryData[] = Array.from({ length: MAX_PDF_LINES }, (_, n) => ({
      date: `2025-${String((n % 12) + 1).padStart(2, '0')}-10`,
      label: longestLabel(n),
      ...(n % 3 === 0 ? { credit: '250.00' } : { debit: '100.10' }),
    }));
    const { person, account } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, await buildBuilding(db, agency)), account: { entries } });
    const coOwner = await api.as(person.signIn);
    const url = `${api.url}/exports/accounts/${toGlobalId('Account', account.id)}/statement.pdf?from=2025-01-01&to=2025-12-31`;

    const download = fetch(url, { headers: { cookie: coOwner.sessionCookie } }).then(async (response) => ({
      status: response.status,
      bytes: Buffer.from(await response.arrayBuffer()),
    }));
    // The statement is read from the database first; then the PDF goes to the worker.
    while (rendersInFlight() === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    // /healthz answered while the render was still running: the event loop was free.
    expect(rendersInFlight()).toBe(1);

    const pdf = await download;
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(rendersInFlight()).toBe(0);
  }, 120_000);

  it(`refuses a PDF of more than ${MAX_PDF_LINES} lines with INVALID_RANGE (the CSV of the same range still downloads)`, async () => {
    const { db } = api.database;
    const agency = await buildAgency(db);
    const entries: EntryData[] = Array.from({ length: MAX_PDF_LINES + 1 }, (_, n) => ({ date: '2025-06-10', label: `Ligne ${n}`, debit: '1.00' }));
    const { person, account } = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, await buildBuilding(db, agency)), account: { entries } });
    const coOwner = await api.as(person.signIn);
    const base = `${api.url}/exports/accounts/${toGlobalId('Account', account.id)}/statement`;
    const pdf = await fetch(`${base}.pdf?from=2025-01-01&to=2025-12-31`, { headers: { cookie: coOwner.sessionCookie } });
    expect(pdf.status).toBe(400);
    expect(((await pdf.json()) as { error: { reason: string } }).error.reason).toBe('INVALID_RANGE');
    expect((await fetch(`${base}.csv?from=2025-01-01&to=2025-12-31`, { headers: { cookie: coOwner.sessionCookie } })).status).toBe(200);
  }, 60_000);
});
