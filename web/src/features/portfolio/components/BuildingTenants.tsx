import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { PersonLink } from './PersonLink';
import styles from './BuildingSections.module.css';

export const BuildingTenants_building = graphql(`
  fragment BuildingTenants_building on Building {
    id
    lots(first: 50) {
      nodes {
        id
        code
        leases {
          nodes {
            id
            isActive
            startDate
            noticeDate
            departureDate
            tenant {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export type BuildingTenantsProps = { building: FragmentType<typeof BuildingTenants_building> };

/** The building's current tenants (gérance), lot by lot; a tenant under notice shows the notice. */
export function BuildingTenants(props: BuildingTenantsProps) {
  const building = useFragment(BuildingTenants_building, props.building);
  const intl = useIntl();
  const date = (value: string) => formatDate(value, intl.locale);
  const leases = building.lots.nodes.flatMap((lot) => lot.leases.nodes.filter((lease) => lease.isActive && lease.tenant).map((lease) => ({ lot, lease })));
  return (
    <Card title={intl.formatMessage({ id: 'portfolio.building.tenants.title' })} icon="key">
      {leases.length === 0 ? (
        <EmptyState icon="key" title={intl.formatMessage({ id: 'portfolio.building.tenants.empty' })} />
      ) : (
        <ul className={styles.list}>
          {leases.map(({ lot, lease }) => (
            <li key={lease.id} className={styles.listRow}>
              <span className={styles.listMain}>
                {lease.tenant && <PersonLink person={lease.tenant} />}
                <Badge>{lot.code}</Badge>
              </span>
              <span className={styles.meta}>
                {[
                  intl.formatMessage({ id: 'portfolio.holdings.lease' }, { date: date(lease.startDate) }),
                  lease.noticeDate && intl.formatMessage({ id: 'portfolio.holdings.notice' }, { date: date(lease.noticeDate) }),
                  lease.departureDate && intl.formatMessage({ id: 'portfolio.holdings.departure' }, { date: date(lease.departureDate) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
