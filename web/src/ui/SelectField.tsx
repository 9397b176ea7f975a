import { useId, type ReactNode } from 'react';
import styles from './Field.module.css';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
};

export function SelectField({ label, name, value, options, onChange }: SelectFieldProps) {
  const id = `${name}-${useId()}`;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className={styles.select} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
