import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { AssemblyKind } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { writeErrorMessage } from './api-reason';
import { toStartsAt } from './form-values';
import styles from './ManagerForms.module.css';

const CreateAssemblyMutation = graphql(`
  mutation CreateGeneralAssembly($input: CreateGeneralAssemblyInput!) {
    createGeneralAssembly(input: $input) {
      id
    }
  }
`);

export type CreateAssemblyFormProps = { buildings: { id: string; code: string; name: string }[] };

/**
 * A new AG: its participants are the building's co-owners on its date (the API creates them) and
 * its attendance key the building's general key; the agenda is prepared on the AG's page.
 */
export function CreateAssemblyForm({ buildings }: CreateAssemblyFormProps) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [form, setForm] = useState({ buildingId: '', title: '', kind: 'ORDINARY' as AssemblyKind, date: '', time: '', place: '' });
  const [invalid, setInvalid] = useState<{ buildingId?: string; title?: string; date?: string }>({});
  const [create, { loading, error }] = useMutation(CreateAssemblyMutation, { refetchQueries: ['ManagerAssemblies'] });
  const formRef = useRef<HTMLFormElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const startsAt = toStartsAt(form.date, form.time);
    const errors = {
      buildingId: form.buildingId ? undefined : intl.formatMessage({ id: 'assemblies.create.buildingRequired' }),
      title: form.title.trim() ? undefined : intl.formatMessage({ id: 'assemblies.create.titleRequired' }),
      date: startsAt ? undefined : intl.formatMessage({ id: 'assemblies.create.dateInvalid' }),
    };
    setInvalid(errors);
    const first = Object.entries(errors).find(([, message]) => message)?.[0];
    if (first) {
      // The form's rule: focus the first invalid field.
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const result = await create({
      variables: { input: { buildingId: form.buildingId, title: form.title.trim(), kind: form.kind, startsAt: startsAt ?? '', place: form.place.trim() || null } },
    }).catch(() => null);
    if (result?.data) void navigate(result.data.createGeneralAssembly.id);
  }

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <SelectField
        label={intl.formatMessage({ id: 'assemblies.create.building' })}
        name="buildingId"
        value={form.buildingId}
        options={[
          { value: '', label: intl.formatMessage({ id: 'assemblies.create.chooseBuilding' }) },
          ...buildings.map((building) => ({ value: building.id, label: `${building.code} – ${building.name}` })),
        ]}
        onChange={(value) => setForm({ ...form, buildingId: value })}
        error={invalid.buildingId}
        isRequired
      />
      <TextField
        label={intl.formatMessage({ id: 'assemblies.create.title' })}
        name="title"
        value={form.title}
        onChange={(value) => setForm({ ...form, title: value })}
        error={invalid.title}
        isRequired
      />
      <SelectField
        label={intl.formatMessage({ id: 'assemblies.create.kind' })}
        name="kind"
        value={form.kind}
        options={(['ORDINARY', 'EXTRAORDINARY'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `assemblies.kind.${value}` }) }))}
        onChange={(value) => setForm({ ...form, kind: value as AssemblyKind })}
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
      {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
      <Button type="submit" variant="primary" isBusy={loading}>
        {intl.formatMessage({ id: 'assemblies.create.submit' })}
      </Button>
    </form>
  );
}
