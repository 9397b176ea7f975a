import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { todayIsoDate } from '../../../app/i18n/format';
import { SPACE_PATHS } from '../../../app/spaces';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { ClientProperties } from './ClientProperties';

// Its own query: the home asks for the lots (and their tantièmes) only when the agency keeps
// "Mes biens" on, since the API refuses the tantièmes otherwise (MODULE_DISABLED).
const HomePropertiesQuery = graphql(`
  query HomeProperties($isSyndic: Boolean!, $isGerance: Boolean!) {
    viewer {
      person {
        id
        ...ClientProperties_person
      }
    }
  }
`);

export type HomePropertiesProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'>; isTenant: boolean };

/** The home's "Mes biens" overview (a tenant's "Mon logement"), linking to the full page. */
export function HomeProperties({ space, isTenant }: HomePropertiesProps) {
  const intl = useIntl();
  const { data } = useQuery(HomePropertiesQuery, { variables: { isSyndic: space === 'SYNDIC', isGerance: space === 'GERANCE' } });
  const person = data?.viewer?.person;
  return (
    <Card
      title={intl.formatMessage({ id: isTenant ? 'clientHome.properties.titleTenant' : 'clientHome.properties.title' })}
      icon={isTenant ? 'home' : 'building'}
      actions={
        <ButtonLink to={`${SPACE_PATHS[space]}/biens`} variant="secondary" icon="chevronRight">
          {intl.formatMessage({ id: 'clientHome.home.seeProperties' })}
        </ButtonLink>
      }
    >
      {person ? <ClientProperties person={person} space={space} today={todayIsoDate()} isCompact /> : <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
    </Card>
  );
}
