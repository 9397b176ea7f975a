import type { ChangeEvent, ReactNode, Ref } from 'react';
import { FieldFrame } from './FieldFrame';
import styles from './Field.module.css';

export type TextAreaFieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  onChange?: (value: string) => void;
  /** Field-level error; sets aria-invalid and is linked by aria-describedby. */
  error?: ReactNode;
  hint?: ReactNode;
  isRequired?: boolean;
  /** Visible lines before it scrolls (default 6). */
  rows?: number;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A multi-line text field, labelled and described like TextField (an announcement's text). */
export function TextAreaField({ label, name, value, onChange, error, hint, isRequired, rows = 6, ref }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} name={name} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <div className={styles.control}>
          <textarea
            ref={ref}
            id={id}
            name={name}
            className={`${styles.input} ${styles.textarea}`}
            rows={rows}
            value={value}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange?.(event.target.value)}
            required={isRequired}
            aria-required={isRequired || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        </div>
      )}
    </FieldFrame>
  );
}
