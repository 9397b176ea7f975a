import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../db/schema';
import { buildAgency, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';

/**
 * An agency's first day (issue 8): the structure through the write API, persons, lots with their
 * shares and ownerships through the CSV import, then a co-owner given access signs in and sees
 * exactly their lots.
 */
let api: TestApi;
let agency: BuiltAgency;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const STRUCTURE = graphql(`
  mutation OnboardingStructure($entities: [EntityInput!]!, $buildings: [BuildingInput!]!, $keys: [AllocationKeyInput!]!) {
    upsertEntities(entities: $entities) {
      created
    }
    upsertBuildings(buildings: $buildings) {
      created
    }
    upsertAllocationKeys(keys: $keys) {
      created
    }
  }
`);
const PREVIEW = graphql(`
  query OnboardingPreview($kind: ImportKind!, $csv: String!) {
    previewImport(kind: $kind, csv: $csv) {
      isCommittable
      errors {
        line
        column
        reason
      }
    }
  }
`);
const COMMIT = graphql(`
  mutation OnboardingCommit($kind: ImportKind!, $csv: String!) {
    commitImport(kind: $kind, csv: $csv) {
      received
      created
      updated
      unchanged
    }
  }
`);
const PERSON = graphql(`
  query OnboardingPerson($externalId: String!) {
    personByExternalId(externalId: $externalId) {
      id
    }
  }
`);
const ENABLE = graphql(`
  mutation OnboardingEnable($ids: [ID!]!) {
    enableExtranetAccess(personIds: $ids) {
      identifier
      temporaryPassword
    }
  }
`);
const CHANGE = graphql(`
  mutation OnboardingChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      person {
        id
      }
    }
  }
`);
const MY_LOTS = graphql(`
  query OnboardingMyLots {
    viewer {
      person {
        ownerships(first: 20) {
          edges {
            node {
              lot {
                code
                shares {
                  shares
                }
              }
            }
          }
        }
      }
    }
  }
`);

const PERSONS_WITH_ERRORS = [
  '\ufeffCode personne;Civilité;Nom;E-mails;Téléphones;Adresse;Code postal;Ville',
  'ONB-A;Madame;ONBOARD Alice;alice@example.org;06 01 02 03 04;1, rue Gilbert;54000;NANCY',
  'ONB-B;Monsieur;ONBOARD Bruno;pas-un-email;;2, rue Gilbert;54000;NANCY',
  'ONB-C;Madame;;;;3, rue Gilbert;54000;NANCY',
].join('\r\n');
const PERSONS = [
  '\ufeffCode personne;Civilité;Nom;E-mails;Téléphones;Adresse;Code postal;Ville',
  'ONB-A;Madame;ONBOARD Alice;alice@example.org;06 01 02 03 04;1, rue Gilbert;54000;NANCY',
  'ONB-B;Monsieur;ONBOARD Bruno;bruno@example.org;;2, rue Gilbert;54000;NANCY',
].join('\r\n');
const LOTS = [
  'Code lot;Immeuble;Type;Étage;Surface;Pièces;Clé;Tantièmes',
  'ONB/001;ONB;Appartement;1;54,5;3;010;66,01420',
  'ONB/002;ONB;Cave;-1;;;010;3,5',
  'ONB/003;ONB;Appartement;2;60;3;010;931,4',
].join('\n');
const OWNERSHIPS = ['Lot;Code personne;Début', 'ONB/001;ONB-A;01/01/2020', 'ONB/002;ONB-A;01/01/2020', 'ONB/003;ONB-B;15/03/2021'].join('\n');

describe("an agency's first day", () => {
  it('previews a persons file with errors line by line and writes nothing, then commits the corrected file', async () => {
    const preview = await manager.gql(PREVIEW, { kind: 'PERSONS', csv: PERSONS_WITH_ERRORS });
    expect(preview.data?.previewImport.isCommittable).toBe(false);
    expect(preview.data?.previewImport.errors.map((error) => [error.line, error.column])).toEqual(
      expect.arrayContaining([
        [3, 'E-mails'],
        [4, 'Nom'],
      ]),
    );
    const refused = await manager.gql(COMMIT, { kind: 'PERSONS', csv: PERSONS_WITH_ERRORS });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.database.db.$count(t.persons, eq(t.persons.externalId, 'ONB-A'))).toBe(0);

    const committed = await manager.gql(COMMIT, { kind: 'PERSONS', csv: PERSONS });
    expect(committed.data?.commitImport).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await manager.gql(COMMIT, { kind: 'PERSONS', csv: PERSONS })).data?.commitImport).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
  });

  it('loads lots with French decimals and ownerships; a co-owner given access signs in and sees exactly their lots', async () => {
    const structure = await manager.gql(STRUCTURE, {
      entities: [{ code: 'S-ONB', kind: 'SYNDIC', name: 'Syndicat Onboarding' }],
      buildings: [{ code: 'ONB', name: 'Résidence Onboarding', postalAddress: { line1: '4, rue Gilbert', postalCode: '54000', city: 'NANCY' }, syndicateEntityCode: 'S-ONB' }],
      keys: [{ buildingCode: 'ONB', code: '010', label: 'CHARGES COMMUNES GENERALES' }],
    });
    expect(structure.errors).toBeUndefined();
    // The persons of the first test, again: idempotent, so this test also runs alone.
    expect((await manager.gql(COMMIT, { kind: 'PERSONS', csv: PERSONS })).errors).toBeUndefined();
    const loaded = await manager.gql(COMMIT, { kind: 'LOTS', csv: LOTS });
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data?.commitImport.created).toBe(3);
    expect((await manager.gql(COMMIT, { kind: 'OWNERSHIPS', csv: OWNERSHIPS })).data?.commitImport.created).toBe(3);

    const alice = (await manager.gql(PERSON, { externalId: 'ONB-A' })).data?.personByExternalId;
    const grant = (await manager.gql(ENABLE, { ids: [alice!.id] })).data?.enableExtranetAccess[0];
    const client = await api.as(grant!.identifier, grant!.temporaryPassword);
    expect((await client.gql(CHANGE, { input: { currentPassword: grant!.temporaryPassword, newPassword: 'Onboard-Palier-9' } })).errors).toBeUndefined();
    const lots = (await client.gql(MY_LOTS)).data?.viewer?.person?.ownerships.edges.map((edge) => [edge.node.lot?.code, edge.node.lot?.shares.map((share) => share.shares)]);
    expect(lots?.sort()).toEqual([
      ['ONB/001', ['66.01420']],
      ['ONB/002', ['3.50000']],
    ]);
  });
});
