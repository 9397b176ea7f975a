import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { PersonRole } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { PersonRow } from '../components/PersonRow';
import styles from './list-page.module.css';

const PeopleQuery = graphql(`
  query People($search: String, $role: PersonRole, $first: Int, $after: String) {
    people(search: $search, role: $role, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...PersonRow_person
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

export const PAGE_SIZE = 10;

/** The portfolio's categories (manual, "Portefeuille"); the council filter includes its president. */
const ROLE_FILTERS: readonly PersonRole[] = ['COOWNER', 'OWNER', 'TENANT', 'COUNCIL_MEMBER'];

function isRoleFilter(value: string | null): value is PersonRole {
  return ROLE_FILTERS.includes(value as PersonRole);
}

/** "Portefeuille": every person of the agency, searchable by name, filtered by role, page by page. */
export function PeoplePage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRoleFilter(roleParam) ? roleParam : undefined;
  const [draft, setDraft] = useState(search);
  const [isLoadingMore, setLoadingMore] = useState(false);
  useDocumentTitle(intl.formatMessage({ id: 'portfolio.people.title' }));

  const apply = (next: { q?: string; role?: string }) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value) updated.set(key, value);
          else updated.delete(key);
        }
        return updated;
      },
      { replace: true },
    );
  };

  // Search as you type, once typing pauses; the URL keeps the search for "back" and reloads.
  useEffect(() => {
    if (draft.trim() === search) return;
    const timer = window.setTimeout(() => apply({ q: draft.trim() }), 300);
    return () => window.clearTimeout(timer);
  }, [draft]); // eslint-disable-line react-hooks/exhaustive-deps -- only typing starts a search

  const { data, error, refetch, fetchMore, loading } = useQuery(PeopleQuery, {
    variables: { search: search || undefined, role, first: PAGE_SIZE },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ q: draft.trim() });
  };

  const loadMore = async () => {
    if (!data?.people.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: data.people.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const edges = data?.people.edges ?? [];
  const roleOptions = [
    { value: '', label: intl.formatMessage({ id: 'portfolio.people.filter.all' }) },
    ...ROLE_FILTERS.map((value) => ({ value, label: intl.formatMessage({ id: `portfolio.people.filter.${value}` }) })),
  ];

  return (
    <>
      <PageHeader title={intl.formatMessage({ id: 'portfolio.people.title' })} description={intl.formatMessage({ id: 'portfolio.people.intro' })} />
      <form className={styles.filters} role="search" onSubmit={submit}>
        <div className={styles.searchField}>
          <TextField label={intl.formatMessage({ id: 'portfolio.people.search' })} name="q" type="search" inputMode="search" value={draft} onChange={setDraft} autoComplete="off" />
        </div>
        <div className={styles.roleField}>
          <SelectField
            label={intl.formatMessage({ id: 'portfolio.people.filter.label' })}
            name="role"
            value={role ?? ''}
            options={roleOptions}
            onChange={(value) => apply({ role: value })}
          />
        </div>
        <Button type="submit" variant="secondary" icon="search" className={styles.searchButton}>
          {intl.formatMessage({ id: 'portfolio.people.searchSubmit' })}
        </Button>
      </form>

      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
      {data && (
        <div className={styles.results}>
          <p className={styles.count} role="status">
            {intl.formatMessage({ id: 'portfolio.people.count' }, { count: edges.length, total: data.people.totalCount ?? edges.length })}
          </p>
          {edges.length === 0 ? (
            <EmptyState icon="search" title={intl.formatMessage({ id: 'portfolio.people.emptyTitle' })}>
              {intl.formatMessage({ id: 'portfolio.people.empty' })}
            </EmptyState>
          ) : (
            <div className={styles.table}>
              <div className={styles.tableHead} aria-hidden="true">
                <span>{intl.formatMessage({ id: 'portfolio.people.column.name' })}</span>
                <span>{intl.formatMessage({ id: 'portfolio.people.column.roles' })}</span>
                <span>{intl.formatMessage({ id: 'portfolio.people.column.city' })}</span>
                <span>{intl.formatMessage({ id: 'portfolio.people.column.access' })}</span>
              </div>
              <ul className={styles.rows} aria-label={intl.formatMessage({ id: 'portfolio.people.listLabel' })}>
                {edges.map((edge) => (
                  <li key={edge.node.id}>
                    <PersonRow person={edge.node} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {data.people.pageInfo.hasNextPage && (
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
