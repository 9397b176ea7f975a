import { useIntl } from 'react-intl';
import type { PersonRole } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import styles from './RoleBadges.module.css';

const ORDER: readonly PersonRole[] = ['MANAGER', 'COUNCIL_PRESIDENT', 'COUNCIL_MEMBER', 'COOWNER', 'OWNER', 'TENANT'];

export type RoleBadgesProps = { roles: readonly PersonRole[] | null };

/** A person's current roles; the council president is not also listed as a plain member. */
export function RoleBadges({ roles }: RoleBadgesProps) {
  const intl = useIntl();
  const shown = ORDER.filter((role) => roles?.includes(role) && !(role === 'COUNCIL_MEMBER' && roles.includes('COUNCIL_PRESIDENT')));
  if (shown.length === 0) return <span className={styles.none}>{intl.formatMessage({ id: 'portfolio.role.none' })}</span>;
  return (
    <span className={styles.list}>
      {shown.map((role) => (
        <Badge key={role} tone={role.startsWith('COUNCIL') ? 'warning' : 'brand'}>
          {intl.formatMessage({ id: `portfolio.role.${role}` })}
        </Badge>
      ))}
    </span>
  );
}
