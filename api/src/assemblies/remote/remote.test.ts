import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { expectGlobalId, toGlobalId } from '../../graphql/node';
import { ADD_RESOLUTION, buildAssemblyBuilding, buildingGlobalId, CREATE_ASSEMBLY, keyGlobalId, type AssemblyBuilding } from '../../test/assemblies';
import { buildAgency, type BuiltAgency } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  home = await buildAssemblyBuilding(api.database.db, agency, ['300.00000', '300.00000', '400.00000']);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const TOKEN = graphql(`
  mutation RemoteProviderToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
      apiToken {
        id
      }
    }
  }
`);
const HAND = graphql(`
  mutation RemoteHand($input: HandAssemblyToProviderInput!) {
    handAssemblyToProvider(input: $input) {
      handedToProviderAt
    }
  }
`);
const CODES = graphql(`
  query RemoteCodes {
    generalAssemblies(first: 10) {
      nodes {
        id
        participants(first: 10) {
          nodes {
            id
            displayName
            remoteAccessCode
          }
        }
      }
    }
  }
`);
const MARK_REMOTE = graphql(`
  mutation RemoteMarkAll($id: ID!) {
    markAllPresent(assemblyId: $id, mode: REMOTE) {
      id
    }
  }
`);
const VOTES = graphql(`
  mutation RemoteImportVotes($input: RecordVotesInput!) {
    recordVotes(input: $input) {
      result {
        yes {
          count
          shares
        }
        no {
          count
          shares
        }
      }
    }
  }
`);

async function provider(scopes: ('ASSEMBLIES_READ' | 'ASSEMBLIES_WRITE')[], by = manager) {
  const created = await by.gql(TOKEN, { name: `AG Connect ${scopes.join(' ')}`, scopes });
  expect(created.errors).toBeUndefined();
  return { id: created.data!.createApiToken.apiToken.id, client: api.client({ authorization: `Bearer ${created.data!.createApiToken.token}` }) };
}

async function assembly(startsAt: string, resolutions = ['1']) {
  const created = await manager.gql(CREATE_ASSEMBLY, { input: { buildingId: buildingGlobalId(home.building), title: 'AG à distance', kind: 'ORDINARY', startsAt } });
  expect(created.errors).toBeUndefined();
  const id = created.data!.createGeneralAssembly.id;
  const ids: string[] = [];
  for (const number of resolutions) {
    ids.push(
      (await manager.gql(ADD_RESOLUTION, { input: { assemblyId: id, number, title: `Résolution ${number}`, majority: 'ARTICLE_24', allocationKeyId: keyGlobalId(home.building) } }))
        .data!.addResolution.id,
    );
  }
  return { id, resolutionIds: ids, participants: created.data!.createGeneralAssembly.participants.nodes };
}

/** The codes a caller reads, through the list integrators use (node(id:) is for people). */
async function codesAs(client: Client, id: string) {
  const read = await client.gql(CODES);
  expect(read.errors).toBeUndefined();
  return read.data!.generalAssemblies.nodes.find((node) => node.id === id)?.participants.nodes.map((n) => n.remoteAccessCode);
}

