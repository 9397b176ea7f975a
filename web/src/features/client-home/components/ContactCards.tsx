import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { Icon } from '../../../ui/Icon';
import styles from './ContactCards.module.css';

export const ContactCards_contacts = graphql(`
  fragment ContactCards_contacts on ContactCard {
    kind
    name
    email
    phone
    agencyName
    agencyAddress
    buildings {
      id
      code
      name
    }
  }
`);

export type ContactCardsProps = {
  contacts: ReadonlyArray<FragmentType<typeof ContactCards_contacts>>;
  space: Extract<Space, 'SYNDIC' | 'GERANCE'>;
};

/** "Contacts syndic" / "Contacts agence": the manager in charge of each building, or the agency. */
export function ContactCards(props: ContactCardsProps) {
  const contacts = useFragment(ContactCards_contacts, props.contacts);
  const intl = useIntl();
  if (contacts.length === 0) return null;
  return (
    <Card title={intl.formatMessage({ id: `clientHome.contacts.title.${props.space}` })} icon="users">
      <ul className={styles.list}>
        {contacts.map((contact) => (
          <li key={`${contact.kind}-${contact.name}`} className={styles.contact}>
            <p className={styles.role}>{intl.formatMessage({ id: `clientHome.contacts.kind.${contact.kind}` })}</p>
            <p className={styles.name}>{contact.name}</p>
            {contact.kind === 'MANAGER' ? <p className={styles.muted}>{contact.agencyName}</p> : <p className={styles.muted}>{contact.agencyAddress}</p>}
            {contact.buildings.length > 0 && (
              <p className={styles.muted}>
                {intl.formatMessage(
                  { id: 'clientHome.contacts.buildings' },
                  { count: contact.buildings.length, names: intl.formatList(contact.buildings.map((building) => building.name)) },
                )}
              </p>
            )}
            <div className={styles.channels}>
              {contact.email && (
                <a className={styles.channel} href={`mailto:${contact.email}`}>
                  <Icon name="mail" size={18} />
                  <span>{contact.email}</span>
                </a>
              )}
              {contact.phone && (
                <a className={styles.channel} href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                  <Icon name="phone" size={18} />
                  <span>
                    <span className="visually-hidden">{intl.formatMessage({ id: 'clientHome.contacts.phone' })}</span>
                    {contact.phone}
                  </span>
                </a>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
