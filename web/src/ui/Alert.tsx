import type { ReactNode, Ref } from 'react';
import { Icon, type IconName } from './Icon';
import styles from './Alert.module.css';

export type AlertTone = 'error' | 'success' | 'warning' | 'info';

const ICONS: Record<AlertTone, IconName> = { error: 'alert', success: 'success', warning: 'alert', info: 'info' };

export type AlertProps = {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Focusable (tabIndex -1) so a form can move focus to it after a failed submit. */
  ref?: Ref<HTMLDivElement>;
  id?: string;
};

/** A message block; errors are announced at once (role alert), others politely (role status). */
export function Alert({ tone, title, children, ref, id }: AlertProps) {
  return (
    <div ref={ref} id={id} tabIndex={ref ? -1 : undefined} className={`${styles.alert} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={ICONS[tone]} />
      <div className={styles.body}>
        {title && <p className={styles.title}>{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
