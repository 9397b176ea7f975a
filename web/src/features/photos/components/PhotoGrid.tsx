import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Checkbox } from '../../../ui/Checkbox';
import styles from './PhotoGrid.module.css';

export const PhotoGrid_photo = graphql(`
  fragment PhotoGrid_photo on Photo {
    id
    caption
    thumbnailUrl
    thumbnailWidth
    thumbnailHeight
  }
`);

export type PhotoGridProps = {
  photos: FragmentType<typeof PhotoGrid_photo>[];
  /** Opens a photo large (the viewer's dialog). */
  onOpen: (photoId: string) => void;
  /** The manager's selection for deletion; no boxes when absent. */
  selection?: { selected: ReadonlySet<string>; onToggle: (photoId: string, isSelected: boolean) => void };
};

/** Thumbnails in a grid (two columns on a phone, more as the width allows); each opens large; the caption is the alternative text. */
export function PhotoGrid(props: PhotoGridProps) {
  const photos = useFragment(PhotoGrid_photo, props.photos);
  const intl = useIntl();
  return (
    <ul className={styles.grid}>
      {photos.map((photo) => (
        <li key={photo.id} className={styles.item}>
          <button
            type="button"
            className={styles.thumb}
            onClick={() => props.onOpen(photo.id)}
            aria-label={intl.formatMessage({ id: 'photos.grid.open' }, { caption: photo.caption })}
          >
            <img src={photo.thumbnailUrl} alt={photo.caption} width={photo.thumbnailWidth} height={photo.thumbnailHeight} loading="lazy" decoding="async" />
          </button>
          <p className={styles.caption}>{photo.caption}</p>
          {props.selection && (
            <Checkbox
              label={intl.formatMessage({ id: 'photos.grid.select' }, { caption: photo.caption })}
              isLabelHidden
              isChecked={props.selection.selected.has(photo.id)}
              onChange={(isChecked) => props.selection?.onToggle(photo.id, isChecked)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
