import { useIntl } from 'react-intl';
import { reasonMessageId, type ImportFileError } from '../import-errors';
import styles from './ImportErrorList.module.css';

export type ImportErrorListProps = { errors: readonly ImportFileError[] };

/** Every error of the file, by line and column: a table on wide screens, stacked items on phones. */
export function ImportErrorList({ errors }: ImportErrorListProps) {
  const intl = useIntl();
  const whole = intl.formatMessage({ id: 'import.errors.wholeFile' });
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{intl.formatMessage({ id: 'import.errors.caption' }, { count: errors.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage({ id: 'import.errors.line' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'import.errors.column' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'import.errors.reason' })}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((error) => (
          // Line, column and reason identify an error: the API reports each once.
          <tr key={`${error.line ?? '-'}|${error.column ?? '-'}|${error.reason}`}>
            <td data-label={intl.formatMessage({ id: 'import.errors.line' })}>{error.line ?? whole}</td>
            <td data-label={intl.formatMessage({ id: 'import.errors.column' })}>{error.column ?? '—'}</td>
            <td data-label={intl.formatMessage({ id: 'import.errors.reason' })}>{intl.formatMessage({ id: reasonMessageId(error.reason) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
