import { useId } from 'react';
import { useIntl } from 'react-intl';
import styles from './AttachmentPicker.module.css';

export type AttachmentPickerProps = {
  name: string;
  files: File[];
  onChange: (files: File[]) => void;
  /** The refusal of the last attempt, already in words. */
  error?: string | null;
  /** Bumped by the parent to empty the native input once the files are sent. */
  resetKey?: number;
};

/** Files joined to a message (PDF, JPEG, PNG, 5 at most, 10 Mo each: the API's rules, restated only as a hint). */
export function AttachmentPicker({ name, files, onChange, error, resetKey }: AttachmentPickerProps) {
  const intl = useIntl();
  const id = useId();
  const described = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {intl.formatMessage({ id: 'requests.attachments.label' })}
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {intl.formatMessage({ id: 'requests.attachments.hint' })}
      </p>
      <input
        key={resetKey}
        id={id}
        name={name}
        type="file"
        multiple
        accept="application/pdf,image/jpeg,image/png"
        className={styles.input}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange([...(event.target.files ?? [])])}
      />
      {files.length > 0 && (
        <ul className={styles.files}>
          {files.map((file) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`}>{file.name}</li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
