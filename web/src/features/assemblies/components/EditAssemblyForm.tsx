import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { reasonOf, writeErrorMessage } from './api-reason';
import { fromStartsAt, toStartsAt } from './form-values';
import styles from './ManagerForms.module.css';

const UpdateAssemblyMutation = graphql(`
  mutation UpdateGeneralAssembly($input: UpdateGeneralAssemblyInput!) {
    updateGeneralAssembly(input: $input) {
      id
      title
      startsAt
      place
      postalVoteDeadline
      isPostalVoteOpen
      chairName
      secretaryName
    }
  }
`);

export type EditAssemblyFormProps = {
  assembly: { id: string; title: string; startsAt: string; place: string | null; chairName: string | null; secretaryName: string | null };
};

/**
 * The AG's details and its officers (président and secrétaire de séance, printed in the minutes).
 * Its date moves only while no vote was recorded (the API refuses after); the postal deadline
 * follows from it. Only what changed is sent: an unchanged date is not a move.
 */
export function EditAssemblyForm({ assembly }: EditAssemblyFormProps) {
  const intl = useIntl();
  const initial = {
    title: assembly.title,
    ...fromStartsAt(assembly.startsAt),
    place: assembly.place ?? '',
    chairName: assembly.chairName ?? '',
    secretaryName: assembly.secretaryName ?? '',
  };
  const [form, setForm] = useState(initial);
  const [invalid, setInvalid] = useState<{ title?: string; date?: string }>({});
  const [update, { loading, error, data, reset }] = useMutation(UpdateAssemblyMutation, { refetchQueries: ['ManagedAssembly'] });
  const formRef = useRef<HTMLFormElement>(null);
  const [hasMoved, setHasMoved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const startsAt = toStartsAt(form.date, form.time);
    const errors = {
      title: form.title.trim() ? undefined : intl.formatMessage({ id: 'assemblies.create.titleRequired' }),
      date: startsAt ? undefined : intl.formatMessage({ id: 'assemblies.create.dateInvalid' }),
    };
    setInvalid(errors);
    const first = Object.entries(errors).find(([, message]) => message)?.[0];
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const moved = form.date !== initial.date || form.time !== initial.time;
    setHasMoved(moved);
    await update({
      variables: {
        input: {
          assemblyId: assembly.id,
          title: form.title.trim(),
          place: form.place.trim() || null,
          chairName: form.chairName.trim() || null,
          secretaryName: form.secretaryName.trim() || null,
          ...(moved && startsAt ? { startsAt } : {}),
        },
      },
    }).catch(() => null);
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={intl.formatMessage({ id: 'assemblies.create.title' })}
        name="title"
        value={form.title}
        onChange={(value) => setForm({ ...form, title: value })}
        error={invalid.title}
        isRequired
      />
      <div className={styles.row}>
        <TextField
          label={intl.formatMessage({ id: 'assemblies.create.date' })}
          hint={intl.formatMessage({ id: 'assemblies.form.dateHint' })}
          name="date"
          value={form.date}
          onChange={(value) => setForm({ ...form, date: value })}
          inputMode="numeric"
          autoComplete="off"
          error={invalid.date}
          isRequired
        />
        <TextField
          label={intl.formatMessage({ id: 'assemblies.create.time' })}
          hint={intl.formatMessage({ id: 'assemblies.form.timeHint' })}
          name="time"
          value={form.time}
          onChange={(value) => setForm({ ...form, time: value })}
          inputMode="numeric"
          autoComplete="off"
          isRequired
        />
      </div>
      <TextField label={intl.formatMessage({ id: 'assemblies.create.place' })} name="place" value={form.place} onChange={(value) => setForm({ ...form, place: value })} />
      <div className={styles.row}>
        <TextField
          label={intl.formatMessage({ id: 'assemblies.edit.chair' })}
          name="chairName"
          value={form.chairName}
          onChange={(value) => setForm({ ...form, chairName: value })}
        />
        <TextField
          label={intl.formatMessage({ id: 'assemblies.edit.secretary' })}
          name="secretaryName"
          value={form.secretaryName}
          onChange={(value) => setForm({ ...form, secretaryName: value })}
        />
      </div>
      {error && (
        <Alert tone="error">
          {/* The API answers a date moved after votes with CONFLICT INVALID_VALUE: say which rule. */}
          {hasMoved && reasonOf(error) === 'INVALID_VALUE' ? intl.formatMessage({ id: 'assemblies.edit.dateLocked' }) : writeErrorMessage(intl, error)}
        </Alert>
      )}
      {data && !error && <Alert tone="success">{intl.formatMessage({ id: 'assemblies.edit.saved' })}</Alert>}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isBusy={loading}>
          {intl.formatMessage({ id: 'assemblies.edit.submit' })}
        </Button>
      </div>
    </form>
  );
}
