import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, Navigate } from 'react-router';
import { PublicLayout } from '../../../app/layout/PublicLayout';
import { QueryError } from '../../../app/QueryError';
import { SPACE_LABEL_IDS, SPACE_ORDER, SPACE_PATHS } from '../../../app/spaces';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { Icon, type IconName } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import styles from './SpaceChooserPage.module.css';

const SpaceChooserQuery = graphql(`
  query SpaceChooser {
    viewer {
      identifier
      displayName
      spaces
    }
  }
`);

const ICONS: Record<Space, IconName> = { SYNDIC: 'building', GERANCE: 'home', MANAGEMENT: 'briefcase' };

/** "Choix de l'espace": one entry per space the person may enter (manual, same title). */
export function SpaceChooserPage() {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(SpaceChooserQuery);
  useDocumentTitle(intl.formatMessage({ id: 'spaces.chooser.title' }));

  if (error) return <QueryError error={error} onRetry={() => void refetch()} isFullPage />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;
  const viewer = data.viewer;
  if (!viewer) return <Navigate to="/connexion" replace />;
  // One space or none: nothing to choose ("/" goes straight in or explains).
  if (viewer.spaces.length < 2) return <Navigate to="/" replace />;

  const spaces = SPACE_ORDER.filter((space) => viewer.spaces.includes(space));
  return (
    <PublicLayout hasSignOut>
      <div className={styles.heading}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'spaces.chooser.title' })}</h1>
        <p className={styles.person}>{viewer.displayName}</p>
        <p className={styles.intro}>{intl.formatMessage({ id: 'spaces.chooser.intro' })}</p>
      </div>
      <ul className={styles.list}>
        {spaces.map((space) => (
          <li key={space}>
            <Link to={SPACE_PATHS[space]} className={styles.card}>
              <span className={styles.icon}>
                <Icon name={ICONS[space]} size={24} />
              </span>
              <span className={styles.text}>
                <span className={styles.name}>{intl.formatMessage({ id: SPACE_LABEL_IDS[space] })}</span>
                <span className={styles.description}>{intl.formatMessage({ id: `spaces.chooser.description.${space}` })}</span>
              </span>
              <Icon name="chevronRight" className={styles.chevron} />
            </Link>
          </li>
        ))}
      </ul>
    </PublicLayout>
  );
}
