import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import styles from './AnnouncementList.module.css';

export const AnnouncementList_announcement = graphql(`
  fragment AnnouncementList_announcement on Announcement {
    id
    title
    body
    audience
    publishOn
    building {
      id
      code
    }
  }
`);

export type AnnouncementListProps = {
  announcements: FragmentType<typeof AnnouncementList_announcement>[];
  /** Whole texts ("Mes informations") or titles and dates only (the home page). */
  showsBody?: boolean;
  /** Managers see who each is for. */
  showsAudience?: boolean;
  /** The actions of one announcement (the manager's "Retirer"). */
  actionsOf?: (id: string, title: string) => ReactNode;
};

/** Announcements newest first: date, title and, as the page asks, their text and audience. */
export function AnnouncementList({ announcements, showsBody, showsAudience, actionsOf }: AnnouncementListProps) {
  const intl = useIntl();
  const items = useFragment(AnnouncementList_announcement, announcements);
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        return (
          <li key={item.id} className={styles.item}>
            <article aria-labelledby={`announcement-${item.id}`}>
              <div className={styles.head}>
                <h3 className={styles.title} id={`announcement-${item.id}`}>
                  {item.title}
                </h3>
                <time className={styles.date} dateTime={item.publishOn}>
                  {formatDate(item.publishOn)}
                </time>
              </div>
              {showsAudience && (
                <p className={styles.audience}>
                  {intl.formatMessage({ id: `announcements.audience.${item.audience}` })}
                  {' · '}
                  {item.building ? intl.formatMessage({ id: 'announcements.building' }, { code: item.building.code }) : intl.formatMessage({ id: 'announcements.wholeAgency' })}
                </p>
              )}
              {showsBody && <p className={styles.body}>{item.body}</p>}
              {actionsOf && <div className={styles.actions}>{actionsOf(item.id, item.title)}</div>}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
