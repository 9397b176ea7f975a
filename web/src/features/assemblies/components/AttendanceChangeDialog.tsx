import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import type { PresenceMode } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { writeErrorMessage } from './api-reason';
import { parseTime } from './form-values';
import styles from './ManagerForms.module.css';

const RecordArrivalMutation = graphql(`
  mutation RecordArrival($input: RecordArrivalInput!) {
    recordArrival(input: $input) {
      id
      status
      arrival {
        resolutionNumber
        time
      }
    }
  }
`);

const RecordDepartureMutation = graphql(`
  mutation RecordDeparture($input: RecordDepartureInput!) {
    recordDeparture(input: $input) {
      id
      departure {
        resolutionNumber
        time
      }
    }
  }
`);

type Kind = 'ARRIVAL' | 'DEPARTURE';

export type AttendanceChangeDialogProps = {
  participant: { id: string; displayName: string } | null;
  resolutionNumbers: string[];
  onClose: () => void;
};

/** "Arrivée / départ en cours d'AG": from which resolution on, and at what time ("à 11:51, résolution 6"). */
export function AttendanceChangeDialog({ participant, resolutionNumbers, onClose }: AttendanceChangeDialogProps) {
  const intl = useIntl();
  const [form, setForm] = useState({ kind: 'ARRIVAL' as Kind, from: resolutionNumbers[0] ?? '', time: '', mode: 'PRESENT' as PresenceMode });
  const [timeError, setTimeError] = useState<string>();
  const options = { refetchQueries: ['ManagedAssembly'], awaitRefetchQueries: true };
  const [arrive, arrival] = useMutation(RecordArrivalMutation, options);
  const [leave, departure] = useMutation(RecordDepartureMutation, options);
  const error = form.kind === 'ARRIVAL' ? arrival.error : departure.error;
  const formId = 'attendance-change-form';

  function close() {
    arrival.reset();
    departure.reset();
    setTimeError(undefined);
    onClose();
  }

  async function submit() {
    const time = parseTime(form.time);
    setTimeError(time ? undefined : intl.formatMessage({ id: 'assemblies.form.timeInvalid' }));
    if (!time || !participant) return;
    const common = { participantId: participant.id, fromResolutionNumber: form.from || resolutionNumbers[0], time };
    const result = await (form.kind === 'ARRIVAL' ? arrive({ variables: { input: { ...common, status: form.mode } } }) : leave({ variables: { input: common } })).catch(() => null);
    if (result?.data) close();
  }

  return (
    <Dialog
      isOpen={participant !== null}
      title={intl.formatMessage({ id: 'assemblies.change.title' }, { name: participant?.displayName ?? '' })}
      icon="user"
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            {intl.formatMessage({ id: 'assemblies.form.cancel' })}
          </Button>
          <Button variant="primary" type="submit" form={formId} isBusy={arrival.loading || departure.loading}>
            {intl.formatMessage({ id: 'assemblies.change.submit' })}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label={intl.formatMessage({ id: 'assemblies.change.kind' })}
          name="kind"
          value={form.kind}
          options={(['ARRIVAL', 'DEPARTURE'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `assemblies.change.${value}` }) }))}
          onChange={(value) => setForm({ ...form, kind: value as Kind })}
        />
        <SelectField
          label={intl.formatMessage({ id: 'assemblies.change.from' })}
          name="from"
          value={form.from || resolutionNumbers[0] || ''}
          options={resolutionNumbers.map((number) => ({ value: number, label: intl.formatMessage({ id: 'assemblies.change.resolution' }, { number }) }))}
          onChange={(value) => setForm({ ...form, from: value })}
        />
        <TextField
          label={intl.formatMessage({ id: 'assemblies.change.time' })}
          hint={intl.formatMessage({ id: 'assemblies.form.timeHint' })}
          name="time"
          value={form.time}
          onChange={(value) => setForm({ ...form, time: value })}
          error={timeError}
          inputMode="numeric"
          autoComplete="off"
          isRequired
        />
        {form.kind === 'ARRIVAL' && (
          <SelectField
            label={intl.formatMessage({ id: 'assemblies.change.mode' })}
            name="mode"
            value={form.mode}
            options={(['PRESENT', 'REMOTE'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `assemblies.status.${value}` }) }))}
            onChange={(value) => setForm({ ...form, mode: value as PresenceMode })}
          />
        )}
        {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
      </form>
    </Dialog>
  );
}
