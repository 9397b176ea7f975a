import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { SPACE_PATHS } from '../../../app/spaces';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { AnnouncementList } from './AnnouncementList';

const HomeAnnouncementsQuery = graphql(`
  query HomeAnnouncements {
    viewer {
      identifier
      announcements(first: 3) {
        nodes {
          id
          ...AnnouncementList_announcement
        }
      }
    }
  }
`);

export type HomeAnnouncementsProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/**
 * "Mes informations" on the home page (manual: a "Titre / Date" table under "Mes demandes"): the
 * three newest, linking to the whole list. Its own query: where the agency switched the module
 * off, the API refuses it and the section stays out.
 */
export function HomeAnnouncements({ space }: HomeAnnouncementsProps) {
  const intl = useIntl();
  const { data, error } = useQuery(HomeAnnouncementsQuery);
  if (error) return null;
  const announcements = data?.viewer?.announcements.nodes ?? [];
  return (
    <Card
      title={intl.formatMessage({ id: 'announcements.nav.mine' })}
      icon="bell"
      actions={
        <ButtonLink to={`${SPACE_PATHS[space]}/informations`} variant="secondary" icon="chevronRight">
          {intl.formatMessage({ id: 'announcements.home.all' })}
        </ButtonLink>
      }
    >
      {!data ? (
        <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />
      ) : announcements.length === 0 ? (
        <p>{intl.formatMessage({ id: 'announcements.home.none' })}</p>
      ) : (
        <AnnouncementList announcements={announcements} />
      )}
    </Card>
  );
}
