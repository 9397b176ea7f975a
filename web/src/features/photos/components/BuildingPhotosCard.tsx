import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import styles from './BuildingPhotosCard.module.css';

export const BuildingPhotosCard_building = graphql(`
  fragment BuildingPhotosCard_building on Building {
    id
    photos(first: 4) {
      nodes {
        id
        caption
        thumbnailUrl
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export type BuildingPhotosCardProps = { building: FragmentType<typeof BuildingPhotosCard_building> };

/** The building page's photos: the latest few, and the way to the page where the manager publishes and deletes them. */
export function BuildingPhotosCard(props: BuildingPhotosCardProps) {
  const building = useFragment(BuildingPhotosCard_building, props.building);
  const intl = useIntl();
  const photos = building.photos.nodes;
  return (
    <Card title={intl.formatMessage({ id: 'photos.building.title' })} icon="image">
      {photos.length === 0 ? (
        <p className={styles.empty}>{intl.formatMessage({ id: 'photos.building.none' })}</p>
      ) : (
        <ul className={styles.strip}>
          {photos.map((photo) => (
            <li key={photo.id}>
              <img src={photo.thumbnailUrl} alt={photo.caption} loading="lazy" />
            </li>
          ))}
        </ul>
      )}
      <ButtonLink to={`/gestion/immeubles/${encodeURIComponent(building.id)}/photos`} variant="secondary" icon="image">
        {intl.formatMessage({ id: 'photos.building.manage' })}
      </ButtonLink>
    </Card>
  );
}
