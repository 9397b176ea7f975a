import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { Card } from '../../../ui/Card';
import styles from './CouncilSection.module.css';

export const CouncilSection_building = graphql(`
  fragment CouncilSection_building on Building {
    code
    name
    council(first: 50) {
      nodes {
        id
        role
        person {
          id
          displayName
        }
      }
    }
  }
`);

export type CouncilSectionProps = { building: FragmentType<typeof CouncilSection_building> };

/**
 * "Conseil syndical": its members and president, for the council members themselves (the API
 * shows a council's composition to its members only; names and roles, never their contacts).
 */
export function CouncilSection(props: CouncilSectionProps) {
  const building = useFragment(CouncilSection_building, props.building);
  const intl = useIntl();
  // The president first, then the members by name.
  const seats = [...building.council.nodes].sort(
    (a, b) => Number(b.role === 'PRESIDENT') - Number(a.role === 'PRESIDENT') || (a.person?.displayName ?? '').localeCompare(b.person?.displayName ?? '', 'fr'),
  );
  return (
    <Card
      title={intl.formatMessage({ id: 'clientHome.council.title' })}
      subtitle={building.name === building.code ? building.name : intl.formatMessage({ id: 'clientHome.building.name' }, { name: building.name, code: building.code })}
      icon="shield"
    >
      <ul className={styles.list}>
        {seats.map((seat) => (
          <li key={seat.id} className={styles.seat}>
            <span className={styles.name}>{seat.person?.displayName ?? intl.formatMessage({ id: 'clientHome.council.unknown' })}</span>
            <Badge tone={seat.role === 'PRESIDENT' ? 'brand' : 'neutral'}>{intl.formatMessage({ id: `clientHome.council.role.${seat.role}` })}</Badge>
          </li>
        ))}
      </ul>
    </Card>
  );
}
