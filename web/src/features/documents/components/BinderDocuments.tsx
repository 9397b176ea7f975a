import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { bySubFolder } from '../folders';
import { DocumentList } from './DocumentList';
import styles from './BinderDocuments.module.css';

const BinderDocumentsQuery = graphql(`
  query BinderDocuments($space: Space!, $binderId: ID!, $after: String) {
    viewer {
      identifier
      documents(space: $space, binderId: $binderId, first: 50, after: $after) {
        edges {
          cursor
          node {
            id
            path
            ...DocumentList_document
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

export type BinderDocumentsProps = {
  space: Extract<Space, 'SYNDIC' | 'GERANCE'>;
  binderId: string;
  binderName: string;
  /** How many folders the binder's own name makes: a document's path past them is its dossier. */
  binderDepth: number;
};

/** One binder's files, newest first, grouped by dossier ("Regrouper par type de dossier"). */
export function BinderDocuments({ space, binderId, binderName, binderDepth }: BinderDocumentsProps) {
  const intl = useIntl();
  const [isLoadingMore, setLoadingMore] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(BinderDocumentsQuery, { variables: { space, binderId } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const connection = data.viewer?.documents;
  const documents = connection?.edges.map((edge) => edge.node) ?? [];
  if (documents.length === 0) return <EmptyState icon="folder" title={intl.formatMessage({ id: 'documents.binder.empty' })} />;

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
    <div className={styles.sections}>
      {bySubFolder(documents, binderDepth).map((section) => {
        const label = section.folder || binderName;
        return (
          // The binder's own documents under the page's title; each dossier under its name.
          <Card key={section.folder || '-'} title={section.folder || undefined} icon={section.folder ? 'folder' : undefined}>
            <DocumentList documents={section.documents} label={intl.formatMessage({ id: 'documents.list.label' }, { folder: label })} />
          </Card>
        );
      })}
      {connection?.pageInfo.hasNextPage && (
        <div>
          <Button variant="secondary" onClick={() => void loadMore()} isBusy={isLoadingMore}>
            {intl.formatMessage({ id: 'documents.more' })}
          </Button>
        </div>
      )}
    </div>
  );
}
