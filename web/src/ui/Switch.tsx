import { useId, type ReactNode } from 'react';
import styles from './Switch.module.css';

export type SwitchProps = {
  label: ReactNode;
  description?: ReactNode;
  isChecked: boolean;
  isDisabled?: boolean;
  onChange: (isChecked: boolean) => void;
};

/** An on/off setting that applies at once (a checkbox with role switch). */
export function Switch({ label, description, isChecked, isDisabled, onChange }: SwitchProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <label className={styles.row} htmlFor={id}>
      <span className={styles.text}>
        <span className={styles.label}>{label}</span>
        {description && (
          <span className={styles.description} id={descriptionId}>
            {description}
          </span>
        )}
      </span>
      <span className={styles.hit}>
        <input
          id={id}
          className={styles.input}
          type="checkbox"
          role="switch"
          checked={isChecked}
          disabled={isDisabled}
          aria-checked={isChecked}
          aria-describedby={description ? descriptionId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
      </span>
    </label>
  );
}
