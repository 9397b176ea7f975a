import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { graphql } from '../../gql';
import type { Space } from '../../gql/graphql';
import { Icon } from '../../ui/Icon';
import { LoadingState } from '../../ui/LoadingState';
import type { SpaceMenuItem } from '../compose-features';
import { QueryError } from '../QueryError';
import { SignOutButton } from '../session/SignOutButton';
import { SPACE_LABEL_IDS, SPACE_PATHS } from '../spaces';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { PhoneMoreMenu } from './PhoneMoreMenu';
import styles from './SpaceShell.module.css';

// `can` asks for every field of ViewerCan (a test checks it against the schema): manifests may
// name any of them in `requires`, and the shell reads them without knowing which feature needs which.
const SpaceShellQuery = graphql(`
  query SpaceShell {
    viewer {
      identifier
      displayName
      spaces
      can {
        readAccounts
        readWorksFunds
        readExpenseLists
        managePortfolio
        manageApiTokens
        manageCollaborators
        manageAgency
        readAgencyContact
        readProperties
        readDocuments
        manageDocuments
        readPhotos
        managePhotos
        regulariseCharges
        readAnnouncements
        manageAnnouncements
        readNewsFeed
        openRequests
        manageRequests
        readPartners
        manageTickets
      }
    }
  }
`);

/**
 * The phone's tab bar holds five slots in 375 px (44 px targets, a readable word each): with more
 * entries, the first four stay and the fifth is "Plus", listing the rest.
 */
const PHONE_SLOTS = 5;

/** "CLIQUOT Mathilde" → "CM"; a couple or a company keeps its first two initials. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export type SpaceShellProps = {
  space: Space;
  /** Every feature's entries for this space, in order; the viewer's permissions filter them here. */
  menu: readonly SpaceMenuItem[];
};

/** A space's frame: who is signed in, the space's menu, language, sign-out. */
export function SpaceShell({ space, menu }: SpaceShellProps) {
  const intl = useIntl();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);
  const { data, error, refetch } = useQuery(SpaceShellQuery);
  const [isPersonMenuOpen, setPersonMenuOpen] = useState(false);
  const personMenuId = useId();
  const personButtonRef = useRef<HTMLButtonElement>(null);

  // After an in-app navigation, move focus to the new content so that keyboard and screen-reader
  // users start there (not on the first load: the browser's own start is right then).
  useEffect(() => {
    if (previousPath.current !== location.pathname) {
      previousPath.current = location.pathname;
      mainRef.current?.focus();
    }
  }, [location.pathname]);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} isFullPage />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;
  const viewer = data.viewer;
  if (!viewer) return <Navigate to="/connexion" replace />;
  if (!viewer.spaces.includes(space)) return <Navigate to="/" replace />;

  const home = SPACE_PATHS[space];
  // The API decides (the same rules it enforces); the shell only hides what it says no to.
  const allowed = menu.filter((entry) => !entry.requires || viewer.can[entry.requires]);
  const shown = allowed.filter((entry) => entry.placement !== 'person');
  const personEntries = allowed.filter((entry) => entry.placement === 'person');
  const phoneCount = shown.length > PHONE_SLOTS ? PHONE_SLOTS - 1 : shown.length;
  const closePersonMenu = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isPersonMenuOpen) return;
    setPersonMenuOpen(false);
    personButtonRef.current?.focus();
  };
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#contenu">
        {intl.formatMessage({ id: 'app.shell.skipToContent' })}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Brand to={home} />
          <div className={styles.headerActions}>
            <LanguageSwitch />
            <SignOutButton className={styles.signOut} />
          </div>
        </div>
      </header>
      <div className={styles.identity}>
        <div className={styles.identityInner}>
          {/* The person menu: what concerns the signed-in person whatever the space. */}
          <div className={styles.personMenu} onKeyDown={closePersonMenu}>
            <button
              ref={personButtonRef}
              type="button"
              className={styles.who}
              aria-expanded={isPersonMenuOpen}
              aria-controls={personMenuId}
              onClick={() => setPersonMenuOpen((open) => !open)}
            >
              <span className={styles.avatar} aria-hidden="true">
                {initialsOf(viewer.displayName)}
              </span>
              <span className={styles.whoText}>
                <span className={styles.name}>{viewer.displayName}</span>
                <span className={styles.spaceLabel}>{intl.formatMessage({ id: SPACE_LABEL_IDS[space] })}</span>
              </span>
              <span className={styles.chevron} data-open={isPersonMenuOpen} aria-hidden="true">
                <Icon name="chevronRight" size={18} />
              </span>
              <span className="visually-hidden">{intl.formatMessage({ id: 'app.shell.personMenu' })}</span>
            </button>
            <ul id={personMenuId} className={styles.personMenuList} hidden={!isPersonMenuOpen}>
              {personEntries.map((entry) => (
                <li key={entry.to}>
                  <NavLink to={entry.to} className={styles.personMenuLink} onClick={() => setPersonMenuOpen(false)}>
                    <Icon name={entry.icon} size={18} />
                    {intl.formatMessage({ id: entry.labelId })}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
          {viewer.spaces.length > 1 && (
            <Link to="/espaces" className={styles.switchSpace}>
              <Icon name="grid" size={18} />
              {intl.formatMessage({ id: 'app.shell.switchSpace' })}
            </Link>
          )}
        </div>
      </div>
      <div className={styles.body}>
        <nav className={styles.nav} aria-label={intl.formatMessage({ id: 'app.shell.menu' }, { space: intl.formatMessage({ id: SPACE_LABEL_IDS[space] }) })}>
          <ul className={styles.navList}>
            {shown.map((entry, index) => (
              // Past the phone's slots an entry shows from 48rem up only; on a phone it is in "Plus".
              <li key={entry.to} className={[styles.navItem, index >= phoneCount ? styles.desktopOnly : ''].join(' ')}>
                <NavLink to={entry.to} end={entry.isSpaceHome} className={styles.navLink}>
                  <Icon name={entry.icon} size={18} />
                  {/* The phone's tab bar shows a short word; the full name stays the link's name. */}
                  <span className={styles.shortLabel} aria-hidden="true">
                    {intl.formatMessage({ id: entry.shortLabelId })}
                  </span>
                  <span className="visually-hidden-phone">{intl.formatMessage({ id: entry.labelId })}</span>
                </NavLink>
              </li>
            ))}
            {phoneCount < shown.length && <PhoneMoreMenu entries={shown.slice(phoneCount)} />}
          </ul>
        </nav>
        <main className={styles.main} id="contenu" ref={mainRef} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className={styles.footer}>
        <Link to="/mentions-legales">{intl.formatMessage({ id: 'app.footer.legal' })}</Link>
      </footer>
    </div>
  );
}
