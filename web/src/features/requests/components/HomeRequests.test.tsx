import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, renderRoute } from '../../../test/render';
import { HomeRequests } from './HomeRequests';

const REQUEST = {
  __typename: 'ClientRequest',
  id: 'Q2xpZW50UmVxdWVzdDox',
  title: 'Fuite au plafond',
  category: 'INTERVENTION',
  status: 'WAITING_FOR_CLIENT',
  openedAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-21T09:00:00Z',
  building: null,
  lot: { __typename: 'Lot', id: 'TG90OjE', code: 'GILBERT/248' },
  author: { __typename: 'RequestParticipant', id: 'UGVyc29uOjE', displayName: 'CLIQUOT Mathilde' },
};

const page = (nodes: (typeof REQUEST)[], waiting: number) => ({
  data: {
    viewer: {
      __typename: 'Viewer',
      identifier: 'CLIQUOTMATHILDE',
      requests: {
        __typename: 'ClientRequestConnection',
        totalCount: nodes.length,
        countsByStatus: waiting ? [{ __typename: 'RequestStatusCount', status: 'WAITING_FOR_CLIENT', count: waiting }] : [],
        nodes,
      },
    },
  },
});

describe('HomeRequests', () => {
  it("lists the newest requests linking to their thread in the space, and says how many await the client's answer", async () => {
    renderRoute(<HomeRequests space="SYNDIC" />, { path: '/copropriete', script: { HomeRequests: () => page([REQUEST], 1) } });
    expect(await screen.findByText('1 demande attend votre réponse')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Fuite au plafond/ }).getAttribute('href')).toBe('/copropriete/demandes/Q2xpZW50UmVxdWVzdDox');
    expect(screen.getByRole('link', { name: 'Toutes (1)' }).getAttribute('href')).toBe('/copropriete/demandes');
  });

  it('invites a client without requests to write, without a waiting line', async () => {
    renderRoute(<HomeRequests space="GERANCE" />, { path: '/gerance', script: { HomeRequests: () => page([], 0) } });
    expect(await screen.findByText(/Aucune demande en cours/)).toBeTruthy();
    expect(screen.queryByText(/attend votre réponse/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Nouvelle demande' }).getAttribute('href')).toBe('/gerance/demandes');
  });

  it('stays out when the API refuses the module', async () => {
    const { container } = renderRoute(<HomeRequests space="SYNDIC" />, {
      path: '/copropriete',
      script: { HomeRequests: () => ({ errors: [apiError('FORBIDDEN', { reason: 'MODULE_DISABLED' })] }) },
    });
    // While loading the card shows "Chargement…"; once refused, nothing at all.
    expect(container.textContent).not.toBe('');
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});
