import { useId, type ReactNode } from 'react';
import { Icon } from './Icon';
import styles from './Field.module.css';

export type FieldFrameProps = {
  label: ReactNode;
  /** The field's name: the start of its id, so that ids stay readable in the DOM. */
  name: string;
  /** Set to reuse an id given by the caller (a label elsewhere pointing at the input). */
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  /** Ids of other elements that also describe the control (a password checklist). */
  describedBy?: string;
  /** The control itself, given its id and its aria-describedby. */
  children: (control: { id: string; describedBy: string | undefined }) => ReactNode;
};

/**
 * The label, hint and error around one form control, with the ids that tie them together: every
 * field of the SPA (text, multi-line, select) reads the same to a screen reader.
 */
export function FieldFrame({ label, name, id, hint, error, describedBy, children }: FieldFrameProps) {
  const generatedId = useId();
  const controlId = id ?? `${name}-${generatedId}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const descriptions = [hint ? hintId : null, describedBy ?? null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={controlId}>
        {label}
      </label>
      {hint && (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      )}
      {children({ id: controlId, describedBy: descriptions || undefined })}
      {error && (
        <p className={styles.error} id={errorId}>
          <Icon name="alert" size={16} />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
