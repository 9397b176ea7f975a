import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { MorePhotos } from '../components/MorePhotos';
import { PhotoGrid } from '../components/PhotoGrid';
import { PhotoViewer } from '../components/PhotoViewer';
import { usePhotoViewer } from '../components/usePhotoViewer';
import styles from './MyPhotosPage.module.css';

/** A page of the gallery, the API's largest; "Afficher plus" reads the next one. */
const PAGE_SIZE = 100;

const MyPhotosQuery = graphql(`
  query MyPhotos($first: Int!, $after: String) {
    viewer {
      identifier
      photos(first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            building {
              id
              code
              name
            }
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
  }
`);

/** "Mes photos" (manual: "les photos que vous publiez…, classées par immeuble"): a gallery per building, newest first. */
export function MyPhotosPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'photos.nav.mine' });
  useDocumentTitle(title);
  const { data, error, refetch, fetchMore } = useQuery(MyPhotosQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.viewer?.photos;
  const photos = connection?.edges.map((edge) => edge.node) ?? [];
  const viewer = usePhotoViewer(photos);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const buildings = new Map<string, { name: string; photos: typeof photos }>();
  for (const photo of photos) {
    const key = photo.building?.id ?? '';
    const group = buildings.get(key) ?? {
      name: photo.building
        ? intl.formatMessage({ id: 'photos.building.name' }, { name: photo.building.name, code: photo.building.code })
        : intl.formatMessage({ id: 'photos.building.unknown' }),
      photos: [],
    };
    group.photos.push(photo);
    buildings.set(key, group);
  }

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'photos.mine.intro' })} />
      {photos.length === 0 ? (
        <EmptyState icon="image" title={intl.formatMessage({ id: 'photos.mine.emptyTitle' })}>
          <p>{intl.formatMessage({ id: 'photos.mine.empty' })}</p>
        </EmptyState>
      ) : (
        <div className={styles.buildings}>
          {[...buildings.entries()].map(([id, group]) => (
            <Card key={id} title={group.name} icon="building">
              <PhotoGrid photos={group.photos} onOpen={viewer.onOpen} />
            </Card>
          ))}
        </div>
      )}
      {connection && (
        <MorePhotos
          shown={photos.length}
          total={connection.totalCount ?? null}
          hasMore={connection.pageInfo.hasNextPage}
          onMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      )}
      <PhotoViewer photo={viewer.open} onClose={viewer.onClose} onPrevious={viewer.onPrevious} onNext={viewer.onNext} />
    </>
  );
}
