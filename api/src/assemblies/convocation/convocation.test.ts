import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { expectGlobalId, toGlobalId } from '../../graphql/node';
import { ADD_RESOLUTION, buildAssemblyBuilding, buildingGlobalId, CREATE_ASSEMBLY, keyGlobalId, type AssemblyBuilding } from '../../test/assemblies';
import { buildAgency, type BuiltAgency } from '../../test/builders';
import { graphql } from '../../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';
import { pdfText } from '../../test/pdf-text';

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  agency = await buildAgency(api.database.db);
  home = await buildAssemblyBuilding(api.database.db, agency, ['150.00000', '150.00000', '150.00000', '150.00000', '400.00000']);
  manager = await api.as(agency.manager.signIn);
});
afterAll(() => api.close());

const CONVENE = graphql(`
  mutation AssemblyPublishConvocations($id: ID!) {
    publishConvocations(assemblyId: $id) {
      id
      convocationsPublishedAt
    }
  }
`);
const DOCUMENT = graphql(`
  query AssemblyConvocationDocument($id: ID!) {
    node(id: $id) {
      ... on Document {
        title
      }
    }
  }
`);

async function assemblyWith(startsAt: string, numbers: string[]) {
  const created = await manager.gql(CREATE_ASSEMBLY, {
    input: { buildingId: buildingGlobalId(home.building), title: 'Assemblée générale ordinaire', kind: 'ORDINARY', startsAt, place: 'Salle des fêtes' },
  });
  expect(created.errors).toBeUndefined();
  const id = created.data!.createGeneralAssembly.id;
  for (const number of numbers) {
    const added = await manager.gql(ADD_RESOLUTION, {
      input: {
        assemblyId: id,
        number,
        title: `Question ${number}`,
        text: `Texte de la résolution ${number}.`,
        majority: 'ARTICLE_25',
        allocationKeyId: keyGlobalId(home.building),
      },
    });
    expect(added.errors).toBeUndefined();
  }
  return id;
}

const convocationsOf = (assemblyStartsOn: string) =>
  api.database.db
    .select({ id: t.documents.id, personId: t.documents.personId, storageKey: t.documents.storageKey, title: t.documents.title, binder: t.binders.name })
    .from(t.documents)
    .innerJoin(t.binders, and(eq(t.binders.agencyId, t.documents.agencyId), eq(t.binders.id, t.documents.binderId)))
    .where(
      and(
        eq(t.documents.agencyId, agency.id),
        inArray(
          t.documents.personId,
          home.coOwners.map((c) => c.id),
        ),
      ),
    )
    .then((rows) => rows.filter((row) => row.title.endsWith(assemblyStartsOn)));

describe('the convocations with the postal voting form', () => {
  it('files one personal PDF per co-owner with identity, syndic, deadline and pour / contre / abstention for each question', async () => {
    const id = await assemblyWith('2099-07-13T08:00:00Z', ['1', '2']);
    const convened = await manager.gql(CONVENE, { id });
    expect(convened.errors).toBeUndefined();
    expect(convened.data!.publishConvocations.convocationsPublishedAt).toBeTruthy();

    const documents = await convocationsOf('13/07/2099');
    expect(documents.map((d) => d.personId).sort()).toEqual(home.coOwners.map((c) => c.id).sort());
    expect(new Set(documents.map((d) => d.binder))).toEqual(new Set(['Assemblées Générales']));
    const ofE = documents.find((d) => d.personId === home.coOwners[4].id)!;
    const text = pdfText(fs.readFileSync(path.join(api.filesDir, ofE.storageKey))).replace(/[ \n]+/g, ' ');
    expect(text).toContain('FORMULAIRE DE VOTE PAR CORRESPONDANCE');
    expect(text).toContain('arrêté du 2 juillet 2020');
    expect(text).toContain(home.coOwners[4].displayName);
    expect(text).toContain('Nombre de voix (tantièmes, clé 010-CHARGES COMMUNES GENERALES) : 400,00000');
    const [{ name: agencyName }] = await api.database.db.select({ name: t.agencies.name }).from(t.agencies).where(eq(t.agencies.id, agency.id));
    expect(text).toContain(`Syndic ${agencyName}`);
    expect(text).toContain('au plus tard le 09/07/2099');
    expect(text).toContain('Question n° 1 : Question 1 (majorité : article 25)');
    expect(text).toContain('Question n° 2 : Question 2 (majorité : article 25)');
    expect(text.match(/Pour Contre Abstention/g)).toHaveLength(2);

    // Personal: A reads their own convocation, not B's; a manager reads both.
    const coOwnerA = await api.as(home.coOwners[0].signIn);
    const ofA = documents.find((d) => d.personId === home.coOwners[0].id)!;
    const ofB = documents.find((d) => d.personId === home.coOwners[1].id)!;
    expect((await coOwnerA.gql(DOCUMENT, { id: toGlobalId('Document', ofA.id) })).data?.node).toMatchObject({
      title: 'Convocation et formulaire de vote par correspondance – AG du 13/07/2099',
    });
    expect((await coOwnerA.gql(DOCUMENT, { id: toGlobalId('Document', ofB.id) })).data?.node).toBeNull();

    // Announced through the documents' notifications: each co-owner is told of their own convocation.
    const persons = await api.database.db
      .select()
      .from(t.persons)
      .where(
        inArray(
          t.persons.id,
          home.coOwners.map((c) => c.id),
        ),
      );
    const mails = await api.database.db
      .select()
      .from(t.outboxEmails)
      .where(
        and(
          eq(t.outboxEmails.agencyId, agency.id),
          inArray(
            t.outboxEmails.recipient,
            persons.map((p) => p.emails[0]),
          ),
        ),
      );
    expect(mails.filter((mail) => mail.body.includes('Convocation et formulaire de vote par correspondance'))).toHaveLength(5);

    const again = await manager.gql(CONVENE, { id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONVOCATIONS_PUBLISHED' });
    expect(await convocationsOf('13/07/2099')).toHaveLength(5);
  });

  it('refuses an empty agenda and a closed postal vote, writing nothing', async () => {
    const empty = await assemblyWith('2098-07-13T08:00:00Z', []);
    expect((await manager.gql(CONVENE, { id: empty })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'AGENDA_EMPTY' });
    const [row] = await api.database.db
      .select()
      .from(t.generalAssemblies)
      .where(eq(t.generalAssemblies.id, expectGlobalId(empty, 'GeneralAssembly')));
    expect(row.convocationsPublishedAt).toBeNull();
    const soon = await assemblyWith(new Date(Date.now() + 2 * 86_400_000).toISOString(), ['1']);
    expect((await manager.gql(CONVENE, { id: soon })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSTAL_VOTE_CLOSED' });
  });

  it('refuses a co-owner, a reading integrator, another agency and a forged id', async () => {
    const id = await assemblyWith('2097-07-13T08:00:00Z', ['1']);
    const coOwner = await api.as(home.coOwners[0].signIn);
    expect(errorCode(await coOwner.gql(CONVENE, { id }))).toBe('FORBIDDEN');
    const other = await buildAgency(api.database.db);
    const otherManager = await api.as(other.manager.signIn);
    expect(errorCode(await otherManager.gql(CONVENE, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await manager.gql(CONVENE, { id: buildingGlobalId(home.building) }))).toBe('BAD_USER_INPUT');
    expect(await convocationsOf('13/07/2097')).toEqual([]);
  });
});
