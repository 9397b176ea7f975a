import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { forgetPortfolio } from '../cache';
import type { RowErrors } from '../form-errors';
import { useRecordForm } from '../use-record-form';
import styles from './RecordForm.module.css';

const UpsertAllocationKeyMutation = graphql(`
  mutation RecordsUpsertAllocationKey($keys: [AllocationKeyInput!]!) {
    upsertAllocationKeys(keys: $keys) {
      created
      updated
      unchanged
    }
  }
`);

export type AllocationKeyValues = { code: string; label: string };

/** Client-side checks: both required; a new key must not take an existing code (the upsert would relabel it). */
export function allocationKeyErrors(values: AllocationKeyValues, takenCodes: string[], isExisting: boolean): RowErrors {
  const found: RowErrors = {};
  if (values.code.trim() === '') found.code = 'records.error.required';
  else if (!isExisting && takenCodes.includes(values.code.trim())) found.code = 'records.key.error.codeTaken';
  if (values.label.trim() === '') found.label = 'records.error.required';
  return found;
}

export type AllocationKeyFormProps = {
  buildingCode: string;
  /** The key being relabelled; none for a new key. */
  editing: AllocationKeyValues | null;
  takenCodes: string[];
  onSaved: (code: string) => void;
  onCancel: () => void;
};

/** A new allocation key of the building, or a new label for one, through upsertAllocationKeys. */
export function AllocationKeyForm({ buildingCode, editing, takenCodes, onSaved, onCancel }: AllocationKeyFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [upsert] = useMutation(UpsertAllocationKeyMutation);
  const [values, setValues] = useState<AllocationKeyValues>(editing ?? { code: '', label: '' });
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();
  const isExisting = editing !== null;

  const send = async () => {
    await upsert({ variables: { keys: [{ buildingCode, code: values.code.trim(), label: values.label.trim() }] } });
    forgetPortfolio(client.cache);
    setValues({ code: '', label: '' });
    onSaved(values.code.trim());
  };

  return (
    <form
      ref={formRef}
      className={styles.form}
      onSubmit={(event) => void submit(() => allocationKeyErrors(values, takenCodes, isExisting), send)(event)}
      noValidate
      aria-label={intl.formatMessage({ id: isExisting ? 'records.key.editTitle' : 'records.key.newTitle' })}
    >
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      <div className={styles.pair}>
        <TextField
          label={intl.formatMessage({ id: 'records.key.code' })}
          hint={intl.formatMessage({ id: 'records.key.codeHint' })}
          name="code"
          value={values.code}
          onChange={(code) => {
            clear('code');
            setValues({ ...values, code });
          }}
          error={errors.code && intl.formatMessage({ id: errors.code })}
          isMonospace
          isRequired
          isReadOnly={isExisting}
        />
        <TextField
          label={intl.formatMessage({ id: 'records.key.label' })}
          hint={intl.formatMessage({ id: 'records.key.labelHint' })}
          name="label"
          value={values.label}
          onChange={(label) => {
            clear('label');
            setValues({ ...values, label });
          }}
          error={errors.label && intl.formatMessage({ id: errors.label })}
          autoCapitalize="characters"
          isRequired
        />
      </div>
      <div className={styles.actions}>
        {isExisting && (
          <Button variant="secondary" onClick={onCancel}>
            {intl.formatMessage({ id: 'records.cancel' })}
          </Button>
        )}
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: isExisting ? 'records.save' : 'records.key.create' })}
        </Button>
      </div>
    </form>
  );
}
