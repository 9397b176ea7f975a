import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router';
import { todayIsoDate } from '../../../app/i18n/format';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { ClientProperties } from '../components/ClientProperties';

const ClientPropertiesQuery = graphql(`
  query ClientPropertiesPage($isSyndic: Boolean!, $isGerance: Boolean!) {
    viewer {
      identifier
      person {
        id
        ...ClientProperties_person
        # Whether the gérance space speaks to a tenant (leases, no mandate).
        mandates @include(if: $isGerance) {
          nodes {
            id
          }
        }
        leases @include(if: $isGerance) {
          nodes {
            id
          }
        }
      }
    }
  }
`);

export type PropertiesPageProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/** "Mes biens": every lot by building, with type, floor, surface and tantièmes per key. */
export function PropertiesPage({ space }: PropertiesPageProps) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(ClientPropertiesQuery, {
    variables: { isSyndic: space === 'SYNDIC', isGerance: space === 'GERANCE' },
  });
  const title = intl.formatMessage({ id: 'clientHome.properties.title' });
  useDocumentTitle(title);
  // The home's lot links land on the lot's card ("#lot-…") once the lots are drawn.
  const { hash } = useLocation();
  const hasData = Boolean(data);
  useEffect(() => {
    if (!hasData || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hasData, hash]);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const person = data.viewer?.person;
  if (!person) return null;
  const isTenant = space === 'GERANCE' && (person.leases?.nodes.length ?? 0) > 0 && (person.mandates?.nodes.length ?? 0) === 0;

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: `clientHome.properties.intro.${isTenant ? 'TENANT' : space}` })} />
      <ClientProperties person={person} space={space} today={todayIsoDate()} />
    </>
  );
}
