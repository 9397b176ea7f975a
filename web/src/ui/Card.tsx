import { useId, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import styles from './Card.module.css';

export type CardProps = {
  title?: ReactNode;
  subtitle?: ReactNode;
  icon?: IconName;
  /** Heading level of the title (default 2). */
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A titled section; the title labels the region for assistive technologies. */
export function Card({ title, subtitle, icon, level = 2, actions, children, className }: CardProps) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={[styles.card, className ?? ''].join(' ')} aria-labelledby={title ? titleId : undefined}>
      {(title || actions) && (
        <header className={styles.header}>
          <div className={styles.titleRow}>
            {icon && (
              <span className={styles.icon}>
                <Icon name={icon} />
              </span>
            )}
            <div>
              {title && (
                <Heading id={titleId} className={styles.title}>
                  {title}
                </Heading>
              )}
              {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
            </div>
          </div>
          {actions}
        </header>
      )}
      <div className={styles.body}>{children}</div>
    </section>
  );
}
