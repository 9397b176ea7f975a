import { useId, useState, type ChangeEvent, type HTMLInputAutoCompleteAttribute, type ReactNode, type Ref } from 'react';
import { Icon } from './Icon';
import styles from './Field.module.css';

export type TextFieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'password' | 'search' | 'email';
  /** Field-level error; sets aria-invalid and is linked by aria-describedby. */
  error?: ReactNode;
  hint?: ReactNode;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  isRequired?: boolean;
  isReadOnly?: boolean;
  isMonospace?: boolean;
  /** Ids of other elements that describe the field (a password checklist). */
  describedBy?: string;
  /** For a password: labels of the show/hide button; the button appears when given. */
  revealLabels?: { show: string; hide: string };
  autoCapitalize?: 'off' | 'characters' | 'none';
  /** `numeric` for dates typed "jj/mm/aaaa" (a phone shows digits; the separators are optional). */
  inputMode?: 'text' | 'search' | 'numeric' | 'decimal';
  id?: string;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({
  label,
  name,
  value,
  onChange,
  type = 'text',
  error,
  hint,
  autoComplete,
  isRequired,
  isReadOnly,
  isMonospace,
  describedBy,
  revealLabels,
  autoCapitalize,
  inputMode,
  id,
  ref,
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? `${name}-${generatedId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [isRevealed, setRevealed] = useState(false);
  const canReveal = type === 'password' && revealLabels !== undefined;
  const descriptions = [hint ? hintId : null, describedBy ?? null, error ? errorId : null].filter(Boolean).join(' ');
  const inputClass = [styles.input, canReveal ? styles.withToggle : '', isMonospace ? styles.mono : ''].filter(Boolean).join(' ');

  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      )}
      <div className={styles.control}>
        <input
          ref={ref}
          id={inputId}
          name={name}
          className={inputClass}
          type={canReveal && isRevealed ? 'text' : type}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value)}
          autoComplete={autoComplete}
          autoCapitalize={autoCapitalize}
          autoCorrect="off"
          spellCheck={false}
          inputMode={inputMode}
          required={isRequired}
          aria-required={isRequired || undefined}
          readOnly={isReadOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={descriptions || undefined}
        />
        {canReveal && (
          <button
            type="button"
            className={styles.toggle}
            onClick={() => setRevealed((current) => !current)}
            aria-pressed={isRevealed}
            aria-controls={inputId}
            aria-label={isRevealed ? revealLabels.hide : revealLabels.show}
            title={isRevealed ? revealLabels.hide : revealLabels.show}
          >
            <Icon name={isRevealed ? 'eyeOff' : 'eye'} />
          </button>
        )}
      </div>
      {error && (
        <p className={styles.error} id={errorId}>
          <Icon name="alert" size={16} />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
