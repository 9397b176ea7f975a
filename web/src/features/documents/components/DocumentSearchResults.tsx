import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { DocumentList } from './DocumentList';

// The search runs in SQL (title words, accents and case ignored) over every document of the space.
const DocumentSearchQuery = graphql(`
  query DocumentSearch($space: Space!, $search: String!) {
    viewer {
      identifier
      documents(space: $space, search: $search, first: 100) {
        edges {
          cursor
          node {
            id
            title
            ...DocumentList_document
          }
        }
      }
    }
  }
`);

export type DocumentSearchResultsProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'>; search: string };

/** The documents of the space whose title holds every word searched (accents and case ignored). */
export function DocumentSearchResults({ space, search }: DocumentSearchResultsProps) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(DocumentSearchQuery, { variables: { space, search } });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const found = (data.viewer?.documents.edges ?? []).map((edge) => edge.node);
  const title = intl.formatMessage({ id: 'documents.search.results' }, { count: found.length, search });
  if (found.length === 0)
    return (
      <div role="status">
        <EmptyState icon="search" title={title} />
      </div>
    );
  return (
    <Card title={<span role="status">{title}</span>} icon="search">
      <DocumentList documents={found} showsBinder label={title} />
    </Card>
  );
}
