import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Card } from '../../../ui/Card';
import { DescriptionList } from '../../../ui/DescriptionList';
import { Switch } from '../../../ui/Switch';
import styles from './ContactDetails.module.css';

export const ContactDetails_person = graphql(`
  fragment ContactDetails_person on Person {
    id
    civility
    displayName
    postalAddress {
      line1
      line2
      postalCode
      city
    }
    emails
    phones
    notifyNewDocuments
  }
`);

const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($notifyNewDocuments: Boolean!) {
    updateMyPreferences(notifyNewDocuments: $notifyNewDocuments) {
      id
      notifyNewDocuments
    }
  }
`);

export type ContactDetailsProps = {
  person: FragmentType<typeof ContactDetails_person>;
};

/** "Mes coordonnées": the notification switch, name, address, e-mails, phones (manual, "L'extranet client"). */
export function ContactDetails(props: ContactDetailsProps) {
  const person = useFragment(ContactDetails_person, props.person);
  const intl = useIntl();
  const [updatePreferences, { loading }] = useMutation(UpdateMyPreferencesMutation);
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  const isNotified = person.notifyNewDocuments ?? false;

  const toggle = async (next: boolean) => {
    setStatus(null);
    try {
      await updatePreferences({
        variables: { notifyNewDocuments: next },
        optimisticResponse: { updateMyPreferences: { __typename: 'Person', id: person.id, notifyNewDocuments: next } },
      });
      setStatus('saved');
    } catch {
      setStatus('failed'); // the optimistic value is rolled back by Apollo
    }
  };

  const address = person.postalAddress;
  const none = <span className={styles.none}>{intl.formatMessage({ id: 'clientHome.contact.none' })}</span>;

  return (
    <Card title={intl.formatMessage({ id: 'clientHome.contact.title' })} icon="user">
      <div className={styles.notify}>
        <Switch
          label={intl.formatMessage({ id: 'clientHome.contact.notify' })}
          description={intl.formatMessage({ id: isNotified ? 'clientHome.contact.notifyOn' : 'clientHome.contact.notifyOff' })}
          isChecked={isNotified}
          isDisabled={loading}
          onChange={(next) => void toggle(next)}
        />
        {status === 'saved' && (
          <p className={styles.saved} role="status">
            {intl.formatMessage({ id: 'clientHome.contact.saved' })}
          </p>
        )}
        {status === 'failed' && <Alert tone="error">{intl.formatMessage({ id: 'clientHome.contact.saveFailed' })}</Alert>}
      </div>
      <DescriptionList
        items={[
          {
            id: 'name',
            term: intl.formatMessage({ id: 'clientHome.contact.name' }),
            details: [person.civility, person.displayName].filter(Boolean).join(' '),
          },
          {
            id: 'address',
            term: intl.formatMessage({ id: 'clientHome.contact.address' }),
            details: (
              <address className={styles.address}>
                <span>{address.line1}</span>
                {address.line2 && <span>{address.line2}</span>}
                <span>{`${address.postalCode} ${address.city}`.trim()}</span>
              </address>
            ),
          },
          {
            id: 'emails',
            term: intl.formatMessage({ id: 'clientHome.contact.emails' }),
            details: person.emails?.length ? (
              <ul className={styles.values}>
                {person.emails.map((email) => (
                  <li key={email}>{email}</li>
                ))}
              </ul>
            ) : (
              none
            ),
          },
          {
            id: 'phones',
            term: intl.formatMessage({ id: 'clientHome.contact.phones' }),
            details: person.phones?.length ? (
              <ul className={styles.values}>
                {person.phones.map((phone) => (
                  <li key={phone}>{phone}</li>
                ))}
              </ul>
            ) : (
              none
            ),
          },
        ]}
      />
      <p className={styles.help}>{intl.formatMessage({ id: 'clientHome.contact.help' })}</p>
    </Card>
  );
}
