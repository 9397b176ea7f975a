import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SettingsForm } from '../components/SettingsForm';
import styles from '../settings.module.css';

const SettingsPageQuery = graphql(`
  query SettingsPage {
    agencySettings {
      ...SettingsForm_settings
    }
  }
`);

/** "Utilitaires / Configuration / Paramètres": the agency's module switches and publication choices. */
export function SettingsPage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(SettingsPageQuery);
  const title = intl.formatMessage({ id: 'settings.page.title' });
  useDocumentTitle(title);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'settings.page.intro' })} />
      <div className={styles.stack}>
        <SettingsForm settings={data.agencySettings} />
      </div>
    </>
  );
}
