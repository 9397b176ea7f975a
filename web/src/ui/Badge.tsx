import type { ReactNode } from 'react';
import styles from './Badge.module.css';

export type BadgeTone = 'neutral' | 'brand' | 'success' | 'warning' | 'danger';

export type BadgeProps = {
  tone?: BadgeTone;
  /** A status dot before the text. */
  hasDot?: boolean;
  children: ReactNode;
};

export function Badge({ tone = 'neutral', hasDot, children }: BadgeProps) {
  return <span className={[styles.badge, styles[tone], hasDot ? styles.dot : ''].join(' ')}>{children}</span>;
}
