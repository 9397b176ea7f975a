import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness';
import { INBOX, MY_REQUESTS, PARTNERS, REQUEST_TICKET } from '../test/requests';

/** The demo's requests (issue 12: "demo data with requests in every status"), read as the demo people; nothing is changed. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('the demo requests', () => {
  it('hold every status in the manager inbox', async () => {
    const manager = await api.as('GESTIONNAIRE');
    const inbox = (await manager.gql(INBOX, {})).data!.requests;
    expect(inbox.countsByStatus.map((c) => c.status).sort()).toEqual(['CLOSED', 'IN_PROGRESS', 'OPEN', 'WAITING_FOR_CLIENT']);
    expect(inbox.nodes[0].title).toBe('Ascenseur bloqué au 2e étage');
  });

  it("show Mathilde her leak with its ticket's progress and no internal note, and the agency's partners", async () => {
    const mathilde = await api.as('CLIQUOTMATHILDE');
    const mine = (await mathilde.gql(MY_REQUESTS, {})).data!.viewer!.requests.nodes;
    expect(mine.map((r) => r.title)).toEqual(['Fuite d’eau au plafond de la salle de bains']);
    expect(mine[0].messages.nodes.every((m) => !m.isInternal)).toBe(true);
    expect(mine[0].messages.nodes).toHaveLength(2);
    expect((await mathilde.gql(REQUEST_TICKET, { id: mine[0].id })).data?.node).toMatchObject({
      ticket: { status: 'ORDERED', description: null, supplier: { name: 'Plomberie Stanislas' } },
    });
    expect((await mathilde.gql(PARTNERS)).data?.partners.nodes.map((p) => p.name)).toEqual(['Ascenseurs de Lorraine', 'Plomberie Stanislas']);
  });

  it('leave the second agency without requests', async () => {
    expect((await (await api.as('GESTIONNAIRE2')).gql(INBOX, {})).data?.requests.totalCount).toBe(0);
  });
});
