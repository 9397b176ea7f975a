import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { PersonLink } from './PersonLink';
import styles from './BuildingSections.module.css';

export const BuildingCouncil_building = graphql(`
  fragment BuildingCouncil_building on Building {
    id
    council(first: 50) {
      nodes {
        id
        role
        isActive
        startDate
        person {
          id
          displayName
        }
      }
    }
  }
`);

export type BuildingCouncilProps = { building: FragmentType<typeof BuildingCouncil_building> };

/** The conseil syndical: the president first, then the members, each opening their record. */
export function BuildingCouncil(props: BuildingCouncilProps) {
  const building = useFragment(BuildingCouncil_building, props.building);
  const intl = useIntl();
  const seats = building.council.nodes
    .filter((seat) => seat.isActive && seat.person)
    .sort((a, b) => (a.role === b.role ? (a.person?.displayName ?? '').localeCompare(b.person?.displayName ?? '') : a.role === 'PRESIDENT' ? -1 : 1));
  return (
    <Card title={intl.formatMessage({ id: 'portfolio.building.council.title' })} icon="users">
      {seats.length === 0 ? (
        <EmptyState icon="users" title={intl.formatMessage({ id: 'portfolio.building.council.empty' })} />
      ) : (
        <ul className={styles.list}>
          {seats.map((seat) => (
            <li key={seat.id} className={styles.listRow}>
              <span className={styles.listMain}>
                {seat.person && <PersonLink person={seat.person} />}
                <Badge tone="warning">{intl.formatMessage({ id: `portfolio.holdings.councilRole.${seat.role}` })}</Badge>
              </span>
              <span className={styles.meta}>{intl.formatMessage({ id: 'portfolio.holdings.councilSince' }, { date: formatDate(seat.startDate, intl.locale) })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
