import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { AnnouncementForm } from '../components/AnnouncementForm';
import { AnnouncementList } from '../components/AnnouncementList';
import styles from './ManageAnnouncementsPage.module.css';

const ManageAnnouncementsQuery = graphql(`
  query ManageAnnouncements {
    announcements(first: 100) {
      totalCount
      nodes {
        id
        ...AnnouncementList_announcement
      }
    }
  }
`);

const DeleteAnnouncementMutation = graphql(`
  mutation DeleteAnnouncement($id: ID!) {
    deleteAnnouncement(announcementId: $id)
  }
`);

/** The manager's "Informations": publish an announcement for an audience, see every one (scheduled ones too), withdraw one. */
export function ManageAnnouncementsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'announcements.nav.manage' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(ManageAnnouncementsQuery, { fetchPolicy: 'cache-and-network' });
  const [withdrawing, setWithdrawing] = useState<{ id: string; title: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const [remove, removal] = useMutation(DeleteAnnouncementMutation);

  const confirmWithdraw = async () => {
    if (!withdrawing) return;
    setFailed(false);
    try {
      await remove({ variables: { id: withdrawing.id } });
      await refetch();
    } catch {
      setFailed(true);
    }
    setWithdrawing(null);
  };

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'announcements.manage.intro' })} />
      <div className={styles.page}>
        <AnnouncementForm onPublished={() => void refetch()} />
        <Card title={intl.formatMessage({ id: 'announcements.manage.published' }, { count: data?.announcements.totalCount ?? 0 })} icon="bell">
          {failed && <Alert tone="error">{intl.formatMessage({ id: 'app.error.unexpected' })}</Alert>}
          {error && !data ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !data ? (
            <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />
          ) : data.announcements.nodes.length === 0 ? (
            <EmptyState icon="bell" title={intl.formatMessage({ id: 'announcements.manage.empty' })} />
          ) : (
            <AnnouncementList
              announcements={data.announcements.nodes}
              showsBody
              showsAudience
              actionsOf={(id, itemTitle) => (
                <Button variant="secondary" icon="cross" onClick={() => setWithdrawing({ id, title: itemTitle })} aria-describedby={`announcement-${id}`}>
                  {intl.formatMessage({ id: 'announcements.manage.withdraw' })}
                </Button>
              )}
            />
          )}
        </Card>
      </div>
      <Dialog
        isOpen={withdrawing !== null}
        title={intl.formatMessage({ id: 'announcements.manage.confirmTitle' })}
        icon="alert"
        onClose={() => setWithdrawing(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setWithdrawing(null)}>
              {intl.formatMessage({ id: 'announcements.manage.cancel' })}
            </Button>
            <Button variant="danger" isBusy={removal.loading} onClick={() => void confirmWithdraw()}>
              {intl.formatMessage({ id: 'announcements.manage.withdraw' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'announcements.manage.confirmBody' }, { title: withdrawing?.title ?? '' })}</p>
      </Dialog>
    </>
  );
}
