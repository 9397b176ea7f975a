import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { AssemblyList } from '../components/AssemblyList';
import { CreateAssemblyForm } from '../components/CreateAssemblyForm';
import styles from './AssemblyPages.module.css';

const ManagerAssembliesQuery = graphql(`
  query ManagerAssemblies {
    generalAssemblies(first: 100) {
      nodes {
        id
        ...AssemblyList_assembly
      }
    }
    buildings(first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

/** The manager's AGs, latest first, every building of the agency, and the form that calls a new one. */
export function AssembliesPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'assemblies.nav.manage' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(ManagerAssembliesQuery, { fetchPolicy: 'cache-and-network' });

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const assemblies = data.generalAssemblies.nodes;
  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'assemblies.manage.intro' })} />
      <div className={styles.columns}>
        <Card title={intl.formatMessage({ id: 'assemblies.manage.list' })} icon="calendar">
          {assemblies.length === 0 ? (
            <EmptyState icon="calendar" title={intl.formatMessage({ id: 'assemblies.manage.empty' })} />
          ) : (
            <AssemblyList assemblies={assemblies} showBuilding />
          )}
        </Card>
        <Card title={intl.formatMessage({ id: 'assemblies.create.heading' })} icon="users">
          <CreateAssemblyForm buildings={data.buildings.nodes} />
        </Card>
      </div>
    </>
  );
}
