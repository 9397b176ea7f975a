import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { SPACE_LABEL_IDS } from '../../../app/spaces';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { AccountKind, Space } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { HomeAnnouncements } from '../../announcements/public';
import { HomeDocuments } from '../../documents/public';
import { HomeNewsFeed } from '../../news-feed/public';
import { HomeRequests } from '../../requests/public';
import { BalanceOverview } from '../components/BalanceOverview';
import { ContactDetails } from '../components/ContactDetails';
import { HomeContacts } from '../components/HomeContacts';
import { HomeProperties } from '../components/HomeProperties';
import styles from './ClientHomePage.module.css';

const ClientHomeQuery = graphql(`
  query ClientHome($isGerance: Boolean!) {
    viewer {
      identifier
      can {
        readAccounts
        readAgencyContact
        readProperties
        readDocuments
        readAnnouncements
        readNewsFeed
        openRequests
      }
      person {
        id
        ...ContactDetails_person
        # Published accounts only; the space keeps its own kinds below.
        accounts(first: 50) {
          nodes {
            id
            kind
            ...BalanceOverview_account
          }
        }
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

/** The syndic space shows co-owner accounts (450…); the gérance space, owner (411…) and tenant accounts. */
const SPACE_KINDS: Record<Extract<Space, 'SYNDIC' | 'GERANCE'>, readonly AccountKind[]> = {
  SYNDIC: ['COOWNER'],
  GERANCE: ['OWNER', 'TENANT'],
};

export type ClientHomePageProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'> };

/** "Accueil" of a client space: the account in plain words first, then "Mes coordonnées" and "Mes biens" (a tenant's "Mon logement"). */
export function ClientHomePage({ space }: ClientHomePageProps) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(ClientHomeQuery, {
    variables: { isGerance: space === 'GERANCE' },
  });
  useDocumentTitle(intl.formatMessage({ id: 'clientHome.nav.home' }));

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const person = data.viewer?.person;
  if (!person) return null;
  // A tenant (leases and no management mandate) is spoken to as one: "Mon logement", rent and charges.
  const isTenant = space === 'GERANCE' && (person.leases?.nodes.length ?? 0) > 0 && (person.mandates?.nodes.length ?? 0) === 0;
  const audience = isTenant ? 'TENANT' : space;
  const accounts = data.viewer?.can.readAccounts ? person.accounts.nodes.filter((account) => SPACE_KINDS[space].includes(account.kind)) : [];

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: 'clientHome.nav.home' })}
        title={intl.formatMessage({ id: isTenant ? 'clientHome.home.title.TENANT' : SPACE_LABEL_IDS[space] })}
        description={intl.formatMessage({ id: `clientHome.home.intro.${audience}` })}
      />
      <div className={styles.page}>
        {accounts.length > 0 && (
          <Card title={intl.formatMessage({ id: accounts.length > 1 ? 'clientHome.money.titleMany' : 'clientHome.money.title' })} icon="wallet">
            <div className={styles.accounts}>
              {accounts.map((account) => (
                <BalanceOverview key={account.id} account={account} space={space} showNumber={accounts.length > 1} />
              ))}
            </div>
          </Card>
        )}
        <div className={styles.grid}>
          <ContactDetails person={person} />
          {data.viewer?.can.openRequests && <HomeRequests space={space} />}
          {data.viewer?.can.readAnnouncements && <HomeAnnouncements space={space} />}
          {data.viewer?.can.readDocuments && <HomeDocuments space={space} />}
          {data.viewer?.can.readProperties && <HomeProperties space={space} isTenant={isTenant} />}
          <HomeContacts space={space} withContacts={data.viewer?.can.readAgencyContact ?? false} />
          {data.viewer?.can.readNewsFeed && <HomeNewsFeed />}
        </div>
      </div>
    </>
  );
}
