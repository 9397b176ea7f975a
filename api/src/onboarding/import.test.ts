import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, type BuiltAgency, type BuiltLot } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let lots: BuiltLot[];
/** A lot of another agency: its code must look unknown to the first agency's manager. */
let foreignLot: BuiltLot;
let manager: Client;
let otherManager: Client;
let coOwner: Client;
beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  const building = await buildBuilding(db, agency);
  lots = [await buildLot(db, agency, building), await buildLot(db, agency, building)];
  const other = await buildAgency(db);
  foreignLot = await buildLot(db, other, await buildBuilding(db, other));
  coOwner = await api.as((await buildCoOwner(db, agency, { lot: lots[0] })).person.signIn);
  manager = await api.as(agency.manager.signIn);
  otherManager = await api.as(other.manager.signIn);
});
afterAll(() => api.close());

const KINDS = graphql(`
  query ImportTestKinds {
    importKinds {
      kind
      template
      columns {
        header
        format
        isRequired
      }
    }
  }
`);
const PREVIEW = graphql(`
  query ImportTestPreview($kind: ImportKind!, $csv: String!) {
    previewImport(kind: $kind, csv: $csv) {
      lineCount
      isCommittable
      result {
        received
        created
        updated
        unchanged
      }
      errors {
        line
        column
        reason
      }
    }
  }
`);
const COMMIT = graphql(`
  mutation ImportTestCommit($kind: ImportKind!, $csv: String!) {
    commitImport(kind: $kind, csv: $csv) {
      received
      created
      updated
      unchanged
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation ImportTestToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);

const HEADER = '\ufeffLot;Compte;Libellé;Montant\r\n';
const good = () => `${HEADER}${lots[0].code};105999;Fonds de travaux;"1 000,50"\r\n${lots[1].code};102001;Provisions pour travaux;66,01\r\n`;
/** Two lines with cell errors (3, 4), then three that only the service refuses (5, 6, 7). */
const bad = () =>
  `${HEADER}${lots[0].code};105999;Fonds de travaux;12,50\r\n${lots[1].code};105999;Fonds de travaux;12,5,0\r\n${lots[1].code};102001;;3\r\n` +
  `NOPE/001;105999;Fonds de travaux;1\r\n${lots[0].code};105 999;Fonds de travaux;1\r\n${lots[0].code};105999;Fonds de travaux (bis);2\r\n`;

/** The works-fund lines of the test agency's lots, as stored. */
async function stored() {
  return api.database.db
    .select({ accountNumber: t.worksFundLines.accountNumber, amount: t.worksFundLines.amount })
    .from(t.worksFundLines)
    .where(
      and(
        eq(t.worksFundLines.agencyId, agency.id),
        inArray(
          t.worksFundLines.lotId,
          lots.map((lot) => lot.id),
        ),
      ),
    )
    .orderBy(t.worksFundLines.accountNumber);
}

describe('CSV import of works funds', () => {
  it('offers the kinds with a service, each with a semicolon template', async () => {
    const kinds = (await manager.gql(KINDS)).data?.importKinds;
    expect(kinds?.map((kind) => kind.kind)).toContain('WORKS_FUND_LINES');
    const works = kinds?.find((kind) => kind.kind === 'WORKS_FUND_LINES');
    expect(works?.template).toBe('\ufeffLot;Compte;Libellé;Montant\r\nGILBERT/069;105999;Fonds de travaux;19,64\r\nGILBERT/142;102001;Provisions pour travaux;12,50\r\n');
    expect(works?.columns[3]).toEqual({ header: 'Montant', format: 'DECIMAL', isRequired: true });
  });

  it('previews a file with errors: every bad line with its column, the service refusals too, and nothing written', async () => {
    const preview = (await manager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv: bad() })).data?.previewImport;
    expect(preview).toEqual({
      lineCount: 6,
      isCommittable: false,
      result: null,
      errors: [
        { line: 3, column: 'Montant', reason: 'INVALID_DECIMAL' },
        { line: 4, column: 'Libellé', reason: 'VALUE_REQUIRED' },
        // Found by the service in the dry run, on the rows without cell errors: every one of them.
        { line: 5, column: 'Lot', reason: 'UNKNOWN_REFERENCE' },
        { line: 6, column: 'Compte', reason: 'INVALID_CODE' },
        { line: 7, column: 'Compte', reason: 'DUPLICATE_IN_BATCH' },
      ],
    });
    expect(await stored()).toEqual([]);
  });

  it('previews a good file with the counts it would give, in a transaction rolled back', async () => {
    const preview = (await manager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv: good() })).data?.previewImport;
    expect(preview).toEqual({ lineCount: 2, isCommittable: true, result: { received: 2, created: 2, updated: 0, unchanged: 0 }, errors: [] });
    expect(await stored()).toEqual([]);
  });

  it('refuses to commit a file with errors, writing nothing, and lists its errors by line', async () => {
    const result = await manager.gql(COMMIT, { kind: 'WORKS_FUND_LINES', csv: bad() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', reason: 'INVALID_DECIMAL' });
    expect((result.errors?.[0]?.extensions?.errors as { line: number }[]).map((e) => e.line)).toEqual([3, 4]);
    expect(await stored()).toEqual([]);
  });

  it('commits a good file with a BOM and French decimals in one go, then finds it unchanged', async () => {
    expect((await manager.gql(COMMIT, { kind: 'WORKS_FUND_LINES', csv: good() })).data?.commitImport).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect(await stored()).toEqual([
      { accountNumber: '102001', amount: '66.01' },
      { accountNumber: '105999', amount: '1000.50' },
    ]);
    expect((await manager.gql(COMMIT, { kind: 'WORKS_FUND_LINES', csv: good() })).data?.commitImport).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
    const preview = (await manager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv: good() })).data?.previewImport;
    expect(preview?.result).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
  });

  it("treats another agency's lot code as unknown, without saying it exists", async () => {
    const csv = `${HEADER}${foreignLot.code};105999;Fonds de travaux;1\r\n`;
    const preview = (await manager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv })).data?.previewImport;
    expect(preview?.errors).toEqual([{ line: 2, column: 'Lot', reason: 'UNKNOWN_REFERENCE' }]);
    // And the other agency's manager cannot reach this agency's lots either.
    const theirs = (await otherManager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv: good() })).data?.previewImport;
    expect(theirs?.errors).toEqual([
      { line: 2, column: 'Lot', reason: 'UNKNOWN_REFERENCE' },
      { line: 3, column: 'Lot', reason: 'UNKNOWN_REFERENCE' },
    ]);
    expect(errorCode(await otherManager.gql(COMMIT, { kind: 'WORKS_FUND_LINES', csv: `${HEADER}${lots[0].code};105777;Autre;5\r\n` }))).toBe('BAD_USER_INPUT');
    expect((await stored()).map((line) => line.accountNumber)).toEqual(['102001', '105999']);
  });

  it('refuses a file over 5 000 lines, an empty file and unknown headers', async () => {
    const big = `${HEADER}${Array.from({ length: 5001 }, (_, i) => `${lots[0].code};${i};L;1`).join('\n')}`;
    expect((await manager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv: big })).data?.previewImport.errors).toEqual([{ line: null, column: null, reason: 'CSV_TOO_MANY_ROWS' }]);
    expect((await manager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv: HEADER })).data?.previewImport.errors).toEqual([{ line: null, column: null, reason: 'CSV_EMPTY' }]);
    const wrong = (await manager.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv: 'Lot;Compte;Intitulé\nX;1;L\n' })).data?.previewImport.errors;
    expect(wrong).toEqual([
      { line: 1, column: 'Intitulé', reason: 'CSV_UNKNOWN_COLUMN' },
      { line: 1, column: 'Libellé', reason: 'CSV_MISSING_COLUMN' },
      { line: 1, column: 'Montant', reason: 'CSV_MISSING_COLUMN' },
    ]);
  });

  it('refuses clients, integrators (even with the write scope) and anonymous callers, writing nothing', async () => {
    const token = (await manager.gql(CREATE_TOKEN, { name: 'back-office', scopes: ['LEDGER_WRITE', 'PORTFOLIO_WRITE'] })).data?.createApiToken.token;
    const integrator = api.client({ authorization: `Bearer ${token}` });
    const csv = `${HEADER}${lots[0].code};105888;Intrus;9\r\n`;
    for (const caller of [coOwner, integrator]) {
      expect(errorCode(await caller.gql(KINDS))).toBe('FORBIDDEN');
      expect(errorCode(await caller.gql(PREVIEW, { kind: 'WORKS_FUND_LINES', csv }))).toBe('FORBIDDEN');
      expect(errorCode(await caller.gql(COMMIT, { kind: 'WORKS_FUND_LINES', csv }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.client().gql(COMMIT, { kind: 'WORKS_FUND_LINES', csv }))).toBe('UNAUTHENTICATED');
    expect((await stored()).map((line) => line.accountNumber)).toEqual(['102001', '105999']);
  });
});
