import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, isNetworkFailure } from '../../../app/errors';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Checkbox } from '../../../ui/Checkbox';
import { TextField } from '../../../ui/TextField';
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
  const [values, setValues] = useState<SupplierValues>(editing?.values ?? EMPTY_SUPPLIER);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<string | null>(null);
  const refs = useRef<Partial<Record<SupplierField, HTMLInputElement | null>>>({});
  const [create, creation] = useMutation(CreateSupplierMutation);
  const [update, change] = useMutation(UpdateSupplierMutation);

  const focusFirst = (found: Errors) => {
    const first = SUPPLIER_FIELDS.find((field) => found[field]);
    if (first) requestAnimationFrame(() => refs.current[first]?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const found = validateSupplier(values);
    setErrors(found);
    if (Object.keys(found).length) return focusFirst(found);
    try {
      if (editing) await update({ variables: { id: editing.id, input: values } });
      else await create({ variables: { input: values } });
      if (!editing) setValues(EMPTY_SUPPLIER);
      setStatus('partners.form.saved');
      onDone();
    } catch (error) {
      const mapped: Errors = {};
      for (const { field, reason } of fieldErrorsOf(error)) if ((SUPPLIER_FIELDS as readonly string[]).includes(field)) mapped[field as SupplierField] = `errors.${reason}`;
      if (Object.keys(mapped).length) {
        setErrors(mapped);
        return focusFirst(mapped);
      }
      setStatus(isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected');
    }
  };

  return (
    <Card title={intl.formatMessage({ id: editing ? 'partners.form.editTitle' : 'partners.form.addTitle' })} icon="briefcase">
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <div className={styles.fields}>
          {SUPPLIER_FIELDS.map((field) => (
            <TextField
              key={field}
              ref={(element) => {
                refs.current[field] = element;
              }}
              label={intl.formatMessage({ id: `partners.form.field.${field}` })}
              name={field}
              type={field === 'email' ? 'email' : 'text'}
              autoComplete={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'off'}
              value={values[field]}
              isRequired={field === 'name'}
              onChange={(value) => {
                setValues((existing) => ({ ...existing, [field]: value }));
                setErrors((existing) => ({ ...existing, [field]: undefined }));
              }}
              error={errors[field] && intl.formatMessage({ id: errors[field] })}
            />
          ))}
        </div>
        <Checkbox
          label={intl.formatMessage({ id: 'partners.form.field.isPartner' })}
          isChecked={values.isPartner}
          onChange={(isPartner) => setValues((existing) => ({ ...existing, isPartner }))}
        />
        <div className={styles.actions}>
          <Button type="submit" isBusy={creation.loading || change.loading}>
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
