import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Card } from '../../../ui/Card';
import { DescriptionList } from '../../../ui/DescriptionList';
import { RoleBadges } from './RoleBadges';
import styles from './PersonIdentity.module.css';

export const PersonIdentity_person = graphql(`
  fragment PersonIdentity_person on Person {
    id
    civility
    displayName
    postalAddress {
      line1
      line2
      postalCode
      city
    }
    roles
    emails
    phones
    notifyNewDocuments
  }
`);

export type PersonIdentityProps = { person: FragmentType<typeof PersonIdentity_person> };

/** The record's "Général" tab: name, postal address, roles, contacts, notification setting. */
export function PersonIdentity(props: PersonIdentityProps) {
  const person = useFragment(PersonIdentity_person, props.person);
  const intl = useIntl();
  const none = <span className={styles.none}>{intl.formatMessage({ id: 'portfolio.person.none' })}</span>;
  const list = (values: readonly string[] | null) =>
    values?.length ? (
      <ul className={styles.values}>
        {values.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ul>
    ) : (
      none
    );
  const address = person.postalAddress;

  return (
    <Card title={intl.formatMessage({ id: 'portfolio.person.contact' })} icon="user">
      <DescriptionList
        isWide
        items={[
          { id: 'name', term: intl.formatMessage({ id: 'portfolio.person.name' }), details: [person.civility, person.displayName].filter(Boolean).join(' ') },
          {
            id: 'address',
            term: intl.formatMessage({ id: 'portfolio.person.address' }),
            details: (
              <address className={styles.address}>
                <span>{person.displayName}</span>
                <span>{address.line1}</span>
                {address.line2 && <span>{address.line2}</span>}
                <span>{`${address.postalCode} ${address.city}`.trim()}</span>
              </address>
            ),
          },
          { id: 'roles', term: intl.formatMessage({ id: 'portfolio.person.roles' }), details: <RoleBadges roles={person.roles} /> },
          { id: 'emails', term: intl.formatMessage({ id: 'portfolio.person.emails' }), details: list(person.emails) },
          { id: 'phones', term: intl.formatMessage({ id: 'portfolio.person.phones' }), details: list(person.phones) },
          {
            id: 'notifications',
            term: intl.formatMessage({ id: 'portfolio.person.notifications' }),
            details: intl.formatMessage({ id: person.notifyNewDocuments ? 'portfolio.person.notificationsOn' : 'portfolio.person.notificationsOff' }),
          },
        ]}
      />
    </Card>
  );
}
