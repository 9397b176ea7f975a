import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildCouncilMember, buildLot, buildPerson, buildWorksFundLine, type BuiltAgency, type BuiltBuilding } from '../test/builders';
import { download } from '../test/documents';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';
import { pdfText } from '../test/pdf-text';
import { settleDocumentJobs } from './documents.jobs';
import { agencyToday, shiftDay } from '../db/calendar';

/**
 * The council's co-owner list (issue 9 "Co-owner list (council only)", manual "Liste des
 * copropriétaires"): generated on demand, council only, its content, and "annule et remplace"
 * after a sale, a person's new address or a new council seat, one document per building.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const REGENERATE = graphql(`
  mutation ListRegenerate($ids: [ID!]!) {
    regenerateCoOwnerLists(buildingIds: $ids) {
      id
      title
      downloadUrl
      binder {
        name
      }
    }
  }
`);

const MY_DOCUMENTS = graphql(`
  query ListMyDocuments {
    viewer {
      documents(first: 100) {
        nodes {
          id
          title
          downloadUrl
        }
      }
    }
  }
`);

const UPSERT_PERSONS = graphql(`
  mutation ListUpsertPersons($persons: [PersonInput!]!) {
    upsertPersons(persons: $persons) {
      updated
    }
  }
`);

const SEAT = graphql(`
  mutation ListSeat($memberships: [CouncilMembershipInput!]!) {
    upsertCouncilMemberships(memberships: $memberships) {
      created
    }
  }
`);

const SALE = graphql(`
  mutation ListSale($id: ID!, $date: Date!, $buyer: SaleBuyerInput) {
    recordSale(ownershipId: $id, saleDate: $date, buyer: $buyer) {
      endDate
    }
  }
`);

const WORKS_FUND = graphql(`
  mutation ListWorksFund($lines: [WorksFundLineInput!]!) {
    upsertWorksFundLines(lines: $lines) {
      updated
    }
  }
`);

interface World {
  agency: BuiltAgency;
  building: BuiltBuilding;
  manager: Client;
  member: Client;
  plain: Client;
  sellerOwnership: string;
  buyerId: string;
}

let n = 0;
async function world(): Promise<World> {
  const { db } = api.database;
  n += 1;
  const agency = await buildAgency(db, { name: `Syndic Liste ${n}` });
  const building = await buildBuilding(db, agency, { code: `LISTE${n}` });
  const appartement = await buildLot(db, agency, building, { code: `LISTE${n}/248`, type: 'Appartement' });
  const cave = await buildLot(db, agency, building, { code: `LISTE${n}/012`, type: 'Cave' });
  const other = await buildLot(db, agency, building, { code: `LISTE${n}/142`, type: 'Appartement' });
  const sold = await buildLot(db, agency, building, { code: `LISTE${n}/910`, type: 'Parking' });
  const member = await buildCoOwner(db, agency, { lot: appartement, displayName: `CONSEIL${n} Claire`, externalId: `CONSEIL${n}` });
  await buildCoOwner(db, agency, { lot: cave, person: member.person, account: member.account });
  await buildCouncilMember(db, agency, { building, person: member.person, role: 'PRESIDENT' });
  await buildWorksFundLine(db, agency, { lot: appartement, accountNumber: '105000', amount: '23.89' });
  await buildWorksFundLine(db, agency, { lot: cave, accountNumber: '105000', amount: '1000.5' });
  const plain = await buildCoOwner(db, agency, { lot: other, displayName: `SIMPLE${n} Simon`, externalId: `SIMPLE${n}` });
  const seller = await buildCoOwner(db, agency, { lot: sold, displayName: `VENDEUR${n} Victor`, externalId: `VENDEUR${n}` });
  const buyer = await buildPerson(db, agency.id, { displayName: `ACHETEUR${n} Anne`, access: true });
  const manager = await api.as(agency.manager.signIn);
  await manager.gql(UPSERT_PERSONS, {
    persons: [
      { externalId: `CONSEIL${n}`, civility: 'Madame', displayName: `CONSEIL${n} Claire`, postalAddress: { line1: '12, rue des cépages', postalCode: '33120', city: 'SAUTERNES' } },
    ],
  });
  return {
    agency,
    building,
    manager,
    member: await api.as(member.person.signIn),
    plain: await api.as(plain.person.signIn),
    sellerOwnership: toGlobalId('Ownership', seller.ownershipId),
    buyerId: toGlobalId('Person', buyer.id),
  };
}

const titleOf = (w: World) => `Liste des copropriétaires ${w.building.code}`;

async function listText(w: World, client: Client): Promise<string> {
  const docs = (await client.gql(MY_DOCUMENTS)).data!.viewer!.documents.nodes.filter((d) => d.title === titleOf(w));
  expect(docs).toHaveLength(1);
  const file = await download(api, client, docs[0].downloadUrl);
  expect(file.status).toBe(200);
  return pdfText(file.body);
}

async function listsOf(w: World) {
  return api.database.db
    .select({ id: t.documents.id, key: t.documents.storageKey })
    .from(t.documents)
    .where(and(eq(t.documents.agencyId, w.agency.id), eq(t.documents.buildingId, w.building.id)));
}

describe('the co-owner list', () => {
  it('is generated on demand in "Conseil syndical" and seen by the council, not by a plain co-owner', async () => {
    const w = await world();
    const result = await w.manager.gql(REGENERATE, { ids: [toGlobalId('Building', w.building.id)] });
    expect(result.data?.regenerateCoOwnerLists.map((d) => [d.title, d.binder.name])).toEqual([[titleOf(w), 'Conseil syndical']]);
    const plainTitles = (await w.plain.gql(MY_DOCUMENTS)).data!.viewer!.documents.nodes.map((d) => d.title);
    expect(plainTitles).not.toContain(titleOf(w));
    const refused = await download(api, w.plain, result.data!.regenerateCoOwnerLists[0].downloadUrl);
    expect(refused.status).toBe(404);

    const text = await listText(w, w.member);
    expect(text).toContain(`Liste des copropriétaires : ${w.building.code}`);
    for (const column of ['Identité', 'Lots concernés', 'Fonds travaux', 'Membre CS', 'Président CS', 'Résidant']) expect(text).toContain(column);
    expect(text).toContain(`Madame CONSEIL${n} Claire`);
    expect(text).toContain('12, rue des cépages 33120 SAUTERNES');
    expect(text).toContain(`${w.building.code}/248 (Appartement)`);
    expect(text).toContain(`${w.building.code}/012 (Cave)`);
    // The line's works fund: 23,89 + 1 000,50, French format.
    expect(text).toContain('1\u00a0024,39');
    expect(text).toContain(`SIMPLE${n} Simon`);
    expect(text).toContain(`VENDEUR${n} Victor`);
  });

  it('is replaced after a sale, with the buyer and without the seller, still one document', async () => {
    const w = await world();
    await w.manager.gql(REGENERATE, { ids: [toGlobalId('Building', w.building.id)] });
    const [before] = await listsOf(w);
    expect(await listText(w, w.member)).not.toContain(`ACHETEUR${n}`);
    const yesterday = shiftDay(agencyToday(), -1);
    const sale = await w.manager.gql(SALE, { id: w.sellerOwnership, date: yesterday, buyer: { personId: w.buyerId } });
    expect(sale.errors).toBeUndefined();
    await settleDocumentJobs();
    const after = await listsOf(w);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(before.id);
    expect(after[0].key).not.toBe(before.key);
    const text = await listText(w, w.member);
    expect(text).toContain(`ACHETEUR${n} Anne`);
    expect(text).toContain(`${w.building.code}/910 (Parking)`);
    expect(text).not.toContain(`VENDEUR${n}`);
  });

  it("is replaced when a person's address changes through upsertPersons", async () => {
    const w = await world();
    await w.manager.gql(REGENERATE, { ids: [toGlobalId('Building', w.building.id)] });
    await w.manager.gql(UPSERT_PERSONS, {
      persons: [
        { externalId: `CONSEIL${n}`, civility: 'Madame', displayName: `CONSEIL${n} Claire`, postalAddress: { line1: '4, allée Neuve', postalCode: '54000', city: 'NANCY' } },
      ],
    });
    await settleDocumentJobs();
    const text = await listText(w, w.member);
    expect(text).toContain('4, allée Neuve 54000 NANCY');
    expect(text).not.toContain('SAUTERNES');
    expect(await listsOf(w)).toHaveLength(1);
  });

  it('is replaced when upsertCouncilMemberships seats a co-owner, who then sees it', async () => {
    const w = await world();
    await w.manager.gql(REGENERATE, { ids: [toGlobalId('Building', w.building.id)] });
    const [before] = await listsOf(w);
    const seat = await w.manager.gql(SEAT, { memberships: [{ buildingCode: w.building.code, personExternalId: `SIMPLE${n}`, role: 'MEMBER', startDate: '2024-01-01' }] });
    expect(seat.data?.upsertCouncilMemberships.created).toBe(1);
    await settleDocumentJobs();
    const after = await listsOf(w);
    expect(after.map((d) => d.id)).toEqual([before.id]);
    expect(after[0].key).not.toBe(before.key);
    expect(await listText(w, w.plain)).toContain(`SIMPLE${n} Simon`);
  });

  it('is replaced when upsertWorksFundLines changes a works fund, with the new total', async () => {
    const w = await world();
    await w.manager.gql(REGENERATE, { ids: [toGlobalId('Building', w.building.id)] });
    const [before] = await listsOf(w);
    const lines = await w.manager.gql(WORKS_FUND, { lines: [{ lotCode: `${w.building.code}/248`, accountNumber: '105000', label: 'Fonds travaux', amount: '100.00' }] });
    expect(lines.errors).toBeUndefined();
    await settleDocumentJobs();
    const after = await listsOf(w);
    expect(after.map((d) => d.id)).toEqual([before.id]);
    expect(after[0].key).not.toBe(before.key);
    // 100,00 + 1 000,50 now, not 23,89 + 1 000,50.
    const text = await listText(w, w.member);
    expect(text).toContain('1\u00a0100,50');
    expect(text).not.toContain('1\u00a0024,39');
  });

  it('is refused to a co-owner, and for a building of another agency', async () => {
    const w = await world();
    const other = await world();
    const building = toGlobalId('Building', w.building.id);
    expect(errorCode(await w.member.gql(REGENERATE, { ids: [building] }))).toBe('FORBIDDEN');
    const foreign = await other.manager.gql(REGENERATE, { ids: [building] });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE' });
    expect(await listsOf(w)).toHaveLength(0);
  });
});
