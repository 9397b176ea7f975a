import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { formatAmount } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { TicketStatus } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/SelectField';
import { TicketDocumentForm } from './TicketDocumentForm';
import { TicketProgress, TICKET_STATUSES } from './TicketProgress';
import styles from './TicketCard.module.css';

export const TicketCard_ticket = graphql(`
  fragment TicketCard_ticket on Ticket {
    id
    status
    description
    supplier {
      id
      name
      trade
      phone
    }
    documents {
      id
      kind
      fileName
      amount
      addedAt
      url
    }
  }
`);

const SetTicketStatusMutation = graphql(`
  mutation SetTicketStatusFromPage($input: SetTicketStatusInput!) {
    setTicketStatus(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export type TicketCardProps = {
  ticket: FragmentType<typeof TicketCard_ticket>;
  /** A manager with tickets on: status, description and documents; a client sees the steps only. */
  canManage: boolean;
  onChanged: () => void;
};

/** A request's ticket to a supplier (manual "Tickets"): its steps for everyone, and for managers its status, brief, quotes and invoices. */
export function TicketCard({ ticket: ref, canManage, onChanged }: TicketCardProps) {
  const intl = useIntl();
  const ticket = useFragment(TicketCard_ticket, ref);
  const [setStatus, { error: statusError }] = useMutation(SetTicketStatusMutation);
  return (
    <Card title={intl.formatMessage({ id: 'requests.ticket.title' })} icon="receipt">
      <p>{intl.formatMessage({ id: 'requests.ticket.supplier' }, { supplier: ticket.supplier?.name ?? '', trade: ticket.supplier?.trade ?? '' })}</p>
      {canManage ? (
        <div className={styles.manage}>
          <SelectField
            label={intl.formatMessage({ id: 'requests.ticket.statusLabel' })}
            name="ticketStatus"
            value={ticket.status}
            options={TICKET_STATUSES.map((value) => ({ value, label: intl.formatMessage({ id: `requests.ticket.status.${value}` }) }))}
            onChange={(value) => void setStatus({ variables: { input: { ticketId: ticket.id, status: value as TicketStatus } } }).then(onChanged, () => undefined)}
            error={statusError ? intl.formatMessage({ id: 'requests.ticket.statusFailed' }) : undefined}
          />
          {ticket.description && (
            <div>
              <h3 className={styles.subtitle}>{intl.formatMessage({ id: 'requests.ticket.description' })}</h3>
              <p className={styles.description}>{ticket.description}</p>
            </div>
          )}
          <div>
            <h3 className={styles.subtitle}>{intl.formatMessage({ id: 'requests.ticket.documents' })}</h3>
            {ticket.documents.length === 0 ? (
              <p className={styles.muted}>{intl.formatMessage({ id: 'requests.ticket.noDocuments' })}</p>
            ) : (
              <ul className={styles.documents}>
                {ticket.documents.map((document) => (
                  <li key={document.id}>
                    <a href={document.url}>{intl.formatMessage({ id: `requests.ticket.kind.${document.kind}` })}</a>
                    {' · '}
                    {document.amount ? formatAmount(document.amount, intl.locale) : intl.formatMessage({ id: 'requests.ticket.noAmount' })}
                    {' · '}
                    <span className={styles.muted}>{document.fileName}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <TicketDocumentForm ticketId={ticket.id} onAdded={onChanged} />
        </div>
      ) : (
        <TicketProgress status={ticket.status} />
      )}
    </Card>
  );
}
