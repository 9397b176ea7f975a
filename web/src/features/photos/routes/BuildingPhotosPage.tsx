import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { MorePhotos } from '../components/MorePhotos';
import { PhotoGrid } from '../components/PhotoGrid';
import { PhotoUploadForm } from '../components/PhotoUploadForm';
import { PhotoViewer } from '../components/PhotoViewer';
import { usePhotoViewer } from '../components/usePhotoViewer';
import styles from './BuildingPhotosPage.module.css';

/** A page of the building's photos, the API's largest; "Afficher plus" reads the next one. */
const PAGE_SIZE = 100;

const BuildingPhotosQuery = graphql(`
  query BuildingPhotos($id: ID!, $first: Int!, $after: String) {
    viewer {
      identifier
      can {
        managePhotos
      }
      photos(buildingId: $id, first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            ...PhotoGrid_photo
            ...PhotoViewer_photo
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    node(id: $id) {
      id
      ... on Building {
        code
        name
      }
    }
  }
`);

const DeletePhotosMutation = graphql(`
  mutation DeletePhotos($ids: [ID!]!) {
    deletePhotos(photoIds: $ids)
  }
`);

/** The manager's photos of a building: publish several with their captions, delete a selection. */
export function BuildingPhotosPage() {
  const intl = useIntl();
  const { buildingId = '' } = useParams();
  // The viewer's photos of the building (the same photo scope as Building.photos), counted and paged.
  const { data, error, refetch, fetchMore } = useQuery(BuildingPhotosQuery, { variables: { id: buildingId, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const building = data?.node?.__typename === 'Building' ? data.node : null;
  const connection = data?.viewer?.photos;
  const photos = connection?.edges.map((edge) => edge.node) ?? [];
  const viewer = usePhotoViewer(photos);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [isConfirming, setIsConfirming] = useState(false);
  const [deletePhotos, deletion] = useMutation(DeletePhotosMutation);
  useDocumentTitle(intl.formatMessage({ id: 'photos.manage.title' }, { building: building?.name ?? '' }));

  const back = `/gestion/immeubles/${encodeURIComponent(buildingId)}`;
  const breadcrumb = (
    <nav aria-label={intl.formatMessage({ id: 'photos.manage.breadcrumb' })} className={styles.breadcrumb}>
      <Link to={back}>
        <Icon name="chevronLeft" size={16} />
        {building?.name ?? intl.formatMessage({ id: 'photos.manage.backToBuilding' })}
      </Link>
    </nav>
  );

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (!building) return <EmptyState icon="building" title={intl.formatMessage({ id: 'photos.manage.notFound' })} />;
  const canManage = data.viewer?.can.managePhotos ?? false;

  const confirmDelete = async () => {
    await deletePhotos({ variables: { ids: [...selected] } }).catch(() => undefined);
    setIsConfirming(false);
    setSelected(new Set());
    await refetch();
  };

  return (
    <>
      {breadcrumb}
      <PageHeader
        eyebrow={building.code}
        title={intl.formatMessage({ id: 'photos.manage.title' }, { building: building.name })}
        description={intl.formatMessage({ id: 'photos.manage.intro' })}
      />
      <div className={styles.layout}>
        {canManage && (
          <Card title={intl.formatMessage({ id: 'photos.upload.title' })} icon="image">
            <PhotoUploadForm buildingId={building.id} onPublished={() => void refetch()} />
          </Card>
        )}
        <Card
          title={intl.formatMessage({ id: 'photos.manage.published' }, { count: connection?.totalCount ?? photos.length })}
          icon="grid"
          actions={
            canManage &&
            selected.size > 0 && (
              <Button variant="danger" icon="cross" onClick={() => setIsConfirming(true)}>
                {intl.formatMessage({ id: 'photos.manage.delete' }, { count: selected.size })}
              </Button>
            )
          }
        >
          {deletion.error && <Alert tone="error">{intl.formatMessage({ id: errorMessageIdOf(deletion.error) })}</Alert>}
          {photos.length === 0 ? (
            <p className={styles.empty}>{intl.formatMessage({ id: 'photos.building.none' })}</p>
          ) : (
            <PhotoGrid
              photos={photos}
              onOpen={viewer.onOpen}
              selection={
                canManage
                  ? {
                      selected,
                      onToggle: (id, isSelected) =>
                        setSelected((current) => {
                          const next = new Set(current);
                          if (isSelected) next.add(id);
                          else next.delete(id);
                          return next;
                        }),
                    }
                  : undefined
              }
            />
          )}
          {connection && (
            <MorePhotos
              shown={photos.length}
              total={connection.totalCount ?? null}
              hasMore={connection.pageInfo.hasNextPage}
              onMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            />
          )}
        </Card>
      </div>
      <PhotoViewer photo={viewer.open} onClose={viewer.onClose} onPrevious={viewer.onPrevious} onNext={viewer.onNext} />
      <Dialog
        isOpen={isConfirming}
        title={intl.formatMessage({ id: 'photos.manage.confirmTitle' }, { count: selected.size })}
        icon="alert"
        onClose={() => setIsConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setIsConfirming(false)}>
              {intl.formatMessage({ id: 'photos.manage.cancel' })}
            </Button>
            <Button variant="danger" isBusy={deletion.loading} onClick={() => void confirmDelete()}>
              {intl.formatMessage({ id: 'photos.manage.confirm' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'photos.manage.confirmBody' })}</p>
      </Dialog>
    </>
  );
}
