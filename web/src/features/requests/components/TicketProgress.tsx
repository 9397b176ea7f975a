import { useIntl } from 'react-intl';
import type { TicketStatus } from '../../../gql/graphql';
import styles from './TicketProgress.module.css';

export const TICKET_STATUSES: TicketStatus[] = ['REQUESTED', 'QUOTED', 'ORDERED', 'DONE', 'INVOICED'];

export type TicketProgressProps = { status: TicketStatus };

/** The ticket's five steps with the current one marked: what a client sees of the work, nothing internal. */
export function TicketProgress({ status }: TicketProgressProps) {
  const intl = useIntl();
  const current = TICKET_STATUSES.indexOf(status);
  return (
    <ol className={styles.steps} aria-label={intl.formatMessage({ id: 'requests.ticket.steps' })}>
      {TICKET_STATUSES.map((step, index) => (
        <li key={step} className={[styles.step, index <= current ? styles.reached : ''].join(' ')} aria-current={index === current ? 'step' : undefined}>
          <span className={styles.dot} aria-hidden="true" />
          {intl.formatMessage({ id: `requests.ticket.status.${step}` })}
        </li>
      ))}
    </ol>
  );
}
