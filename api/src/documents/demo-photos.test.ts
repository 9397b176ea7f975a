import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../test/gql';
import { startTestApi, type Client, type TestApi } from '../test/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const GALLERY = graphql(`
  query DemoPhotos {
    viewer {
      photos(first: 100) {
        nodes {
          caption
          width
          height
          thumbnailWidth
          thumbnailHeight
          building {
            code
          }
        }
      }
    }
  }
`);

async function gallery(client: Client) {
  const result = await client.gql(GALLERY);
  return result.data!.viewer!.photos.nodes.map((n) => `${n.building?.code}: ${n.caption}`).sort();
}

const GILBERT = ['GILBERT: Façade GILBERT après ravalement', 'GILBERT: Hall d’entrée GILBERT rénové', 'GILBERT: Toiture GILBERT, travaux 2020'];
const LAFAYETTE = ['LAFAYETTE: Jardin de la Résidence Lafayette', 'LAFAYETTE: Résidence Lafayette, vue depuis la rue'];

describe('the demo photos (issue 9, "two or three per building")', () => {
  it('show a co-owner of GILBERT the three photos of GILBERT and none of LAFAYETTE', async () => {
    expect(await gallery(await api.as('CLIQUOTMATHILDE'))).toEqual(GILBERT);
  });

  it('show Elsa, tenant at LAFAYETTE, the two photos of LAFAYETTE only', async () => {
    expect(await gallery(await api.as('ELSALOCATAIRE'))).toEqual(LAFAYETTE);
  });

  it('show the manager the photos of both buildings, 640 × 480 with 320 × 240 thumbnails, and none of the other agency', async () => {
    const result = await (await api.as('GESTIONNAIRE')).gql(GALLERY);
    expect(await gallery(await api.as('GESTIONNAIRE'))).toEqual([...GILBERT, ...LAFAYETTE].sort());
    expect(result.data!.viewer!.photos.nodes.every((n) => n.width === 640 && n.height === 480 && n.thumbnailWidth === 320 && n.thumbnailHeight === 240)).toBe(true);
    expect((await gallery(await api.as('GESTIONNAIRE2'))).map((line) => line.split(':')[0])).toEqual(['BELLECOUR', 'BELLECOUR']);
  });
});
