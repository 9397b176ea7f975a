import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { errorCodeOf, fieldErrorsOf } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { ButtonLink } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { PersonDocuments } from '../../documents/public';
import { PersonRecordActions } from '../../records/public';
import { ExtranetAccessPanel } from '../components/ExtranetAccessPanel';
import { PersonAccounts } from '../components/PersonAccounts';
import { PersonHoldings } from '../components/PersonHoldings';
import { PersonIdentity } from '../components/PersonIdentity';
import styles from './PersonPage.module.css';

const PersonDetailQuery = graphql(`
  query PersonDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Person {
        civility
        displayName
        ...PersonIdentity_person
        ...ExtranetAccessPanel_person
        ...PersonHoldings_person
        ...PersonAccounts_person
        ...PersonRecordActions_person
      }
    }
  }
`);

/** A person's record (manual, "Portefeuille" → fiche détaillée): identity, accounts, lots, extranet. */
export function PersonPage() {
  const intl = useIntl();
  const { personId = '' } = useParams();
  const { data, error, refetch } = useQuery(PersonDetailQuery, { variables: { id: personId } });
  const person = data?.node?.__typename === 'Person' ? data.node : null;
  useDocumentTitle(person?.displayName ?? intl.formatMessage({ id: 'portfolio.people.title' }));

  const breadcrumb = (
    <nav aria-label={intl.formatMessage({ id: 'portfolio.person.breadcrumb' })} className={styles.breadcrumb}>
      <Link to="/gestion/portefeuille">
        <Icon name="chevronLeft" size={16} />
        {intl.formatMessage({ id: 'portfolio.people.title' })}
      </Link>
    </nav>
  );

  // A forged or malformed id is "not found" as much as a missing one.
  const isInvalidId = fieldErrorsOf(error).some((item) => item.reason === 'INVALID_ID') || errorCodeOf(error) === 'NOT_FOUND';
  if (error && !isInvalidId)
    return (
      <>
        {breadcrumb}
        <QueryError error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!data && !error) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (!person) {
    return (
      <>
        {breadcrumb}
        <EmptyState icon="search" title={intl.formatMessage({ id: 'portfolio.person.notFound' })}>
          <ButtonLink to="/gestion/portefeuille" variant="secondary">
            {intl.formatMessage({ id: 'portfolio.person.backToList' })}
          </ButtonLink>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {breadcrumb}
      <PageHeader eyebrow={person.civility || intl.formatMessage({ id: 'portfolio.person.eyebrow' })} title={person.displayName} />
      <div className={styles.grid}>
        <div className={styles.main}>
          <PersonIdentity person={person} />
          <PersonAccounts person={person} />
          <PersonHoldings person={person} />
          <PersonDocuments personId={person.id} displayName={person.displayName} />
        </div>
        <div className={styles.side}>
          <ExtranetAccessPanel person={person} />
          <PersonRecordActions person={person} />
        </div>
      </div>
    </>
  );
}
