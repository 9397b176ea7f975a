import { useState, type ChangeEvent, type HTMLInputAutoCompleteAttribute, type ReactNode, type Ref } from 'react';
import { FieldFrame } from './FieldFrame';
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
  const [isRevealed, setRevealed] = useState(false);
  const canReveal = type === 'password' && revealLabels !== undefined;
  const inputClass = [styles.input, canReveal ? styles.withToggle : '', isMonospace ? styles.mono : ''].filter(Boolean).join(' ');

  return (
    <FieldFrame label={label} name={name} id={id} hint={hint} error={error} describedBy={describedBy}>
      {({ id: controlId, describedBy: controlDescribedBy }) => (
        <div className={styles.control}>
          <input
            ref={ref}
            id={controlId}
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
            aria-describedby={controlDescribedBy}
          />
          {canReveal && (
            <button
              type="button"
              className={styles.toggle}
              onClick={() => setRevealed((current) => !current)}
              aria-pressed={isRevealed}
              aria-controls={controlId}
              aria-label={isRevealed ? revealLabels.hide : revealLabels.show}
              title={isRevealed ? revealLabels.hide : revealLabels.show}
            >
              <Icon name={isRevealed ? 'eyeOff' : 'eye'} />
            </button>
          )}
        </div>
      )}
    </FieldFrame>
  );
}
