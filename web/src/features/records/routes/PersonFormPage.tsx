import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { EMPTY_PERSON, PersonForm, type PersonValues } from '../components/PersonForm';
import { RecordPage } from './RecordPage';
import { recordState } from './record-state';

const PersonToEditQuery = graphql(`
  query RecordsPersonToEdit($id: ID!) {
    node(id: $id) {
      id
      ... on Person {
        externalId
        civility
        displayName
        emails
        phones
        postalAddress {
          line1
          line2
          postalCode
          city
        }
      }
    }
  }
`);

/** "Nouveau tiers": a person created in the console, with the back-office code the manager confirms. */
export function NewPersonPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  return (
    <RecordPage title={intl.formatMessage({ id: 'records.person.newTitle' })} back={{ to: '/gestion/portefeuille', label: intl.formatMessage({ id: 'records.back.people' }) }}>
      <PersonForm initial={EMPTY_PERSON} isExisting={false} cancelTo="/gestion/portefeuille" onSaved={(id) => void navigate(`/gestion/portefeuille/${encodeURIComponent(id)}`)} />
    </RecordPage>
  );
}

/** Editing a person's identity, address, e-mails and phones, prefilled from the API. */
export function EditPersonPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { personId = '' } = useParams();
  const { data, error, refetch } = useQuery(PersonToEditQuery, { variables: { id: personId }, fetchPolicy: 'network-only' });
  const person = data?.node?.__typename === 'Person' ? data.node : null;
  const recordPath = `/gestion/portefeuille/${encodeURIComponent(personId)}`;
  const initial: PersonValues | null = person && {
    externalId: person.externalId ?? '',
    civility: person.civility,
    displayName: person.displayName,
    emails: (person.emails ?? []).map((value) => ({ id: value, value })),
    phones: (person.phones ?? []).map((value) => ({ id: value, value })),
    address: { ...person.postalAddress },
  };
  return (
    <RecordPage
      title={intl.formatMessage({ id: 'records.person.editTitle' })}
      eyebrow={person?.displayName}
      back={{ to: recordPath, label: person?.displayName ?? intl.formatMessage({ id: 'records.back.people' }) }}
      state={recordState(data, error, Boolean(person), () => void refetch())}
    >
      {initial && <PersonForm initial={initial} isExisting cancelTo={recordPath} onSaved={() => void navigate(recordPath)} />}
    </RecordPage>
  );
}
