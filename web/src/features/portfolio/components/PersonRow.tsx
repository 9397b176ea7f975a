import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Icon } from '../../../ui/Icon';
import { AccessStatusBadge } from './AccessStatusBadge';
import { RoleBadges } from './RoleBadges';
import styles from './PersonRow.module.css';

export const PersonRow_person = graphql(`
  fragment PersonRow_person on Person {
    id
    civility
    displayName
    roles
    postalAddress {
      postalCode
      city
    }
    extranetAccess {
      identifier
      isEnabled
      mustChangePassword
    }
  }
`);

export type PersonRowProps = {
  person: FragmentType<typeof PersonRow_person>;
};

/** One line of the portfolio; the whole line opens the person's record. */
export function PersonRow(props: PersonRowProps) {
  const person = useFragment(PersonRow_person, props.person);
  const intl = useIntl();
  const place = `${person.postalAddress.postalCode} ${person.postalAddress.city}`.trim();
  return (
    <Link to={`/gestion/portefeuille/${encodeURIComponent(person.id)}`} className={styles.row}>
      <span className={styles.identity}>
        <span className={styles.name}>{person.displayName}</span>
        {person.civility && <span className={styles.civility}>{person.civility}</span>}
      </span>
      <span className={styles.roles}>
        <RoleBadges roles={person.roles} />
      </span>
      <span className={styles.place}>
        <span className="visually-hidden">{intl.formatMessage({ id: 'portfolio.people.column.city' })}</span>
        {place}
      </span>
      <span className={styles.access}>
        <AccessStatusBadge access={person.extranetAccess} />
      </span>
      <Icon name="chevronRight" className={styles.chevron} />
    </Link>
  );
}
