import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import styles from './TicketCard.module.css';

const SuppliersQuery = graphql(`
  query TicketSuppliers {
    suppliers(first: 100) {
      nodes {
        id
        name
        trade
      }
    }
  }
`);

const CreateTicketMutation = graphql(`
  mutation CreateTicketFromPage($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
    }
  }
`);

export type CreateTicketFormProps = { requestId: string; onCreated: () => void };

/** Turns the request into a ticket to one of the agency's suppliers (manual "Tickets"), with the brief the supplier gets. */
export function CreateTicketForm({ requestId, onCreated }: CreateTicketFormProps) {
  const intl = useIntl();
  const { data } = useQuery(SuppliersQuery, { fetchPolicy: 'cache-and-network' });
  const [create, { loading, error }] = useMutation(CreateTicketMutation);
  const [supplierId, setSupplierId] = useState('');
  const [description, setDescription] = useState('');
  const [isMissingSupplier, setMissingSupplier] = useState(false);
  const suppliers = data?.suppliers.nodes ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!supplierId) return setMissingSupplier(true);
    const result = await create({ variables: { input: { requestId, supplierId, description } } }).catch(() => null);
    if (result?.data) onCreated();
  }

  return (
    <Card title={intl.formatMessage({ id: 'requests.ticket.create' })} icon="receipt">
      {data && suppliers.length === 0 ? (
        <p>
          {intl.formatMessage({ id: 'requests.ticket.noSuppliers' })} <Link to="../fournisseurs">{intl.formatMessage({ id: 'requests.ticket.toSuppliers' })}</Link>
        </p>
      ) : (
        <form className={styles.manage} onSubmit={(event) => void submit(event)} noValidate>
          <SelectField
            label={intl.formatMessage({ id: 'requests.ticket.supplierLabel' })}
            name="supplierId"
            value={supplierId}
            isRequired
            error={isMissingSupplier && !supplierId ? intl.formatMessage({ id: 'requests.ticket.supplierRequired' }) : undefined}
            options={[
              { value: '', label: intl.formatMessage({ id: 'requests.ticket.chooseSupplier' }) },
              ...suppliers.map((supplier) => ({ value: supplier.id, label: supplier.trade ? `${supplier.name} (${supplier.trade})` : supplier.name })),
            ]}
            onChange={setSupplierId}
          />
          <TextAreaField
            label={intl.formatMessage({ id: 'requests.ticket.description' })}
            hint={intl.formatMessage({ id: 'requests.ticket.descriptionHint' })}
            name="description"
            value={description}
            onChange={setDescription}
            rows={3}
            isRequired
          />
          {error && <Alert tone="error">{intl.formatMessage({ id: 'requests.ticket.createFailed' })}</Alert>}
          <Button type="submit" variant="primary" isBusy={loading}>
            {intl.formatMessage({ id: 'requests.ticket.createSubmit' })}
          </Button>
        </form>
      )}
    </Card>
  );
}
