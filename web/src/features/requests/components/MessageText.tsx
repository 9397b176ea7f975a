import { useId } from 'react';
import styles from './MessageText.module.css';

export type MessageTextProps = { label: string; name: string; value: string; onChange: (value: string) => void };

/** A labelled multi-line text (a message of a thread); required. */
export function MessageText({ label, name, value, onChange }: MessageTextProps) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <textarea id={id} name={name} className={styles.text} value={value} onChange={(event) => onChange(event.target.value)} rows={4} required aria-required />
    </div>
  );
}
