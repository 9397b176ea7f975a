import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { formatDate } from '../../../app/i18n/format';
import styles from './PhotoViewer.module.css';

export const PhotoViewer_photo = graphql(`
  fragment PhotoViewer_photo on Photo {
    id
    caption
    url
    width
    height
    takenOn
  }
`);

export type PhotoViewerProps = {
  /** The photo shown; null: closed. */
  photo: FragmentType<typeof PhotoViewer_photo> | null;
  onClose: () => void;
  /** The previous and next photos of the gallery, when there are. */
  onPrevious?: () => void;
  onNext?: () => void;
};

/** A photo large, in a dialog that fits the screen, with its caption and the day it was taken. */
export function PhotoViewer(props: PhotoViewerProps) {
  const photo = useFragment(PhotoViewer_photo, props.photo);
  const intl = useIntl();
  return (
    <Dialog
      isOpen={photo !== null}
      title={photo?.caption ?? ''}
      icon="image"
      onClose={props.onClose}
      actions={
        <>
          {props.onPrevious && (
            <Button variant="secondary" icon="chevronLeft" onClick={props.onPrevious}>
              {intl.formatMessage({ id: 'photos.viewer.previous' })}
            </Button>
          )}
          {props.onNext && (
            <Button variant="secondary" icon="chevronRight" onClick={props.onNext}>
              {intl.formatMessage({ id: 'photos.viewer.next' })}
            </Button>
          )}
          <Button onClick={props.onClose}>{intl.formatMessage({ id: 'photos.viewer.close' })}</Button>
        </>
      }
    >
      {photo && (
        <figure className={styles.figure}>
          <img className={styles.image} src={photo.url} alt={photo.caption} width={photo.width} height={photo.height} />
          {photo.takenOn && (
            <figcaption className={styles.meta}>{intl.formatMessage({ id: 'photos.viewer.takenOn' }, { date: formatDate(photo.takenOn, intl.locale) })}</figcaption>
          )}
        </figure>
      )}
    </Dialog>
  );
}
