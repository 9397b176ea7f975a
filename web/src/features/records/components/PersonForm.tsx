import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { forgetPortfolio } from '../cache';
import type { RowErrors } from '../form-errors';
import { isPlausibleEmail, suggestExternalId } from '../form-values';
import { useRecordForm } from '../use-record-form';
import { AddressFields, addressErrors, addressInput, EMPTY_ADDRESS, type AddressValues } from './AddressFields';
import { ListFields, listItem, type ListItem } from './ListFields';
import styles from './RecordForm.module.css';

export const UpsertPersonMutation = graphql(`
  mutation RecordsUpsertPerson($persons: [PersonInput!]!) {
    upsertPersons(persons: $persons) {
      created
      updated
      unchanged
    }
  }
`);

export const PersonByExternalIdQuery = graphql(`
  query RecordsPersonByExternalId($externalId: String!) {
    personByExternalId(externalId: $externalId) {
      id
      displayName
    }
  }
`);

/** What the form edits: a PersonInput, as typed. */
export type PersonValues = {
  externalId: string;
  civility: string;
  displayName: string;
  emails: ListItem[];
  phones: ListItem[];
  address: AddressValues;
};

export const EMPTY_PERSON: PersonValues = { externalId: '', civility: '', displayName: '', emails: [], phones: [], address: EMPTY_ADDRESS };

/** Client-side checks; the API checks again and its errors land on the same paths. */
export function personErrors(values: PersonValues): RowErrors {
  const found: RowErrors = {};
  if (values.externalId.trim() === '') found.externalId = 'records.error.required';
  if (values.displayName.trim() === '') found.displayName = 'records.error.required';
  values.emails.forEach((item, index) => {
    if (item.value.trim() !== '' && !isPlausibleEmail(item.value)) found[`emails[${index}]`] = 'records.person.error.email';
  });
  values.phones.forEach((item, index) => {
    if (item.value.trim() !== '' && !/\d/.test(item.value)) found[`phones[${index}]`] = 'records.person.error.phone';
  });
  return { ...found, ...addressErrors(values.address, false) };
}

/** The full PersonInput (the upsert replaces every field given and clears those omitted); blank lines are not sent. */
export function personInput(values: PersonValues) {
  return {
    externalId: values.externalId.trim(),
    civility: values.civility.trim() || null,
    displayName: values.displayName.trim(),
    emails: values.emails.map((item) => item.value.trim()).filter(Boolean),
    phones: values.phones.map((item) => item.value.trim()).filter(Boolean),
    postalAddress: addressInput(values.address),
  };
}

export type PersonFormProps = {
  initial: PersonValues;
  /** Editing: the code is the record's key and cannot change here. */
  isExisting: boolean;
  cancelTo: string;
  onSaved: (personId: string) => void;
};

/** Identity, postal address, e-mails and phones of a person, created or edited through upsertPersons. */
export function PersonForm({ initial, isExisting, cancelTo, onSaved }: PersonFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [upsert] = useMutation(UpsertPersonMutation);
  const [values, setValues] = useState<PersonValues>(() => ({
    ...initial,
    emails: initial.emails.map((item) => listItem(item.value)),
    phones: initial.phones.map((item) => listItem(item.value)),
  }));
  // The suggested code follows the name until the manager types a code of their own.
  const [isCodeTouched, setCodeTouched] = useState(isExisting);
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();
  const message = (path: string) => (errors[path] ? intl.formatMessage({ id: errors[path] }) : undefined);

  const lookup = async (externalId: string) =>
    (await client.query({ query: PersonByExternalIdQuery, variables: { externalId }, fetchPolicy: 'network-only' })).data?.personByExternalId ?? null;

  const send = async (): Promise<RowErrors | void> => {
    const input = personInput(values);
    // Blank lines go from the form too, so that the API's `emails[i]` names the line shown.
    setValues((current) => ({ ...current, emails: current.emails.filter((item) => item.value.trim()), phones: current.phones.filter((item) => item.value.trim()) }));
    // An upsert on a code already used would overwrite that person: a new record must bring a free code.
    if (!isExisting && (await lookup(input.externalId))) return { externalId: 'records.person.error.externalIdTaken' };
    await upsert({ variables: { persons: [input] } });
    const saved = await lookup(input.externalId);
    forgetPortfolio(client.cache);
    if (saved) onSaved(saved.id);
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(() => personErrors(values), send)(event)} noValidate>
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'records.person.identity' })}</legend>
        <TextField
          label={intl.formatMessage({ id: 'records.person.civility' })}
          hint={intl.formatMessage({ id: 'records.person.civilityHint' })}
          name="civility"
          value={values.civility}
          onChange={(civility) => setValues({ ...values, civility })}
          error={message('civility')}
          autoComplete="honorific-prefix"
        />
        <TextField
          label={intl.formatMessage({ id: 'records.person.displayName' })}
          hint={intl.formatMessage({ id: 'records.person.displayNameHint' })}
          name="displayName"
          value={values.displayName}
          onChange={(displayName) => {
            clear('displayName');
            setValues({ ...values, displayName, externalId: isCodeTouched ? values.externalId : suggestExternalId(displayName) });
          }}
          error={message('displayName')}
          autoComplete="name"
          isRequired
        />
        <TextField
          label={intl.formatMessage({ id: 'records.person.externalId' })}
          hint={intl.formatMessage({ id: isExisting ? 'records.person.externalIdFixed' : 'records.person.externalIdHint' })}
          name="externalId"
          value={values.externalId}
          onChange={(externalId) => {
            clear('externalId');
            setCodeTouched(true);
            setValues({ ...values, externalId });
          }}
          error={message('externalId')}
          autoCapitalize="characters"
          isMonospace
          isReadOnly={isExisting}
          isRequired
        />
      </fieldset>
      <AddressFields value={values.address} onChange={(address) => setValues({ ...values, address })} errors={errors} />
      <ListFields name="emails" items={values.emails} onChange={(emails) => setValues({ ...values, emails })} errors={errors} />
      <ListFields name="phones" items={values.phones} onChange={(phones) => setValues({ ...values, phones })} errors={errors} />
      <div className={styles.actions}>
        <ButtonLink to={cancelTo} variant="secondary">
          {intl.formatMessage({ id: 'records.cancel' })}
        </ButtonLink>
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: isExisting ? 'records.save' : 'records.person.create' })}
        </Button>
      </div>
    </form>
  );
}
