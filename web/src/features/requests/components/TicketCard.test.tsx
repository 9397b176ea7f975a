import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { renderRoute } from '../../../test/render';
import { TicketCard, TicketCard_ticket } from './TicketCard';

const TICKET = {
  __typename: 'Ticket' as const,
  id: 'VGlja2V0OjE',
  status: 'ORDERED' as const,
  description: null,
  supplier: { __typename: 'Supplier' as const, id: 'U3VwcGxpZXI6MQ', name: 'Plomberie Stanislas', trade: 'Plomberie', phone: null },
  documents: [],
};

describe('TicketCard', () => {
  it("shows a client the supplier and the ticket's steps up to the current one, and nothing to change", async () => {
    renderRoute(<TicketCard ticket={makeFragmentData(TICKET, TicketCard_ticket)} canManage={false} onChanged={vi.fn()} />, { path: '/copropriete/demandes/x' });
    expect(await screen.findByText('Confiée à Plomberie Stanislas (Plomberie).')).toBeTruthy();
    const current = screen.getByText('travaux commandés');
    expect(current.getAttribute('aria-current')).toBe('step');
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByText('Devis et factures')).toBeNull();
  });

  it('lets a manager move the ticket along and read its brief and documents', async () => {
    const onChanged = vi.fn();
    const { calls } = renderRoute(
      <TicketCard
        ticket={makeFragmentData(
          {
            ...TICKET,
            description: 'Fuite sous évier, passer avant midi',
            documents: [
              {
                __typename: 'TicketDocument',
                id: 'VGlja2V0RG9jdW1lbnQ6MQ',
                kind: 'QUOTE',
                fileName: 'devis.pdf',
                amount: '1234.50',
                addedAt: '2026-12-01T10:00:00Z',
                url: '/files/ticket-documents/x',
              },
            ],
          },
          TicketCard_ticket,
        )}
        canManage
        onChanged={onChanged}
      />,
      {
        path: '/gestion/demandes/x',
        script: { SetTicketStatusFromPage: () => ({ data: { setTicketStatus: { __typename: 'Ticket', id: TICKET.id, status: 'DONE', updatedAt: '2026-12-02T10:00:00Z' } } }) },
      },
    );
    expect(await screen.findByText('Fuite sous évier, passer avant midi')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Devis' }).getAttribute('href')).toBe('/files/ticket-documents/x');
    expect(screen.getByText(/1\s234,50\s€/)).toBeTruthy();
    await userEvent.setup().selectOptions(screen.getByLabelText('Statut du ticket'), 'DONE');
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls.find((call) => call.operationName === 'SetTicketStatusFromPage')?.variables).toEqual({ input: { ticketId: TICKET.id, status: 'DONE' } });
  });
});