describe('remote voting (AG Connect)', () => {
  it('hands an upcoming AG to a provider, whose token alone reads the personal access codes', async () => {
    const { id } = await assembly('2099-07-13T08:00:00Z');
    const connect = await provider(['ASSEMBLIES_READ', 'ASSEMBLIES_WRITE']);
    const handed = await manager.gql(HAND, { input: { assemblyId: id, apiTokenId: connect.id } });
    expect(handed.errors).toBeUndefined();
    expect(handed.data!.handAssemblyToProvider.handedToProviderAt).toBeTruthy();

    const codes = (await codesAs(connect.client, id))!;
    expect(codes).toHaveLength(3);
    expect(codes.every((code) => /^[A-HJKMNP-Z2-9]{10}$/.test(code ?? ''))).toBe(true);
    expect(new Set(codes).size).toBe(3);
    expect(await codesAs(manager, id)).toEqual([null, null, null]);
    const otherProvider = await provider(['ASSEMBLIES_READ', 'ASSEMBLIES_WRITE']);
    expect(await codesAs(otherProvider.client, id)).toEqual([null, null, null]);
    const coOwner = await api.as(home.coOwners[0].signIn);
    expect(await codesAs(coOwner, id)).toEqual([null]);

    // Handed again (another provider): new codes, and the first provider reads none any more.
    expect((await manager.gql(HAND, { input: { assemblyId: id, apiTokenId: otherProvider.id } })).errors).toBeUndefined();
    const renewed = (await codesAs(otherProvider.client, id))!;
    expect(renewed.some((code, i) => code !== codes[i])).toBe(true);
    expect(await codesAs(connect.client, id)).toEqual([null, null, null]);
  });

  it('refuses a past AG, an AG without agenda, a token without assemblies:write or of another agency, and anyone but a manager', async () => {
    const connect = await provider(['ASSEMBLIES_READ', 'ASSEMBLIES_WRITE']);
    const past = await assembly('2020-07-13T08:00:00Z');
    expect((await manager.gql(HAND, { input: { assemblyId: past.id, apiTokenId: connect.id } })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ASSEMBLY_NOT_UPCOMING',
    });
    const empty = await assembly('2099-07-13T08:00:00Z', []);
    expect((await manager.gql(HAND, { input: { assemblyId: empty.id, apiTokenId: connect.id } })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ASSEMBLY_INCOMPLETE',
    });

    const { id } = await assembly('2099-07-13T08:00:00Z');
    const reader = await provider(['ASSEMBLIES_READ']);
    expect((await manager.gql(HAND, { input: { assemblyId: id, apiTokenId: reader.id } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'apiTokenId' });
    const other = await buildAgency(api.database.db);
    const otherManager = await api.as(other.manager.signIn);
    const foreign = await provider(['ASSEMBLIES_READ', 'ASSEMBLIES_WRITE'], otherManager);
    expect((await manager.gql(HAND, { input: { assemblyId: id, apiTokenId: foreign.id } })).errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE' });
    expect(errorCode(await otherManager.gql(HAND, { input: { assemblyId: id, apiTokenId: foreign.id } }))).toBe('NOT_FOUND');
    expect(errorCode(await connect.client.gql(HAND, { input: { assemblyId: id, apiTokenId: connect.id } }))).toBe('FORBIDDEN');
    const coOwner = await api.as(home.coOwners[0].signIn);
    expect(errorCode(await coOwner.gql(HAND, { input: { assemblyId: id, apiTokenId: connect.id } }))).toBe('FORBIDDEN');

    const [row] = await api.database.db
      .select()
      .from(t.generalAssemblies)
      .where(eq(t.generalAssemblies.id, expectGlobalId(id, 'GeneralAssembly')));
    expect(row.providerTokenId).toBeNull();
    const participants = await api.database.db.select().from(t.assemblyParticipants).where(eq(t.assemblyParticipants.assemblyId, row.id));
    expect(participants.every((p) => p.remoteAccessCode === null)).toBe(true);
  });

  it("imports the provider's votes through recordVotes, refusing a batch with an unknown participant or resolution and writing nothing", async () => {
    const { id, resolutionIds, participants } = await assembly('2099-07-13T08:00:00Z');
    const elsewhere = await assembly('2099-08-13T08:00:00Z');
    const connect = await provider(['ASSEMBLIES_READ', 'ASSEMBLIES_WRITE']);
    expect((await manager.gql(HAND, { input: { assemblyId: id, apiTokenId: connect.id } })).errors).toBeUndefined();
    expect((await manager.gql(MARK_REMOTE, { id })).errors).toBeUndefined();
    const [a, b] = home.coOwners.map((coOwner) => participants.find((p) => p.displayName === coOwner.displayName)!.id);
    const resolutionId = expectGlobalId(resolutionIds[0], 'Resolution');
    const written = () => api.database.db.$count(t.assemblyVotes, eq(t.assemblyVotes.resolutionId, resolutionId));

    // A participant of another AG, then one that exists nowhere: the whole batch is refused.
    const stranger = elsewhere.participants[0].id;
    const withStranger = await connect.client.gql(VOTES, {
      input: {
        resolutionId: resolutionIds[0],
        ballot: 'FIRST',
        votes: [
          { participantId: a, choice: 'YES' },
          { participantId: b, choice: 'NO' },
          { participantId: stranger, choice: 'YES' },
        ],
      },
    });
    expect(withStranger.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'votes[2].participantId', reason: 'UNKNOWN_REFERENCE' });
    const forged = toGlobalId('AssemblyParticipant', '00000000-0000-4000-8000-000000000000');
    const withForged = await connect.client.gql(VOTES, {
      input: {
        resolutionId: resolutionIds[0],
        ballot: 'FIRST',
        votes: [
          { participantId: a, choice: 'YES' },
          { participantId: forged, choice: 'NO' },
        ],
      },
    });
    expect(withForged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'votes[1].participantId' });
    const unknownResolution = await connect.client.gql(VOTES, {
      input: { resolutionId: toGlobalId('Resolution', '00000000-0000-4000-8000-000000000000'), ballot: 'FIRST', votes: [{ participantId: a, choice: 'YES' }] },
    });
    expect(errorCode(unknownResolution)).toBe('NOT_FOUND');
    expect(await written()).toBe(0);

    const imported = await connect.client.gql(VOTES, {
      input: {
        resolutionId: resolutionIds[0],
        ballot: 'FIRST',
        votes: [
          { participantId: a, choice: 'YES' },
          { participantId: b, choice: 'NO' },
        ],
      },
    });
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.recordVotes.result).toMatchObject({ yes: { count: 1, shares: '300.00000' }, no: { count: 1, shares: '300.00000' } });
    expect(await written()).toBe(2);
  });
});
