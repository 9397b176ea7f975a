import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { todayIsoDate } from '../../../app/i18n/format';
import { QueryError } from '../../../app/QueryError';
import { SPACE_LABEL_IDS, SPACE_PATHS } from '../../../app/spaces';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { ClientProperties } from '../components/ClientProperties';
import { ContactDetails } from '../components/ContactDetails';
import { HomeContacts } from '../components/HomeContacts';
import styles from './ClientHomePage.module.css';

const ClientHomeQuery = graphql(`
  query ClientHome($isSyndic: Boolean!, $isGerance: Boolean!) {
    viewer {
      identifier
      person {
        id
        ...ContactDetails_person
        ...ClientProperties_person
      }
    }
  }
`);

export type ClientHomePageProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/** "Accueil" of a client space: "Mes coordonnées" and an overview of "Mes biens". */
export function ClientHomePage({ space }: ClientHomePageProps) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(ClientHomeQuery, {
    variables: { isSyndic: space === 'SYNDIC', isGerance: space === 'GERANCE' },
  });
  useDocumentTitle(intl.formatMessage({ id: 'clientHome.nav.home' }));

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const person = data.viewer?.person;
  if (!person) return null;

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'clientHome.nav.home' })}
        title={intl.formatMessage({ id: SPACE_LABEL_IDS[space] })}
        description={intl.formatMessage({ id: `clientHome.home.intro.${space}` })}
      />
      <div className={styles.grid}>
        <ContactDetails person={person} />
        <Card
          title={intl.formatMessage({ id: 'clientHome.properties.title' })}
          icon="building"
          actions={
            <ButtonLink to={`${SPACE_PATHS[space]}/biens`} variant="secondary" icon="chevronRight">
              {intl.formatMessage({ id: 'clientHome.home.seeProperties' })}
            </ButtonLink>
          }
        >
          <ClientProperties person={person} space={space} today={todayIsoDate()} isCompact />
        </Card>
        <HomeContacts space={space} />
      </div>
    </>
  );
}
