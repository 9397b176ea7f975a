import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, type BuiltAgency, type BuiltBuilding } from '../test/builders';
import { binderId, storedFiles, tinyPdf } from '../test/documents';
import { graphql } from '../test/gql';
import type { PublishDocumentInput } from '../test/gql/graphql';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { settleDocumentJobs } from './documents.jobs';

/**
 * publishDocuments (issue 9, benchmark "publishing 1 000 documents in one batch"): one
 * transaction, all or none, a refused item named by its index, statements independent of the
 * batch's size, one announcement for the batch.
 */
let api: TestApi;
let agency: BuiltAgency;
let building: BuiltBuilding;
let manager: Client;
let member: Client;
let account: string;

beforeAll(async () => {
  api = await startTestApi();
  const { db } = api.database;
  agency = await buildAgency(db);
  building = await buildBuilding(db, agency);
  manager = await api.as(agency.manager.signIn);
  const coOwner = await buildCoOwner(db, agency, { lot: await buildLot(db, agency, building), emails: ['batch.member@example.org'] });
  await buildCouncilMember(db, agency, { building, person: coOwner.person });
  member = await api.as(coOwner.person.signIn);
  account = toGlobalId('Account', coOwner.account.id);
});
afterAll(() => api.close());

const PUBLISH_MANY = graphql(`
  mutation BatchPublish($inputs: [PublishDocumentInput!]!) {
    publishDocuments(inputs: $inputs) {
      id
      title
      isPublished
    }
  }
`);

const MINE = graphql(`
  query BatchMine {
    viewer {
      documents(first: 100) {
        nodes {
          title
        }
      }
    }
  }
`);

let made = 0;
async function inputs(count: number, extra: Partial<PublishDocumentInput> = {}): Promise<PublishDocumentInput[]> {
  const binders = await Promise.all(['Conseil syndical', 'Courriers'].map((name) => binderId(manager, 'SYNDIC', name)));
  return Array.from({ length: count }, (_, i) => {
    const title = `Lot ${(made += 1)}`;
    return {
      binderId: binders[i % 2],
      title,
      fileName: `${title}.pdf`,
      contentType: 'application/pdf',
      contentBase64: tinyPdf(title).toString('base64'),
      target: i % 2 ? { accountId: account } : { buildingId: toGlobalId('Building', building.id) },
      ...extra,
    };
  });
}

const documentCount = () => api.database.db.$count(t.documents, eq(t.documents.agencyId, agency.id));

describe('publishDocuments', () => {
  it('publishes a batch in input order, each seen by whom it concerns, in as many statements for 3 as for 60', { timeout: 120_000 }, async () => {
    const statements: number[] = [];
    const titles: string[] = [];
    for (const size of [3, 60]) {
      const batch = await inputs(size);
      const result = await manager.gql(PUBLISH_MANY, { inputs: batch });
      expect(result.errors).toBeUndefined();
      expect(result.data?.publishDocuments.map((d) => d.title)).toEqual(batch.map((input) => input.title));
      titles.push(...batch.map((input) => input.title));
      statements.push(result.statements);
    }
    expect(statements[1]).toBe(statements[0]);
    const seen = (await member.gql(MINE)).data!.viewer!.documents.nodes.map((n) => n.title);
    expect(seen.sort()).toEqual(titles.slice(-63).sort());
  });

  it('stores nothing when one item is refused, and names it: a forged target, a file that is not a PDF, a missing title', async () => {
    const before = await documentCount();
    const files = storedFiles(api.filesDir, 'documents').length;
    const cases: [(batch: PublishDocumentInput[]) => void, string, string][] = [
      [(batch) => (batch[2].target = { accountId: toGlobalId('Account', '00000000-0000-4000-8000-000000000000') }), 'inputs[2].target.accountId', 'UNKNOWN_REFERENCE'],
      [(batch) => (batch[1].contentBase64 = Buffer.from('not a pdf at all').toString('base64')), 'inputs[1].contentBase64', 'INVALID_FILE_TYPE'],
      [(batch) => (batch[3].title = '  '), 'inputs[3].title', 'INVALID_VALUE'],
    ];
    for (const [spoil, field, reason] of cases) {
      const batch = await inputs(4);
      spoil(batch);
      const result = await manager.gql(PUBLISH_MANY, { inputs: batch });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(result.data).toBeNull();
    }
    expect(await documentCount()).toBe(before);
    expect(storedFiles(api.filesDir, 'documents').length).toBe(files);
  });

  it('refuses an empty batch and one over 1 000, and anyone but a manager', async () => {
    expect((await manager.gql(PUBLISH_MANY, { inputs: [] })).errors?.[0].extensions?.reason).toBe('INVALID_VALUE');
    const one = (await inputs(1))[0];
    const tooMany = Array.from({ length: 1_001 }, () => one);
    expect((await manager.gql(PUBLISH_MANY, { inputs: tooMany })).errors?.[0].extensions?.reason).toBe('INVALID_VALUE');
    expect((await member.gql(PUBLISH_MANY, { inputs: [one] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('announces a notified batch in one message per person', async () => {
    const outbox = () => api.database.db.$count(t.outboxEmails, eq(t.outboxEmails.recipient, 'batch.member@example.org'));
    const before = await outbox();
    await manager.gql(PUBLISH_MANY, { inputs: await inputs(5, { notify: true }) });
    await settleDocumentJobs();
    expect(await outbox()).toBe(before + 1);
  });
});
