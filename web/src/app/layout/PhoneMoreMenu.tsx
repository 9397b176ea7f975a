import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useLocation } from 'react-router';
import { Icon } from '../../ui/Icon';
import type { SpaceMenuItem } from '../compose-features';
import styles from './SpaceShell.module.css';

export type PhoneMoreMenuProps = { entries: readonly SpaceMenuItem[] };

/**
 * The phone tab bar's last slot ("Plus"): the entries that do not fit in 375 px, as a list of
 * full names that opens above the content. Hidden from 48rem up, where the side menu shows every
 * entry. It closes on a choice, on Escape (focus back on the button) and on any navigation.
 */
export function PhoneMoreMenu({ entries }: PhoneMoreMenuProps) {
  const intl = useIntl();
  const location = useLocation();
  // Open at one path only: any navigation closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const isOpen = openAt === location.pathname;
  const setOpen = (open: boolean) => setOpenAt(open ? location.pathname : null);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const isCurrentInside = entries.some((entry) => location.pathname === entry.to || location.pathname.startsWith(`${entry.to}/`));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen) return;
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <li className={styles.moreItem} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.navLink}
        aria-expanded={isOpen}
        aria-controls={panelId}
        data-current={isCurrentInside || undefined}
        onClick={() => setOpen(!isOpen)}
      >
        <Icon name="grid" size={18} />
        <span>{intl.formatMessage({ id: 'app.shell.more' })}</span>
      </button>
      <ul id={panelId} className={styles.morePanel} hidden={!isOpen}>
        {entries.map((entry) => (
          <li key={entry.to}>
            <NavLink to={entry.to} end={entry.isSpaceHome} className={styles.moreLink} onClick={() => setOpen(false)}>
              <Icon name={entry.icon} size={18} />
              {intl.formatMessage({ id: entry.labelId })}
            </NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
