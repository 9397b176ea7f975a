import { useId, type ReactNode } from 'react';
import styles from './Checkbox.module.css';

export type CheckboxProps = {
  /** The accessible name; visually hidden when `isLabelHidden` (a row's selection box). */
  label: ReactNode;
  isLabelHidden?: boolean;
  isChecked: boolean;
  /** Some, not all, rows selected (the "select all" box). */
  isIndeterminate?: boolean;
  isDisabled?: boolean;
  onChange: (isChecked: boolean) => void;
};

/** A native checkbox with a 44 px hit area. */
export function Checkbox({ label, isLabelHidden, isChecked, isIndeterminate, isDisabled, onChange }: CheckboxProps) {
  const id = useId();
  return (
    <label className={styles.row} htmlFor={id}>
      <span className={styles.hit}>
        <input
          id={id}
          type="checkbox"
          className={styles.input}
          checked={isChecked}
          disabled={isDisabled}
          aria-checked={isIndeterminate ? 'mixed' : isChecked}
          ref={(element) => {
            if (element) element.indeterminate = Boolean(isIndeterminate);
          }}
          onChange={(event) => onChange(event.target.checked)}
        />
      </span>
      <span className={isLabelHidden ? 'visually-hidden' : styles.label}>{label}</span>
    </label>
  );
}
