import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { formatStartsAt } from './assembly-format';
import styles from './AssemblyList.module.css';

export const AssemblyList_assembly = graphql(`
  fragment AssemblyList_assembly on GeneralAssembly {
    id
    title
    kind
    startsAt
    place
    isPostalVoteOpen
    reportPublishedAt
    building {
      id
      code
      name
    }
  }
`);

export type AssemblyListProps = { assemblies: FragmentType<typeof AssemblyList_assembly>[]; showBuilding?: boolean };

/** AGs as a stacked list (phone first): title, date, place, and what the co-owner can do now. */
export function AssemblyList({ assemblies, showBuilding }: AssemblyListProps) {
  const intl = useIntl();
  const rows = useFragment(AssemblyList_assembly, assemblies);
  return (
    <ul className={styles.list}>
      {rows.map((assembly) => (
        <li key={assembly.id} className={styles.item}>
          <Link to={assembly.id} className={styles.link}>
            <span className={styles.title}>{assembly.title}</span>
            {assembly.isPostalVoteOpen && (
              <Badge tone="brand" hasDot>
                {intl.formatMessage({ id: 'assemblies.list.postalOpen' })}
              </Badge>
            )}
            {assembly.reportPublishedAt && (
              <Badge tone="success" hasDot>
                {intl.formatMessage({ id: 'assemblies.list.reportPublished' })}
              </Badge>
            )}
          </Link>
          <span className={styles.meta}>
            {[intl.formatMessage({ id: `assemblies.kind.${assembly.kind}` }), formatStartsAt(intl, assembly.startsAt), showBuilding ? assembly.building?.code : assembly.place]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
