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
import { isUpcoming } from '../components/assembly-format';
import styles from './AssemblyPages.module.css';

const MyAssembliesQuery = graphql(`
  query MyAssemblies {
    generalAssemblies(first: 50) {
      nodes {
        id
        startsAt
        ...AssemblyList_assembly
      }
    }
  }
`);

/** "Mes assemblées": the AGs of the co-owner's buildings, upcoming first (soonest first), then past ones. */
export function MyAssembliesPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'assemblies.nav.mine' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(MyAssembliesQuery, { fetchPolicy: 'cache-and-network' });

  // A FORBIDDEN answer (no right to read AGs) lands here like any other feature's refusal.
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const all = data.generalAssemblies.nodes;
  // The API lists latest first; upcoming ones read better soonest first.
  const upcoming = all.filter((assembly) => isUpcoming(assembly.startsAt)).reverse();
  const past = all.filter((assembly) => !isUpcoming(assembly.startsAt));

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'assemblies.mine.intro' })} />
      <div className={styles.stack}>
        <Card title={intl.formatMessage({ id: 'assemblies.mine.upcoming' })} icon="calendar">
          {upcoming.length === 0 ? <EmptyState icon="calendar" title={intl.formatMessage({ id: 'assemblies.mine.noUpcoming' })} /> : <AssemblyList assemblies={upcoming} />}
        </Card>
        <Card title={intl.formatMessage({ id: 'assemblies.mine.past' })} icon="file">
          {past.length === 0 ? <EmptyState icon="file" title={intl.formatMessage({ id: 'assemblies.mine.noPast' })} /> : <AssemblyList assemblies={past} />}
        </Card>
      </div>
    </>
  );
}
