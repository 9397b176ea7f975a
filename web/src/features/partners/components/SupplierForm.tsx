import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Checkbox } from '../../../ui/Checkbox';
import { TextField } from '../../../ui/TextField';
import { useMutationForm } from '../../../ui/useMutationForm';
import styles from './SupplierForm.module.css';

const CreateSupplierMutation = graphql(`
  mutation CreateSupplierFromPage($input: SupplierInput!) {
    createSupplier(input: $input) {
      id
      ...SupplierCard_supplier
    }
  }
`);
const UpdateSupplierMutation = graphql(`
  mutation UpdateSupplierFromPage($id: ID!, $input: SupplierInput!) {
    updateSupplier(supplierId: $id, input: $input) {
      id
      ...SupplierCard_supplier
    }
  }
`);

export const SUPPLIER_FIELDS = ['name', 'trade', 'phone', 'email', 'addressLine', 'website'] as const;
export type SupplierField = (typeof SUPPLIER_FIELDS)[number];
export type SupplierValues = Record<SupplierField, string> & { isPartner: boolean };
type Errors = Partial<Record<SupplierField, string>>;

export const EMPTY_SUPPLIER: SupplierValues = { name: '', trade: '', phone: '', email: '', addressLine: '', website: '', isPartner: false };

/** What the browser can tell before sending; the API checks the e-mail and the website's scheme again. */
export function validateSupplier(values: SupplierValues): Errors {
  const errors: Errors = {};
  if (!values.name.trim()) errors.name = 'partners.form.error.nameRequired';
  if (values.website.trim() && !/^https?:\/\//i.test(values.website.trim())) errors.website = 'partners.form.error.website';
  return errors;
}

export type SupplierFormProps = {
  /** The supplier being changed, or null for a new one. */
  editing: { id: string; values: SupplierValues } | null;
  onDone: () => void;
};

/** "Ajouter un fournisseur" / "Modifier un fournisseur", with the choice to show them to clients in "Nos partenaires". */
export function SupplierForm({ editing, onDone }: SupplierFormProps) {
  const intl = useIntl();
  const { values, setValue, setValues, errors, fieldRef, status, setStatus, isSubmitting, handleSubmit } = useMutationForm({
    fields: SUPPLIER_FIELDS,
    initialValues: editing?.values ?? EMPTY_SUPPLIER,
    validate: validateSupplier,
  });
  const [create] = useMutation(CreateSupplierMutation);
  const [update] = useMutation(UpdateSupplierMutation);

  const submit = handleSubmit(async (input) => {
    if (editing) await update({ variables: { id: editing.id, input } });
    else await create({ variables: { input } });
    if (!editing) setValues(EMPTY_SUPPLIER);
    setStatus('partners.form.saved');
    onDone();
  });

  return (
    <Card title={intl.formatMessage({ id: editing ? 'partners.form.editTitle' : 'partners.form.addTitle' })} icon="briefcase">
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <div className={styles.fields}>
          {SUPPLIER_FIELDS.map((field) => (
            <TextField
              key={field}
              ref={fieldRef(field)}
              label={intl.formatMessage({ id: `partners.form.field.${field}` })}
              name={field}
              type={field === 'email' ? 'email' : 'text'}
              autoComplete={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'off'}
              value={values[field]}
              isRequired={field === 'name'}
              onChange={(value) => setValue(field, value)}
              error={errors[field] && intl.formatMessage({ id: errors[field] })}
            />
          ))}
        </div>
        <Checkbox label={intl.formatMessage({ id: 'partners.form.field.isPartner' })} isChecked={values.isPartner} onChange={(isPartner) => setValue('isPartner', isPartner)} />
        <div className={styles.actions}>
          <Button type="submit" isBusy={isSubmitting}>
            {intl.formatMessage({ id: editing ? 'partners.form.save' : 'partners.form.add' })}
          </Button>
          {editing && (
            <Button variant="secondary" onClick={onDone}>
              {intl.formatMessage({ id: 'partners.form.cancel' })}
            </Button>
          )}
        </div>
        {status && <Alert tone={status === 'partners.form.saved' ? 'success' : 'error'}>{intl.formatMessage({ id: status })}</Alert>}
      </form>
    </Card>
  );
}
