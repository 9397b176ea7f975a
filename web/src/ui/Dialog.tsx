import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import styles from './Dialog.module.css';

export type DialogProps = {
  isOpen: boolean;
  title: ReactNode;
  icon?: IconName;
  children: ReactNode;
  /** Buttons, the confirming one last (it comes first on a phone). */
  actions: ReactNode;
  /** Escape, or the dialog closed by other means. */
  onClose: () => void;
};

/** A modal dialog on the native <dialog> element: focus is trapped and Escape closes it. */
export function Dialog({ isOpen, title, icon, children, actions, onClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onClose={() => {
        if (isOpen) onClose();
      }}
    >
      {isOpen && (
        <>
          <header className={styles.header}>
            {icon && (
              <span className={styles.icon}>
                <Icon name={icon} />
              </span>
            )}
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
          </header>
          <div className={styles.body}>{children}</div>
          <footer className={styles.footer}>{actions}</footer>
        </>
      )}
    </dialog>
  );
}
