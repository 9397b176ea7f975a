import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { PhotoGrid } from '../components/PhotoGrid';
import { PhotoViewer } from '../components/PhotoViewer';
import { usePhotoViewer } from '../components/usePhotoViewer';
import styles from './MyPhotosPage.module.css';

/** The gallery's first page, the API's largest (a building holds a few dozen photos). */
const PAGE_SIZE = 100;

const MyPhotosQuery = graphql(`
  query MyPhotos($first: Int!) {
    viewer {
      identifier
      photos(first: $first) {
        nodes {
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
    }
  }
`);

/** "Mes photos" (manual: "les photos que vous publiez…, classées par immeuble"): a gallery per building, newest first. */
export function MyPhotosPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'photos.nav.mine' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(MyPhotosQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const photos = data?.viewer?.photos.nodes ?? [];
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
      <PhotoViewer photo={viewer.open} onClose={viewer.onClose} onPrevious={viewer.onPrevious} onNext={viewer.onNext} />
    </>
  );
}
