import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Client, type TestApi } from '../test/harness';
import { graphql } from '../test/gql';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const MY_DOCUMENTS = graphql(`
  query DemoMyDocuments($space: Space) {
    viewer {
      documents(space: $space, first: 100) {
        nodes {
          id
          title
          binder {
            name
          }
        }
      }
    }
  }
`);

const MY_BINDERS = graphql(`
  query DemoMyBinders($space: Space!) {
    viewer {
      binders(space: $space) {
        name
        documentCount
        rights {
          syndicLevel
        }
      }
    }
  }
`);

const MANAGER_DOCUMENTS = graphql(`
  query DemoManagerDocuments {
    viewer {
      documents(first: 100) {
        nodes {
          title
          isPublished
          expiresOn
          concerns
        }
      }
    }
  }
`);

async function titles(client: Client, space?: 'SYNDIC' | 'GERANCE') {
  const result = await client.gql(MY_DOCUMENTS, { space });
  expect(result.errors).toBeUndefined();
  return result.data!.viewer!.documents.nodes.map((d) => d.title).sort();
}

describe('the demo documents (issue 9, exact titles)', () => {
  it('show a plain co-owner of GILBERT the building rules and the minutes of the AG of 13/07/2020 only: not the council minutes, not Denise’s call, not the expired or unpublished ones', async () => {
    // The procès-verbal and the feuille de présence were filed by the demo's real publication (issue 10).
    expect(await titles(await api.as('CLIQUOTMATHILDE'))).toEqual([
      'Feuille de présence de l’AG du 13/07/2020',
      'Procès-verbal de l’AG du 13/07/2020',
      'Règlement de copropriété GILBERT',
    ]);
  });

  it('show a council member and the president the rules, the council minutes, the co-owner list, the professional card and the AG minutes', async () => {
    const expected = [
      'Carte professionnelle',
      'Compte rendu du conseil syndical du 12/03/2020',
      'Feuille de présence de l’AG du 13/07/2020',
      'Liste des copropriétaires GILBERT',
      'Procès-verbal de l’AG du 13/07/2020',
      'Règlement de copropriété GILBERT',
    ];
    expect(await titles(await api.as('BROUILLYALFRED'))).toEqual(expected);
    expect(await titles(await api.as('BPETRUSPIERRE'))).toEqual(expected);
  });

  it('show Denise her own call in the syndic space and her management statement in the gérance space, never Elsa’s receipt', async () => {
    const denise = await api.as('ALOXECORTONDENISE');
    expect(await titles(denise, 'SYNDIC')).toEqual([
      'Appel de fonds 3e trimestre 2020',
      'Feuille de présence de l’AG du 13/07/2020',
      'Procès-verbal de l’AG du 13/07/2020',
      'Règlement de copropriété GILBERT',
    ]);
    expect(await titles(denise, 'GERANCE')).toEqual(['Relevé de gérance juin 2020']);
  });

  it('show Elsa her rent receipt and nothing of the syndic', async () => {
    const elsa = await api.as('ELSALOCATAIRE');
    expect(await titles(elsa)).toEqual(['Quittance de loyer juin 2020']);
    expect(await titles(elsa, 'SYNDIC')).toEqual([]);
  });

  it('list a co-owner’s binders with their counts, empty ones left out, and no rights', async () => {
    const result = await (await api.as('BROUILLYALFRED')).gql(MY_BINDERS, { space: 'SYNDIC' });
    expect(result.data?.viewer?.binders).toEqual([
      { name: 'Assemblées Générales', documentCount: 2, rights: null },
      { name: 'Conseil syndical', documentCount: 2, rights: null },
      { name: 'Documents du syndic', documentCount: 1, rights: null },
      { name: 'Règlement de copropriété', documentCount: 1, rights: null },
    ]);
  });

  it('show the manager every document of the agency with what it concerns, unpublished and expired ones included, and not the other agency’s', async () => {
    const result = await (await api.as('GESTIONNAIRE')).gql(MANAGER_DOCUMENTS);
    const nodes = result.data!.viewer!.documents.nodes;
    expect(nodes.map((d) => d.title).sort()).toEqual([
      'Appel de fonds 3e trimestre 2020',
      'Carte professionnelle',
      'Compte rendu du conseil syndical du 12/03/2020',
      'Contrat de syndic 2021 (projet)',
      'Convocation AG 2019',
      'Feuille de présence de l’AG du 13/07/2020',
      'Liste des copropriétaires GILBERT',
      'Procès-verbal de l’AG du 13/07/2020',
      'Quittance de loyer juin 2020',
      'Relevé de gérance juin 2020',
      'Règlement de copropriété GILBERT',
    ]);
    expect(nodes.find((d) => d.title === 'Règlement de copropriété GILBERT')?.concerns).toBe('Bâtiment GILBERT, 4, rue Gilbert 54000 NANCY');
    expect(nodes.find((d) => d.title === 'Appel de fonds 3e trimestre 2020')?.concerns).toBe('YALOXE CORTON Denise, compte 450ALOXECO');
    expect(nodes.find((d) => d.title === 'Contrat de syndic 2021 (projet)')?.isPublished).toBe(false);
    expect(nodes.find((d) => d.title === 'Convocation AG 2019')?.expiresOn).toBe('2020-06-01');
  });

  it('show the second agency’s manager their own building rules only', async () => {
    const result = await (await api.as('GESTIONNAIRE2')).gql(MANAGER_DOCUMENTS);
    expect(result.data!.viewer!.documents.nodes.map((d) => d.title)).toEqual(['Règlement de copropriété BELLECOUR']);
  });

  it('give the manager every default binder of the syndic space, empty ones included, with their rights', async () => {
    const result = await (await api.as('GESTIONNAIRE')).gql(MY_BINDERS, { space: 'SYNDIC' });
    const binders = result.data!.viewer!.binders;
    expect(binders.map((b) => b.name)).toEqual([
      'Assemblées Générales',
      'Bordereaux',
      'C.R.',
      "Carnet d'entretien",
      'Conseil syndical',
      'Contentieux - Relances',
      'Contrat syndical',
      'Courriers',
      'Divers',
      'Documents du syndic',
      'Factures',
      'Interventions - Travaux',
      'Règlement de copropriété',
      'Relevés des charges et produits',
    ]);
    expect(binders.filter((b) => b.rights?.syndicLevel === 'COUNCIL').map((b) => b.name)).toEqual(['Conseil syndical', 'Factures']);
    // The demo's note, plus the procès-verbal and the feuille de présence of the AG of 13/07/2020 (issue 10).
    expect(binders.find((b) => b.name === 'Assemblées Générales')?.documentCount).toBe(3);
  });
});
