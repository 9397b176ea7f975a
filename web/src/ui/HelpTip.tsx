import type { ReactNode } from 'react';
import { Icon } from './Icon';
import styles from './HelpTip.module.css';

export type HelpTipProps = {
  /** The button's accessible name ("Comment lire ce solde ?"). */
  label: string;
  children: ReactNode;
};

/**
 * A help note behind a small "i" button: a native disclosure (details/summary), so it opens by
 * touch, keyboard and screen reader alike, and the text stays in the page for search and print.
 */
export function HelpTip({ label, children }: HelpTipProps) {
  return (
    <details className={styles.tip}>
      <summary className={styles.button} aria-label={label} title={label}>
        <Icon name="info" size={18} />
      </summary>
      <div className={styles.note}>{children}</div>
    </details>
  );
}
