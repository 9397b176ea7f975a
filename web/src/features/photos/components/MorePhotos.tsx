import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../../ui/Button';
import styles from './MorePhotos.module.css';

export type MorePhotosProps = {
  /** Photos shown so far and in the whole gallery (null when the API does not count). */
  shown: number;
  total: number | null;
  /** Whether the API holds a next page. */
  hasMore: boolean;
  /** Reads the next page into the cache (Apollo's fetchMore with the last cursor). */
  onMore: () => Promise<unknown>;
};

/** Under a gallery read a page at a time (100 photos): how many are shown, and "Afficher plus" while the API holds more. */
export function MorePhotos({ shown, total, hasMore, onMore }: MorePhotosProps) {
  const intl = useIntl();
  const [isLoading, setIsLoading] = useState(false);
  if (!hasMore && (total == null || total <= shown)) return null;
  const more = async () => {
    setIsLoading(true);
    try {
      await onMore();
    } finally {
      setIsLoading(false);
    }
  };
  return (
    <div className={styles.more}>
      <p className={styles.count} role="status">
        {intl.formatMessage({ id: 'photos.more.count' }, { shown, total: total ?? shown })}
      </p>
      {hasMore && (
        <Button variant="secondary" onClick={() => void more()} isBusy={isLoading}>
          {intl.formatMessage({ id: 'photos.more.button' })}
        </Button>
      )}
    </div>
  );
}
