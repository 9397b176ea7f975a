import { useApolloClient, useQuery } from '@apollo/client/react';
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
import { Checkbox } from '../../../ui/Checkbox';
import { BulkAccessBar, MAX_SELECTION } from '../bulk/BulkAccessBar';
import { NewRecordLink } from '../../records/public';
import styles from './list-page.module.css';

const PeopleQuery = graphql(`
  query People($search: String, $role: PersonRole, $buildingId: ID, $hasAccess: Boolean, $first: Int, $after: String) {
    people(search: $search, role: $role, buildingId: $buildingId, hasAccess: $hasAccess, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          displayName
          ...PersonRow_person
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
    buildings(first: 100) {
      nodes {
        id
        code
      }
    }
  }
`);

/** Every id matching the filters, page by page, for "select all matching" (at most MAX_SELECTION). */
const PeopleIdsQuery = graphql(`
  query PeopleIds($search: String, $role: PersonRole, $buildingId: ID, $hasAccess: Boolean, $first: Int, $after: String) {
    people(search: $search, role: $role, buildingId: $buildingId, hasAccess: $hasAccess, first: $first, after: $after) {
      nodes {
        id
      }
      pageInfo {
        endCursor
        hasNextPage
      }
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
  const buildingId = params.get('immeuble') ?? undefined;
  const accessParam = params.get('acces');
  const hasAccess = accessParam === 'oui' ? true : accessParam === 'non' ? false : undefined;
  const client = useApolloClient();
  // The selection survives paging and filter changes: a manager may build it in several steps.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [isSelectingAll, setSelectingAll] = useState(false);
  const [draft, setDraft] = useState(search);
  const [isLoadingMore, setLoadingMore] = useState(false);
  useDocumentTitle(intl.formatMessage({ id: 'portfolio.people.title' }));

  const apply = (next: { q?: string; role?: string; immeuble?: string; acces?: string }) => {
    setParams(
      () => {
        // From the address bar, not the hook's copy: two filters changed in a row both stay
        // (React Router hands every updater the search of the last render).
        const updated = new URLSearchParams(window.location.search);
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
    variables: { search: search || undefined, role, buildingId, hasAccess, first: PAGE_SIZE },
  });

  const toggle = (id: string, isChecked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (isChecked) next.add(id);
      else next.delete(id);
      return next;
    });

  const selectAllMatching = async () => {
    setSelectingAll(true);
    try {
      const ids = new Set(selected);
      let after: string | null | undefined;
      do {
        const { data: page } = await client.query({
          query: PeopleIdsQuery,
          variables: { search: search || undefined, role, buildingId, hasAccess, first: 100, after },
          fetchPolicy: 'network-only',
        });
        if (!page) break;
        for (const node of page.people.nodes) if (ids.size < MAX_SELECTION) ids.add(node.id);
        after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
      } while (after && ids.size < MAX_SELECTION);
      setSelected(ids);
    } finally {
      setSelectingAll(false);
    }
  };

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
  const pageIds = edges.map((edge) => edge.node.id);
  const pageSelected = pageIds.filter((id) => selected.has(id)).length;
  const buildingOptions = [
    { value: '', label: intl.formatMessage({ id: 'portfolio.people.filter.allBuildings' }) },
    ...(data?.buildings.nodes ?? []).map((building) => ({ value: building.id, label: building.code })),
  ];
  const accessOptions = [
    { value: '', label: intl.formatMessage({ id: 'portfolio.people.filter.anyAccess' }) },
    { value: 'non', label: intl.formatMessage({ id: 'portfolio.people.filter.withoutAccess' }) },
    { value: 'oui', label: intl.formatMessage({ id: 'portfolio.people.filter.withAccess' }) },
  ];
  const roleOptions = [
    { value: '', label: intl.formatMessage({ id: 'portfolio.people.filter.all' }) },
    ...ROLE_FILTERS.map((value) => ({ value, label: intl.formatMessage({ id: `portfolio.people.filter.${value}` }) })),
  ];

  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'portfolio.people.title' })}
        description={intl.formatMessage({ id: 'portfolio.people.intro' })}
        actions={<NewRecordLink kind="person" />}
      />
      <form className={`${styles.filters} ${styles.filtersWide}`} role="search" onSubmit={submit}>
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
        <div className={styles.roleField}>
          <SelectField
            label={intl.formatMessage({ id: 'portfolio.people.filter.building' })}
            name="immeuble"
            value={buildingId ?? ''}
            options={buildingOptions}
            onChange={(value) => apply({ immeuble: value })}
          />
        </div>
        <div className={styles.roleField}>
          <SelectField
            label={intl.formatMessage({ id: 'portfolio.people.filter.access' })}
            name="acces"
            value={accessParam === 'oui' || accessParam === 'non' ? accessParam : ''}
            options={accessOptions}
            onChange={(value) => apply({ acces: value })}
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
          <BulkAccessBar
            selectedIds={[...selected]}
            total={data.people.totalCount ?? edges.length}
            isSelectingAll={isSelectingAll}
            onSelectAll={() => void selectAllMatching()}
            onClear={() => setSelected(new Set())}
            onDone={() => void refetch()}
          />
          {edges.length === 0 ? (
            <EmptyState icon="search" title={intl.formatMessage({ id: 'portfolio.people.emptyTitle' })}>
              {intl.formatMessage({ id: 'portfolio.people.empty' })}
            </EmptyState>
          ) : (
            <div className={styles.table}>
              <div className={styles.selectPage}>
                <Checkbox
                  label={intl.formatMessage({ id: 'portfolio.bulk.selectPage' })}
                  isChecked={pageSelected === pageIds.length}
                  isIndeterminate={pageSelected > 0 && pageSelected < pageIds.length}
                  onChange={(isChecked) => {
                    for (const id of pageIds) toggle(id, isChecked);
                  }}
                />
              </div>
              <div className={`${styles.tableHead} ${styles.tableHeadSelectable}`} aria-hidden="true">
                <span>{intl.formatMessage({ id: 'portfolio.people.column.name' })}</span>
                <span>{intl.formatMessage({ id: 'portfolio.people.column.roles' })}</span>
                <span>{intl.formatMessage({ id: 'portfolio.people.column.city' })}</span>
                <span>{intl.formatMessage({ id: 'portfolio.people.column.access' })}</span>
              </div>
              <ul className={styles.rows} aria-label={intl.formatMessage({ id: 'portfolio.people.listLabel' })}>
                {edges.map((edge) => (
                  <li key={edge.node.id} className={styles.selectableRow}>
                    <Checkbox
                      label={intl.formatMessage({ id: 'portfolio.bulk.selectPerson' }, { name: edge.node.displayName })}
                      isLabelHidden
                      isChecked={selected.has(edge.node.id)}
                      onChange={(isChecked) => toggle(edge.node.id, isChecked)}
                    />
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
