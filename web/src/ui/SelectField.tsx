import type { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';
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
  return (
    <FieldFrame label={label} name={name} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={name}
          className={styles.select}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={isRequired}
          aria-required={isRequired || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
