import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { OfficeCard } from '../components/OfficeCard';
import styles from './ContactsPage.module.css';

const ContactsPageQuery = graphql(`
  query AgencyContactsPage($space: Space!) {
    viewer {
      identifier
      contacts(space: $space) {
        kind
        name
        email
        phone
        buildings {
          id
          name
        }
      }
    }
    agencyOffices(first: 50) {
      nodes {
        id
        ...OfficeCard_office
      }
    }
  }
`);

export type ContactsPageProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/**
 * "Contacts syndic" / "Contacts agence" (manual: "affichera les données saisies au niveau du
 * bouton « Agence », bouton « bureaux »"): who is in charge of the client's buildings, then the
 * agency's offices.
 */
export function ContactsPage({ space }: ContactsPageProps) {
  const intl = useIntl();
  const title = intl.formatMessage({ id: `agencyContacts.nav.${space}` });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(ContactsPageQuery, { variables: { space } });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const contacts = data.viewer?.contacts ?? [];
  const offices = data.agencyOffices.nodes;

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'agencyContacts.page.intro' })} />
      <div className={styles.page}>
        {contacts.length > 0 && (
          <Card title={intl.formatMessage({ id: 'agencyContacts.page.inCharge' })} icon="users">
            <ul className={styles.list}>
              {contacts.map((contact) => (
                <li key={`${contact.kind}-${contact.name}`} className={styles.contact}>
                  <p className={styles.role}>{intl.formatMessage({ id: `agencyContacts.kind.${contact.kind}` })}</p>
                  <p className={styles.name}>{contact.name}</p>
                  {contact.buildings.length > 0 && <p className={styles.muted}>{intl.formatList(contact.buildings.map((building) => building.name))}</p>}
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
                        <span className="visually-hidden">{intl.formatMessage({ id: 'agencyContacts.office.phone' })}</span>
                        {contact.phone}
                      </span>
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Card title={intl.formatMessage({ id: 'agencyContacts.page.offices' })} icon="building">
          {offices.length === 0 ? (
            <p>{intl.formatMessage({ id: 'agencyContacts.page.noOffice' })}</p>
          ) : (
            <ul className={styles.offices}>
              {offices.map((office) => (
                <li key={office.id}>
                  <OfficeCard office={office} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
