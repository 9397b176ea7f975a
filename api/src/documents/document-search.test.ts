import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { graphql } from '../test/gql';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SEARCH = graphql(`
  query DocumentSearch($search: String) {
    viewer {
      documents(search: $search, first: 50) {
        nodes {
          title
        }
      }
    }
  }
`);

const MY_PERSON = graphql(`
  query DocumentSearchMyPerson {
    viewer {
      person {
        id
      }
    }
  }
`);

const PERSON_DOCUMENTS = graphql(`
  query PersonDocuments($id: ID!) {
    node(id: $id) {
      ... on Person {
        displayName
        documents(first: 50) {
          nodes {
            title
            concerns
          }
        }
      }
    }
  }
`);

const AGENCY_WIDE_BINDERS = graphql(`
  query AgencyWideBinders {
    viewer {
      binders(space: SYNDIC) {
        name
        isAgencyWide
      }
    }
  }
`);

async function found(client: Client, search: string) {
  const result = await client.gql(SEARCH, { search });
  expect(result.errors).toBeUndefined();
  return result.data!.viewer!.documents.nodes.map((d) => d.title).sort();
}

async function personIdOf(login: string) {
  const result = await (await api.as(login)).gql(MY_PERSON);
  return result.data!.viewer!.person.id;
}

describe('searching documents by title ("Mes documents")', () => {
  it('finds a title from words in any order, accents and case ignored, in SQL', async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    expect(await found(denise, 'FONDS appel')).toEqual(['Appel de fonds 3e trimestre 2020']);
    expect(await found(denise, 'reglement')).toEqual(['Règlement de copropriété GILBERT']);
  });

  it('never finds a document the viewer may not see: a plain co-owner searching for the council minutes gets nothing', async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    expect(await found(mathilde, 'conseil syndical')).toEqual([]);
    expect(await found(mathilde, 'quittance')).toEqual([]);
    expect(await found(await api.as('BROUILLYALFRED'), 'conseil syndical')).toEqual(['Compte rendu du conseil syndical du 12/03/2020']);
  });

  it('refuses a search longer than a name as BAD_USER_INPUT', async () => {
    const result = await (await api.as('ALOXECORTONDENISE')).gql(SEARCH, { search: 'x'.repeat(201) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', reason: 'TEXT_TOO_LONG' });
  });
});

describe("a person's documents in the console", () => {
  it('lists for a manager the documents that concern Denise: her co-owner account’s call and her owner account’s statement, not the building’s or Elsa’s', async () => {
    const result = await (await api.as('GESTIONNAIRE')).gql(PERSON_DOCUMENTS, { id: await personIdOf('ALOXECORTONDENISE') });
    expect(result.errors).toBeUndefined();
    const node = result.data!.node as { documents: { nodes: { title: string }[] } | null };
    expect(node.documents!.nodes.map((d) => d.title).sort()).toEqual(['Appel de fonds 3e trimestre 2020', 'Relevé de gérance juin 2020']);
  });

  it('lists the lease’s receipt on the tenant’s record', async () => {
    const result = await (await api.as('GESTIONNAIRE')).gql(PERSON_DOCUMENTS, { id: await personIdOf('ELSALOCATAIRE') });
    const node = result.data!.node as { documents: { nodes: { title: string }[] } | null };
    expect(node.documents!.nodes.map((d) => d.title)).toEqual(['Quittance de loyer juin 2020']);
  });

  it('answers null to a client reading their own record’s documents field', async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    const result = await denise.gql(PERSON_DOCUMENTS, { id: await personIdOf('ALOXECORTONDENISE') });
    expect(result.errors).toBeUndefined();
    expect((result.data!.node as { documents: unknown }).documents).toBeNull();
  });
});

describe('the agency-wide binder', () => {
  it('is "Documents du syndic" alone', async () => {
    const result = await (await api.as('GESTIONNAIRE')).gql(AGENCY_WIDE_BINDERS);
    const wide = result.data!.viewer!.binders.filter((b) => b.isAgencyWide).map((b) => b.name);
    expect(wide).toEqual(['Documents du syndic']);
  });
});
