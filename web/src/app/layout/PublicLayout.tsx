import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { SignOutButton } from '../session/SignOutButton';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import styles from './PublicLayout.module.css';

export type PublicLayoutProps = {
  children: ReactNode;
  /** Reading pages (legal notice) use a wider column. */
  isWide?: boolean;
  /** A signed-in visitor who has not entered a space yet (space chooser, forced change). */
  hasSignOut?: boolean;
  /** The sign-in page links the legal notice in its own panel, as in the manual. */
  hasLegalLink?: boolean;
};

/** Pages before entering a space: sign-in, password screens, space chooser, legal notice. */
export function PublicLayout({ children, isWide, hasSignOut, hasLegalLink = true }: PublicLayoutProps) {
  const intl = useIntl();
  return (
    <div className={styles.page}>
      <header className={styles.top}>
        <Brand to="/" />
        <div className={styles.topRight}>
          <LanguageSwitch />
          {hasSignOut && <SignOutButton className={styles.signOut} labelClassName="visually-hidden-phone" />}
        </div>
      </header>
      <main className={[styles.main, isWide ? styles.wide : ''].join(' ')} id="contenu">
        <div className={styles.panel}>{children}</div>
      </main>
      <footer className={styles.footer}>
        {hasLegalLink && <Link to="/mentions-legales">{intl.formatMessage({ id: 'app.footer.legal' })}</Link>}
        <span>{intl.formatMessage({ id: 'app.footer.copyright' })}</span>
      </footer>
    </div>
  );
}
