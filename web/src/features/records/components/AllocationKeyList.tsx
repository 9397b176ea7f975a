import { useIntl } from 'react-intl';
import { formatShares } from '../../../app/i18n/format';
import { Button } from '../../../ui/Button';
import styles from './AllocationKeyList.module.css';

export type AllocationKeyListProps = {
  keys: { id: string; code: string; label: string; totalShares: string }[];
  /** Shows a "Modifier" button per key when given. */
  onEdit?: (code: string) => void;
};

/** The building's keys with the total of their lots' shares (AllocationKey.totalShares, exact). */
export function AllocationKeyList({ keys, onEdit }: AllocationKeyListProps) {
  const intl = useIntl();
  if (keys.length === 0) return <p className={styles.none}>{intl.formatMessage({ id: 'records.key.none' })}</p>;
  return (
    <ul className={styles.list} aria-label={intl.formatMessage({ id: 'records.key.listLabel' })}>
      {keys.map((key) => (
        <li key={key.id} className={styles.row}>
          <div className={styles.identity}>
            <span className={styles.code}>{key.code}</span>
            <span className={styles.label}>{key.label}</span>
          </div>
          <span className={styles.total}>{intl.formatMessage({ id: 'records.key.total' }, { total: formatShares(key.totalShares, intl.locale) })}</span>
          {onEdit && (
            <Button variant="ghost" onClick={() => onEdit(key.code)}>
              {intl.formatMessage({ id: 'records.key.edit' }, { code: key.code })}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
