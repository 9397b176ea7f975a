import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SupplierCard } from '../components/SupplierCard';
import styles from './PartnersPages.module.css';

const PartnersQuery = graphql(`
  query PartnersPage {
    partners(first: 100) {
      nodes {
        id
        ...SupplierCard_supplier
      }
    }
  }
`);

/** "Nos partenaires": the suppliers the agency recommends to its clients (manual: an extranet module the agency switches on). */
export function PartnersPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'partners.nav.partners' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(PartnersQuery);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const partners = data.partners.nodes;
  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'partners.page.intro' })} />
      {partners.length === 0 ? (
        <EmptyState icon="users" title={intl.formatMessage({ id: 'partners.page.empty' })} />
      ) : (
        <ul className={styles.grid}>
          {partners.map((partner) => (
            <li key={partner.id}>
              <SupplierCard supplier={partner} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
