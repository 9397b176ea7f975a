import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/TextField';
import { BuildingCard } from '../components/BuildingCard';
import styles from './list-page.module.css';
import { NewRecordLink } from '../../records/public';

const BuildingsQuery = graphql(`
  query Buildings($search: String, $first: Int, $after: String) {
    buildings(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...BuildingCard_building
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

const PAGE_SIZE = 12;

/** "Immeubles": the agency's buildings, searchable by code or name. */
export function BuildingsPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);
  const [isLoadingMore, setLoadingMore] = useState(false);
  useDocumentTitle(intl.formatMessage({ id: 'portfolio.buildings.title' }));

  const apply = (q: string) => setParams(q ? { q } : {}, { replace: true });

  useEffect(() => {
    if (draft.trim() === search) return;
    const timer = window.setTimeout(() => apply(draft.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [draft]); // eslint-disable-line react-hooks/exhaustive-deps -- only typing starts a search

  const { data, error, refetch, fetchMore, loading } = useQuery(BuildingsQuery, {
    variables: { search: search || undefined, first: PAGE_SIZE },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(draft.trim());
  };

  const loadMore = async () => {
    if (!data?.buildings.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: data.buildings.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const edges = data?.buildings.edges ?? [];

  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'portfolio.buildings.title' })}
        description={intl.formatMessage({ id: 'portfolio.buildings.intro' })}
        actions={<NewRecordLink kind="building" />}
      />
      <form className={`${styles.filters} ${styles.filtersSingle}`} role="search" onSubmit={submit}>
        <TextField
          label={intl.formatMessage({ id: 'portfolio.buildings.search' })}
          name="q"
          type="search"
          inputMode="search"
          value={draft}
          onChange={setDraft}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary" icon="search" className={styles.searchButton}>
          {intl.formatMessage({ id: 'portfolio.people.searchSubmit' })}
        </Button>
      </form>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
      {data && (
        <div className={styles.results}>
          <p className={styles.count} role="status">
            {intl.formatMessage({ id: 'portfolio.buildings.count' }, { count: edges.length, total: data.buildings.totalCount ?? edges.length })}
          </p>
          {edges.length === 0 ? (
            <EmptyState icon="building" title={intl.formatMessage({ id: 'portfolio.buildings.empty' })} />
          ) : (
            <ul className={styles.cards}>
              {edges.map((edge) => (
                <li key={edge.node.id}>
                  <BuildingCard building={edge.node} />
                </li>
              ))}
            </ul>
          )}
          {data.buildings.pageInfo.hasNextPage && (
            <div className={styles.more}>
              <Button variant="secondary" onClick={() => void loadMore()} isBusy={isLoadingMore}>
                {intl.formatMessage({ id: 'portfolio.people.more' })}
              </Button>
            </div>
          )}
        </div>
      )}
    </>
  );
}
