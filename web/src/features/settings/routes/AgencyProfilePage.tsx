import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { AgencyProfileForm } from '../components/AgencyProfileForm';
import styles from '../settings.module.css';

const AgencyProfilePageQuery = graphql(`
  query AgencyProfilePage {
    agencyProfile {
      ...AgencyProfileForm_profile
    }
  }
`);

/** "Profil de l'agence": the legal mentions of the legal notice and of the PDF headers. */
export function AgencyProfilePage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(AgencyProfilePageQuery, { fetchPolicy: 'network-only' });
  const title = intl.formatMessage({ id: 'settings.profile.title' });
  useDocumentTitle(title);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'settings.profile.intro' })} />
      <div className={styles.stack}>{data.agencyProfile && <AgencyProfileForm profile={data.agencyProfile} />}</div>
    </>
  );
}
