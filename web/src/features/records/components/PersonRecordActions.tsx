import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import styles from './RecordActions.module.css';

export const PersonRecordActions_person = graphql(`
  fragment PersonRecordActions_person on Person {
    id
    ownerships {
      nodes {
        id
        isActive
        lot {
          id
          code
        }
      }
    }
    leases {
      nodes {
        id
        noticeDate
        departureDate
        lot {
          id
          code
        }
      }
    }
  }
`);

export type PersonRecordActionsProps = { person: FragmentType<typeof PersonRecordActions_person> };

/** What a manager records from a person's page: edit the record, a sale per current ownership, a new lease, a notice or a departure per current lease. */
export function PersonRecordActions(props: PersonRecordActionsProps) {
  const person = useFragment(PersonRecordActions_person, props.person);
  const intl = useIntl();
  const base = `/gestion/portefeuille/${encodeURIComponent(person.id)}`;
  const current = person.leases.nodes.filter((lease) => lease.departureDate === null && lease.lot);
  const held = person.ownerships.nodes.filter((ownership) => ownership.isActive && ownership.lot);
  return (
    <Card title={intl.formatMessage({ id: 'records.actions.title' })} icon="briefcase">
      <div className={styles.actions}>
        <ButtonLink to={`${base}/modifier`} variant="secondary">
          {intl.formatMessage({ id: 'records.actions.editPerson' })}
        </ButtonLink>
        {held.map((ownership) => (
          <ButtonLink key={ownership.id} to={`${base}/vente/${encodeURIComponent(ownership.id)}`} variant="secondary">
            {intl.formatMessage({ id: 'records.actions.sale' }, { lot: ownership.lot?.code ?? '' })}
          </ButtonLink>
        ))}
        <ButtonLink to={`${base}/bail`} variant="secondary">
          {intl.formatMessage({ id: 'records.actions.newLease' })}
        </ButtonLink>
        {current.map((lease) => (
          <div key={lease.id} className={styles.group} role="group" aria-label={intl.formatMessage({ id: 'records.actions.lease' }, { lot: lease.lot?.code ?? '' })}>
            <p className={styles.groupTitle}>{intl.formatMessage({ id: 'records.actions.lease' }, { lot: lease.lot?.code ?? '' })}</p>
            {lease.noticeDate === null && (
              <ButtonLink to={`/gestion/baux/${encodeURIComponent(lease.id)}/preavis`} variant="secondary">
                {intl.formatMessage({ id: 'records.actions.notice' }, { lot: lease.lot?.code ?? '' })}
              </ButtonLink>
            )}
            <ButtonLink to={`/gestion/baux/${encodeURIComponent(lease.id)}/depart`} variant="secondary">
              {intl.formatMessage({ id: 'records.actions.departure' }, { lot: lease.lot?.code ?? '' })}
            </ButtonLink>
          </div>
        ))}
        <ButtonLink to="/gestion/portefeuille/nouveau" variant="ghost">
          {intl.formatMessage({ id: 'records.actions.newPerson' })}
        </ButtonLink>
      </div>
    </Card>
  );
}
