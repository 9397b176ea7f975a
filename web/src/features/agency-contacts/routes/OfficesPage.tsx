import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Dialog } from '../../../ui/Dialog';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { OfficeCard } from '../components/OfficeCard';
import { OFFICE_FIELDS, OfficeForm, type OfficeValues } from '../components/OfficeForm';
import styles from './OfficesPage.module.css';

const OfficesPageQuery = graphql(`
  query OfficesPage {
    agencyOffices(first: 50) {
      nodes {
        id
        name
        address
        phone
        email
        openingHours
        legalForm
        siret
        apeCode
        ...OfficeCard_office
      }
    }
  }
`);
const DeleteOfficeMutation = graphql(`
  mutation DeleteAgencyOffice($id: ID!) {
    deleteAgencyOffice(officeId: $id)
  }
`);

/** The manager's "Bureaux" (manual: "Agence" → "Bureaux", "visible par vos clients, dans la zone « Contacts »"). */
export function OfficesPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'agencyContacts.nav.manage' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(OfficesPageQuery);
  const [editing, setEditing] = useState<{ id: string; values: OfficeValues } | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const [remove, removal] = useMutation(DeleteOfficeMutation);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const confirmDelete = async () => {
    if (!deleting) return;
    setFailed(false);
    try {
      await remove({ variables: { id: deleting.id } });
      if (editing?.id === deleting.id) setEditing(null);
      await refetch();
    } catch {
      setFailed(true);
    }
    setDeleting(null);
  };

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'agencyContacts.manage.intro' })} />
      <div className={styles.page}>
        <OfficeForm
          key={editing?.id ?? 'new'}
          editing={editing}
          onDone={() => {
            setEditing(null);
            void refetch();
          }}
        />
        <Card title={intl.formatMessage({ id: 'agencyContacts.manage.list' }, { count: data.agencyOffices.nodes.length })} icon="building">
          {failed && <Alert tone="error">{intl.formatMessage({ id: 'app.error.unexpected' })}</Alert>}
          {data.agencyOffices.nodes.length === 0 ? (
            <p>{intl.formatMessage({ id: 'agencyContacts.page.noOffice' })}</p>
          ) : (
            <ul className={styles.list}>
              {data.agencyOffices.nodes.map((office) => (
                <li key={office.id} className={styles.item}>
                  <OfficeCard office={office} />
                  <div className={styles.actions}>
                    <Button
                      variant="secondary"
                      aria-describedby={`office-${office.id}`}
                      onClick={() => {
                        setEditing({ id: office.id, values: Object.fromEntries(OFFICE_FIELDS.map((field) => [field, office[field] ?? ''])) as OfficeValues });
                        window.scrollTo({ top: 0 });
                      }}
                    >
                      {intl.formatMessage({ id: 'agencyContacts.manage.edit' })}
                    </Button>
                    <Button variant="danger" aria-describedby={`office-${office.id}`} onClick={() => setDeleting({ id: office.id, name: office.name })}>
                      {intl.formatMessage({ id: 'agencyContacts.manage.delete' })}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Dialog
        isOpen={deleting !== null}
        title={intl.formatMessage({ id: 'agencyContacts.manage.confirmTitle' })}
        icon="alert"
        onClose={() => setDeleting(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              {intl.formatMessage({ id: 'agencyContacts.form.cancel' })}
            </Button>
            <Button variant="danger" isBusy={removal.loading} onClick={() => void confirmDelete()}>
              {intl.formatMessage({ id: 'agencyContacts.manage.delete' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'agencyContacts.manage.confirmBody' }, { name: deleting?.name ?? '' })}</p>
      </Dialog>
    </>
  );
}
