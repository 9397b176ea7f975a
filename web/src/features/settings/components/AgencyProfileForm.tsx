import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { TextField } from '../../../ui/TextField';
import { useMutationForm } from '../../../ui/useMutationForm';
import styles from '../settings.module.css';

export const AgencyProfileForm_profile = graphql(`
  fragment AgencyProfileForm_profile on AgencyProfile {
    name
    legalName
    legalForm
    siret
    apeCode
    representativeName
    professionalCardNumber
    professionalCardIssuer
    financialGuarantee
    address
    phone
    email
  }
`);

const UpdateProfileMutation = graphql(`
  mutation UpdateAgencyProfile($input: AgencyProfileInput!) {
    updateAgencyProfile(input: $input) {
      ...AgencyProfileForm_profile
    }
  }
`);

/** The fields in the form's order, by group; each one is a field of AgencyProfileInput. */
const GROUPS = [
  { id: 'identity', fields: ['name', 'legalName', 'legalForm', 'siret', 'apeCode'] },
  // The manual's "Mandataire": who runs the agency, with the professional card and the guarantee.
  { id: 'regulated', fields: ['representativeName', 'professionalCardNumber', 'professionalCardIssuer', 'financialGuarantee'] },
  { id: 'contact', fields: ['address', 'phone', 'email'] },
] as const;
type ProfileField = (typeof GROUPS)[number]['fields'][number];
const FIELDS: readonly ProfileField[] = GROUPS.flatMap((group) => group.fields);
const HINTS: Partial<Record<ProfileField, string>> = {
  legalForm: 'settings.profile.hint.legalForm',
  siret: 'settings.profile.hint.siret',
  apeCode: 'settings.profile.hint.apeCode',
  representativeName: 'settings.profile.hint.representativeName',
  professionalCardIssuer: 'settings.profile.hint.professionalCardIssuer',
  financialGuarantee: 'settings.profile.hint.financialGuarantee',
};
const WIDE: ReadonlySet<ProfileField> = new Set(['financialGuarantee', 'address']);

type Values = Record<ProfileField, string>;
type Errors = Partial<Record<ProfileField, string>>;

/** What the browser can tell before sending: the name is required, a SIRET is 14 digits (the API checks its key). */
export function validateProfile(values: Values): Errors {
  const errors: Errors = {};
  if (!values.name.trim()) errors.name = 'settings.profile.error.nameRequired';
  const siret = values.siret.replace(/\s/g, '');
  if (siret && !/^\d{14}$/.test(siret)) errors.siret = 'settings.profile.error.siret';
  return errors;
}

export type AgencyProfileFormProps = { profile: FragmentType<typeof AgencyProfileForm_profile> };

/** "Profil de l'agence": identity, regulated activity (loi Hoguet) and contact, as printed in the legal notice and the PDFs. */
export function AgencyProfileForm({ profile }: AgencyProfileFormProps) {
  const intl = useIntl();
  const current = useFragment(AgencyProfileForm_profile, profile);
  // status: 'saved', or the message id of a failure.
  const { values, setValue, errors, fieldRef, status, setStatus, statusRef, isSubmitting, handleSubmit } = useMutationForm({
    fields: FIELDS,
    initialValues: () => Object.fromEntries(FIELDS.map((field) => [field, current[field] ?? ''])) as Values,
    validate: validateProfile,
  });
  const [update] = useMutation(UpdateProfileMutation);

  const submit = handleSubmit(async (input) => {
    await update({ variables: { input } });
    setStatus('saved');
  });

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {GROUPS.map((group) => (
        <Card key={group.id} title={intl.formatMessage({ id: `settings.profile.${group.id}` })}>
          <div className={styles.fields}>
            {group.fields.map((field) => (
              <div key={field} className={WIDE.has(field) ? styles.wide : undefined}>
                <TextField
                  ref={fieldRef(field)}
                  label={intl.formatMessage({ id: `settings.profile.field.${field}` })}
                  hint={HINTS[field] && intl.formatMessage({ id: HINTS[field] })}
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
        </Card>
      ))}
      <div className={styles.actions}>
        <Button type="submit" isBusy={isSubmitting}>
          {intl.formatMessage({ id: 'settings.profile.save' })}
        </Button>
        <ButtonLink to="/mentions-legales" variant="secondary" icon="external">
          {intl.formatMessage({ id: 'settings.profile.seeLegal' })}
        </ButtonLink>
      </div>
      {status && (
        <Alert tone={status === 'saved' ? 'success' : 'error'} ref={statusRef}>
          {intl.formatMessage({ id: status === 'saved' ? 'settings.profile.saved' : status })}
        </Alert>
      )}
    </form>
  );
}
