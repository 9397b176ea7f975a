import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { TextField } from '../../../ui/TextField';
import { useMutationForm } from '../../../ui/useMutationForm';
import styles from './OfficeForm.module.css';

const CreateOfficeMutation = graphql(`
  mutation CreateAgencyOffice($input: AgencyOfficeInput!) {
    createAgencyOffice(input: $input) {
      id
      ...OfficeCard_office
    }
  }
`);
const UpdateOfficeMutation = graphql(`
  mutation UpdateAgencyOffice($id: ID!, $input: AgencyOfficeInput!) {
    updateAgencyOffice(officeId: $id, input: $input) {
      id
      ...OfficeCard_office
    }
  }
`);

export const OFFICE_FIELDS = ['name', 'address', 'phone', 'email', 'openingHours', 'legalForm', 'siret', 'apeCode'] as const;
export type OfficeField = (typeof OFFICE_FIELDS)[number];
export type OfficeValues = Record<OfficeField, string>;
type Errors = Partial<Record<OfficeField, string>>;
const WIDE: ReadonlySet<OfficeField> = new Set(['address', 'openingHours']);

export const EMPTY_OFFICE: OfficeValues = { name: '', address: '', phone: '', email: '', openingHours: '', legalForm: '', siret: '', apeCode: '' };

/** What the browser can tell before sending (the API checks the SIRET's key and the code APE). */
export function validateOffice(values: OfficeValues): Errors {
  const errors: Errors = {};
  if (!values.name.trim()) errors.name = 'agencyContacts.form.error.nameRequired';
  const siret = values.siret.replace(/\s/g, '');
  if (siret && !/^\d{14}$/.test(siret)) errors.siret = 'agencyContacts.form.error.siret';
  return errors;
}

export type OfficeFormProps = {
  /** The office being changed, or null for a new one. */
  editing: { id: string; values: OfficeValues } | null;
  onDone: () => void;
};

/** "Ajouter un bureau" / "Modifier un bureau": name, address, hours, phone, e-mail and legal mentions. */
export function OfficeForm({ editing, onDone }: OfficeFormProps) {
  const intl = useIntl();
  const { values, setValue, setValues, errors, fieldRef, status, setStatus, isSubmitting, handleSubmit } = useMutationForm({
    fields: OFFICE_FIELDS,
    initialValues: editing?.values ?? EMPTY_OFFICE,
    validate: validateOffice,
  });
  const [create] = useMutation(CreateOfficeMutation);
  const [update] = useMutation(UpdateOfficeMutation);

  const submit = handleSubmit(async (input) => {
    if (editing) await update({ variables: { id: editing.id, input } });
    else await create({ variables: { input } });
    if (!editing) setValues(EMPTY_OFFICE);
    setStatus('agencyContacts.form.saved');
    onDone();
  });

  return (
    <Card title={intl.formatMessage({ id: editing ? 'agencyContacts.form.editTitle' : 'agencyContacts.form.addTitle' })} icon="building">
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <div className={styles.fields}>
          {OFFICE_FIELDS.map((field) => (
            <div key={field} className={WIDE.has(field) ? styles.wide : undefined}>
              <TextField
                ref={fieldRef(field)}
                label={intl.formatMessage({ id: `agencyContacts.form.field.${field}` })}
                name={field}
                type={field === 'email' ? 'email' : 'text'}
                autoComplete={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'off'}
                inputMode={field === 'siret' ? 'numeric' : undefined}
                value={values[field]}
                isRequired={field === 'name'}
                onChange={(value) => setValue(field, value)}
                error={errors[field] && intl.formatMessage({ id: errors[field] })}
              />
            </div>
          ))}
        </div>
        <div className={styles.actions}>
          <Button type="submit" isBusy={isSubmitting}>
            {intl.formatMessage({ id: editing ? 'agencyContacts.form.save' : 'agencyContacts.form.add' })}
          </Button>
          {editing && (
            <Button variant="secondary" onClick={onDone}>
              {intl.formatMessage({ id: 'agencyContacts.form.cancel' })}
            </Button>
          )}
        </div>
        {status && <Alert tone={status === 'agencyContacts.form.saved' ? 'success' : 'error'}>{intl.formatMessage({ id: status })}</Alert>}
      </form>
    </Card>
  );
}
