import { useId, type ReactNode } from 'react';
import { Icon } from './Icon';
import styles from './Field.module.css';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** Field-level error; sets aria-invalid and is linked by aria-describedby. */
  error?: ReactNode;
  hint?: ReactNode;
  isRequired?: boolean;
};

export function SelectField({ label, name, value, options, onChange, error, hint, isRequired }: SelectFieldProps) {
  const id = `${name}-${useId()}`;
  const descriptions = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={id}
        name={name}
        className={styles.select}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={isRequired}
        aria-required={isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={descriptions || undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p className={styles.error} id={`${id}-error`}>
          <Icon name="alert" size={16} />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
