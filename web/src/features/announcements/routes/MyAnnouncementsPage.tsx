import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { AnnouncementList } from '../components/AnnouncementList';

const PAGE_SIZE = 20;

const MyAnnouncementsQuery = graphql(`
  query MyAnnouncements($first: Int!, $after: String) {
    viewer {
      identifier
      announcements(first: $first, after: $after) {
        nodes {
          id
          ...AnnouncementList_announcement
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** "Mes informations" (manual: "les publications que vous établissez à partir de l'extranet"): every announcement meant for the client, newest first. */
export function MyAnnouncementsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'announcements.nav.mine' });
  useDocumentTitle(title);
  const { data, error, refetch, fetchMore, loading } = useQuery(MyAnnouncementsQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const page = data.viewer.announcements;

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'announcements.mine.intro' })} />
      {page.nodes.length === 0 ? (
        <EmptyState icon="bell" title={intl.formatMessage({ id: 'announcements.mine.emptyTitle' })}>
          <p>{intl.formatMessage({ id: 'announcements.mine.empty' })}</p>
        </EmptyState>
      ) : (
        <Card>
          <AnnouncementList announcements={page.nodes} showsBody />
          {page.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              isBusy={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: page.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    viewer: fetchMoreResult.viewer &&
                      previous.viewer && {
                        ...fetchMoreResult.viewer,
                        announcements: { ...fetchMoreResult.viewer.announcements, nodes: [...previous.viewer.announcements.nodes, ...fetchMoreResult.viewer.announcements.nodes] },
                      },
                  }),
                })
              }
            >
              {intl.formatMessage({ id: 'announcements.mine.more' })}
            </Button>
          )}
        </Card>
      )}
    </>
  );
}
