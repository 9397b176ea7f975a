import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Button, ButtonLink } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { BinderDialog, type BinderDraft } from '../components/BinderDialog';
import { BinderPanel } from '../components/BinderPanel';
import { CoOwnerListDialog } from '../components/CoOwnerListDialog';
import { DocumentSelectionBar } from '../components/DocumentSelectionBar';
import { DocumentTable } from '../components/DocumentTable';
import styles from './ManagerDocumentsPage.module.css';

const ManagerDocumentsQuery = graphql(`
  query ManagerDocuments($binderId: ID, $after: String) {
    viewer {
      identifier
      can {
        manageDocuments
      }
      binders(space: MANAGEMENT) {
        id
        name
        documentCount
        ...BinderPanel_binder
      }
      documents(space: MANAGEMENT, binderId: $binderId, first: 50, after: $after) {
        edges {
          cursor
          node {
            id
            ...DocumentTable_document
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const PARAMS = { binder: 'classeur' } as const;

/**
 * The manager's "Documents" (manual, "Documents"): every binder with its count, the file table
 * with "Concerne" filtered by binder, "(Dé)publier" and deletion of a selection, the binders'
 * names and rights, the way to publish new files, and the council's co-owner lists on demand.
 */
export function ManagerDocumentsPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const binderId = params.get(PARAMS.binder);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<BinderDraft | null>(null);
  const [isListing, setListing] = useState(false);
  const [isLoadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ManagerDocumentsQuery, { variables: { binderId } });
  const shown = data ?? (loading ? previousData : undefined);
  const title = intl.formatMessage({ id: 'documents.nav.manager' });
  useDocumentTitle(title);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!shown) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const binders = shown.viewer?.binders ?? [];
  const binder = binders.find((candidate) => candidate.id === binderId) ?? null;
  const connection = shown.viewer?.documents;
  const documents = connection?.edges.map((edge) => edge.node) ?? [];
  const visibleSelection = documents.filter((document) => selected.has(document.id)).map((document) => document.id);
  const canManage = shown.viewer?.can.manageDocuments ?? false;
  const total = binders.reduce((sum, candidate) => sum + candidate.documentCount, 0);
  const hrefOf = (id: string | null) => (id ? `/gestion/documents?${PARAMS.binder}=${encodeURIComponent(id)}` : '/gestion/documents');
  const newBinder = (module: 'SYNDIC' | 'GERANCE'): BinderDraft => ({
    id: null,
    name: '',
    module,
    documentCount: 0,
    syndicLevel: module === 'SYNDIC' ? 'ALL_COOWNERS' : null,
    owner: false,
    tenant: false,
    notifyByDefault: false,
  });

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeader
        title={title}
        description={intl.formatMessage({ id: 'documents.manager.intro' })}
        actions={
          canManage && (
            <>
              <ButtonLink to={binder ? `/gestion/documents/publier?${PARAMS.binder}=${encodeURIComponent(binder.id)}` : '/gestion/documents/publier'} icon="upload">
                {intl.formatMessage({ id: 'documents.manager.publish' })}
              </ButtonLink>
              <Button variant="secondary" icon="folder" onClick={() => setEditing(newBinder('SYNDIC'))}>
                {intl.formatMessage({ id: 'documents.manager.newBinder' })}
              </Button>
              <Button variant="secondary" icon="users" onClick={() => setListing(true)}>
                {intl.formatMessage({ id: 'documents.manager.coOwnerLists' })}
              </Button>
            </>
          )
        }
      />
      <div className={styles.layout}>
        <BinderPanel binders={binders} selectedId={binder?.id ?? null} hrefOf={hrefOf} totalCount={total} onEdit={canManage ? setEditing : undefined} />
        <section className={styles.main} aria-labelledby="documents-table-title">
          <h2 id="documents-table-title" className={styles.tableTitle}>
            {binder ? binder.name : intl.formatMessage({ id: 'documents.manager.allBinders' })}
          </h2>
          {canManage && (
            <DocumentSelectionBar
              selectedIds={visibleSelection}
              onClear={() => setSelected(new Set())}
              onDone={() => {
                setSelected(new Set());
                void refetch();
              }}
            />
          )}
          {documents.length === 0 ? (
            <EmptyState icon="folder" title={intl.formatMessage({ id: 'documents.manager.empty' })} />
          ) : (
            <DocumentTable
              documents={documents}
              selectedIds={selected}
              onSelectionChange={canManage ? setSelected : undefined}
              caption={intl.formatMessage({ id: 'documents.table.caption' }, { binder: binder?.name ?? intl.formatMessage({ id: 'documents.manager.allBinders' }) })}
            />
          )}
          {connection?.pageInfo.hasNextPage && (
            <div>
              <Button variant="secondary" onClick={() => void loadMore()} isBusy={isLoadingMore}>
                {intl.formatMessage({ id: 'documents.more' })}
              </Button>
            </div>
          )}
        </section>
      </div>
      <BinderDialog binder={editing} onClose={() => setEditing(null)} onChanged={() => void refetch()} />
      <CoOwnerListDialog isOpen={isListing} onClose={() => setListing(false)} onGenerated={() => void refetch()} />
    </>
  );
}
