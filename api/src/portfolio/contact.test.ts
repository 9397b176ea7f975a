import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildPerson, buildTenant, type BuiltAgency, type BuiltBuilding, type PersonWithAccess } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type TestApi } from '../test/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CONTACTS = graphql(`
  query ContactCards($space: Space!) {
    viewer {
      contacts(space: $space) {
        kind
        name
        email
        phone
        agencyName
        buildings {
          code
        }
      }
    }
  }
`);
const PERSON_NODE = graphql(`
  query ContactPersonNode($id: ID!) {
    node(id: $id) {
      ... on Person {
        displayName
        emails
        phones
      }
    }
  }
`);

interface World {
  agency: BuiltAgency;
  colleague: { id: string; displayName: string };
  managed: BuiltBuilding;
  unmanaged: BuiltBuilding;
  elsewhere: BuiltBuilding;
  coOwner: PersonWithAccess;
  tenant: PersonWithAccess;
}

/** Agency with a contact; the builder's manager runs one building, a colleague another, a third has nobody in charge. */
async function world(): Promise<World> {
  const db = api.database.db;
  const agency = await buildAgency(db, { name: 'Agence Contact' });
  await db.update(t.agencies).set({ phone: '03 00 00 00 01', email: 'agence@example.org' }).where(eq(t.agencies.id, agency.id));
  await db
    .update(t.persons)
    .set({ emails: ['gestion@example.org'], phones: ['03 00 00 00 02'] })
    .where(eq(t.persons.id, agency.manager.id));
  const colleague = await buildPerson(db, agency.id, { displayName: 'COLLEGUE Marc', emails: ['marc@example.org'], phones: ['03 00 00 00 03'] });
  await db.insert(t.staffMembers).values({ agencyId: agency.id, personId: colleague.id });
  const managed = await buildBuilding(db, agency, { managerPersonId: agency.manager.id });
  const unmanaged = await buildBuilding(db, agency);
  const elsewhere = await buildBuilding(db, agency, { managerPersonId: colleague.id });
  const lotA = await buildLot(db, agency, managed);
  const lotB = await buildLot(db, agency, unmanaged);
  const { person: coOwner } = await buildCoOwner(db, agency, { lot: lotA });
  await buildCoOwner(db, agency, { lot: lotB, person: coOwner });
  const { person: tenant } = await buildTenant(db, agency, { lot: await buildLot(db, agency, elsewhere) });
  return { agency, colleague, managed, unmanaged, elsewhere, coOwner, tenant };
}

describe('contact cards on a client home', () => {
  it("shows the manager in charge of each of the viewer's buildings, and the agency for a building with nobody in charge", async () => {
    const w = await world();
    const client = await api.as(w.coOwner.signIn);
    const result = await client.gql(CONTACTS, { space: 'SYNDIC' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.viewer?.contacts).toEqual([
      {
        kind: 'MANAGER',
        name: w.agency.manager.displayName,
        email: 'gestion@example.org',
        phone: '03 00 00 00 02',
        agencyName: 'Agence Contact',
        buildings: [{ code: w.managed.code }],
      },
      {
        kind: 'AGENCY',
        name: 'Agence Contact',
        email: 'agence@example.org',
        phone: '03 00 00 00 01',
        agencyName: 'Agence Contact',
        buildings: [{ code: w.unmanaged.code }],
      },
    ]);
    // Three statements past the actor: lots, buildings with managers, the agency.
    expect(result.statements).toBeLessThanOrEqual(4);
  });

  it("never shows the manager of a building the viewer has no relation with (the colleague's)", async () => {
    const w = await world();
    const client = await api.as(w.coOwner.signIn);
    const names = (await client.gql(CONTACTS, { space: 'SYNDIC' })).data?.viewer?.contacts.map((c) => c.name);
    expect(names).not.toContain(w.colleague.displayName);
    // In a space where they hold nothing, the agency's card only.
    const gerance = (await client.gql(CONTACTS, { space: 'GERANCE' })).data?.viewer?.contacts;
    expect(gerance?.map((c) => [c.kind, c.buildings.length])).toEqual([['AGENCY', 0]]);
  });

  it("gives a tenant their building's manager", async () => {
    const w = await world();
    const tenant = await api.as(w.tenant.signIn);
    const cards = (await tenant.gql(CONTACTS, { space: 'GERANCE' })).data?.viewer?.contacts;
    expect(cards?.map((c) => [c.kind, c.name, c.email, c.buildings.map((b) => b.code)])).toEqual([['MANAGER', 'COLLEGUE Marc', 'marc@example.org', [w.elsewhere.code]]]);
  });

  it("does not open the manager's person record: person.readContact still answers nothing", async () => {
    const w = await world();
    const client = await api.as(w.coOwner.signIn);
    const result = await client.gql(PERSON_NODE, { id: toGlobalId('Person', w.agency.manager.id) });
    expect(result.data?.node).toBeNull();
  });

  it("shows the demo co-owner GESTIONNAIRE Claire for GILBERT, and another agency's client their own agency", async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const cards = (await mathilde.gql(CONTACTS, { space: 'SYNDIC' })).data?.viewer?.contacts;
    expect(cards?.map((c) => [c.kind, c.name, c.email, c.buildings.map((b) => b.code)])).toEqual([
      ['MANAGER', 'GESTIONNAIRE Claire', 'claire.gestionnaire@example.org', ['GILBERT']],
    ]);
    const w = await world();
    const outsider = await api.as(w.tenant.signIn);
    const theirs = (await outsider.gql(CONTACTS, { space: 'GERANCE' })).data?.viewer?.contacts.map((c) => c.name);
    expect(theirs).not.toContain('GESTIONNAIRE Claire');
  });

  it('answers nothing to anonymous callers and waits for a temporary password to be changed', async () => {
    expect((await api.client().gql(CONTACTS, { space: 'SYNDIC' })).data?.viewer).toBeNull();
    const w = await world();
    const newcomer = await buildPerson(api.database.db, w.agency.id, { access: 'temporary' });
    const client = await api.as(newcomer.signIn);
    expect(errorCode(await client.gql(CONTACTS, { space: 'SYNDIC' }))).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('refuses a manager in charge who is not a staff member of the same agency (composite foreign key)', async () => {
    const w = await world();
    const other = await buildAgency(api.database.db);
    const client = await buildPerson(api.database.db, w.agency.id);
    await expect(buildBuilding(api.database.db, w.agency, { managerPersonId: client.id })).rejects.toThrow();
    await expect(buildBuilding(api.database.db, w.agency, { managerPersonId: other.manager.id })).rejects.toThrow();
  });
});
