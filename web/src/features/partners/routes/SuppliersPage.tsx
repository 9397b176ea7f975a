import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql, useFragment } from '../../../gql';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SupplierCard, SupplierCard_supplier } from '../components/SupplierCard';
import { SupplierForm, type SupplierValues } from '../components/SupplierForm';
import styles from './PartnersPages.module.css';

const SuppliersQuery = graphql(`
  query SuppliersPage {
    suppliers(first: 100) {
      nodes {
        id
        ...SupplierCard_supplier
      }
    }
  }
`);

/** The agency's suppliers (the tickets' recipients): add, change, and choose which ones clients see in "Nos partenaires". */
export function SuppliersPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'partners.nav.suppliers' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(SuppliersQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ id: string; values: SupplierValues } | null>(null);
  const suppliers = useFragment(SupplierCard_supplier, data?.suppliers.nodes ?? []);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const edit = (supplier: (typeof suppliers)[number]) =>
    setEditing({
      id: supplier.id,
      values: {
        name: supplier.name,
        trade: supplier.trade,
        phone: supplier.phone ?? '',
        email: supplier.email ?? '',
        addressLine: supplier.addressLine,
        website: supplier.website ?? '',
        isPartner: supplier.isPartner,
      },
    });

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'partners.suppliers.intro' })} />
      <div className={styles.columns}>
        {/* A new key per supplier resets the form's fields when another one is picked. */}
        <SupplierForm
          key={editing?.id ?? 'new'}
          editing={editing}
          onDone={() => {
            setEditing(null);
            void refetch();
          }}
        />
        <Card title={intl.formatMessage({ id: 'partners.suppliers.list' }, { count: suppliers.length })} icon="users">
          {suppliers.length === 0 ? (
            <EmptyState icon="users" title={intl.formatMessage({ id: 'partners.suppliers.empty' })} />
          ) : (
            <ul className={styles.grid}>
              {data.suppliers.nodes.map((node, index) => (
                <li key={node.id} className={styles.item}>
                  <SupplierCard supplier={node} showsPartnerBadge />
                  <Button variant="secondary" onClick={() => edit(suppliers[index])}>
                    {intl.formatMessage({ id: 'partners.suppliers.edit' }, { name: suppliers[index].name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
