import type { ReactNode } from 'react';
import styles from './DescriptionList.module.css';

export type DescriptionItem = {
  /** Stable key (the term's message id). */
  id: string;
  term: ReactNode;
  details: ReactNode;
};

export type DescriptionListProps = {
  items: DescriptionItem[];
  /** Term and details side by side on a desktop. */
  isWide?: boolean;
};

export function DescriptionList({ items, isWide }: DescriptionListProps) {
  return (
    <dl className={[styles.list, isWide ? styles.wide : ''].join(' ')}>
      {items.map((item) => (
        <div key={item.id} className={styles.item}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.details}>{item.details}</dd>
        </div>
      ))}
    </dl>
  );
}
