import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import type { Majority } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { fieldErrorsOf } from '../../../app/errors';
import { writeErrorMessage } from './api-reason';
import styles from './ManagerForms.module.css';

const AddResolutionMutation = graphql(`
  mutation AddResolution($input: AddResolutionInput!) {
    addResolution(input: $input) {
      id
    }
  }
`);

const MAJORITIES: Majority[] = ['ARTICLE_24', 'ARTICLE_25', 'ARTICLE_26', 'UNANIMITY'];

export type ResolutionFormProps = {
  assemblyId: string;
  keys: { id: string; code: string; label: string }[];
  /** The general key (010) first: most questions are put to it. */
  defaultKeyId: string;
};

/**
 * "Préparation": one question of the agenda with its majority and its key; "5.1" makes a
 * sub-resolution of "5". The 25-1 and 26-1 passerelles need no choice: the API applies them.
 */
export function ResolutionForm({ assemblyId, keys, defaultKeyId }: ResolutionFormProps) {
  const intl = useIntl();
  const empty = { number: '', title: '', text: '', majority: 'ARTICLE_24' as Majority, allocationKeyId: defaultKeyId };
  const [form, setForm] = useState(empty);
  const [add, { loading, error }] = useMutation(AddResolutionMutation, { refetchQueries: ['ManagedAssembly'], awaitRefetchQueries: true });
  const fieldError = (field: string) => {
    const found = fieldErrorsOf(error).find((item) => item.field === field);
    return found ? writeErrorMessage(intl, error) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({
      variables: {
        input: { assemblyId, number: form.number.trim(), title: form.title.trim(), text: form.text.trim() || null, majority: form.majority, allocationKeyId: form.allocationKeyId },
      },
    }).catch(() => null);
    if (result?.data) setForm({ ...empty, majority: form.majority, allocationKeyId: form.allocationKeyId });
  }

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <div className={styles.row}>
        <TextField
          label={intl.formatMessage({ id: 'assemblies.prepare.number' })}
          hint={intl.formatMessage({ id: 'assemblies.prepare.numberHint' })}
          name="number"
          value={form.number}
          onChange={(value) => setForm({ ...form, number: value })}
          error={fieldError('number')}
          inputMode="decimal"
          isRequired
        />
        <SelectField
          label={intl.formatMessage({ id: 'assemblies.prepare.majority' })}
          name="majority"
          value={form.majority}
          options={MAJORITIES.map((value) => ({ value, label: intl.formatMessage({ id: `assemblies.majority.${value}` }) }))}
          onChange={(value) => setForm({ ...form, majority: value as Majority })}
        />
      </div>
      <TextField
        label={intl.formatMessage({ id: 'assemblies.prepare.title' })}
        name="title"
        value={form.title}
        onChange={(value) => setForm({ ...form, title: value })}
        error={fieldError('title')}
        isRequired
      />
      <TextAreaField label={intl.formatMessage({ id: 'assemblies.prepare.text' })} name="text" value={form.text} onChange={(value) => setForm({ ...form, text: value })} rows={3} />
      <SelectField
        label={intl.formatMessage({ id: 'assemblies.prepare.key' })}
        name="allocationKeyId"
        value={form.allocationKeyId}
        options={keys.map((key) => ({ value: key.id, label: `${key.code} – ${key.label}` }))}
        onChange={(value) => setForm({ ...form, allocationKeyId: value })}
        error={fieldError('allocationKeyId')}
      />
      {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
      <Button type="submit" variant="primary" isBusy={loading}>
        {intl.formatMessage({ id: 'assemblies.prepare.submit' })}
      </Button>
    </form>
  );
}
