import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import type { PostalChoice } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { writeErrorMessage } from './api-reason';
import { parseFrenchDate } from './form-values';
import styles from './ManagerForms.module.css';

const RecordPostalVoteMutation = graphql(`
  mutation RecordPostalVote($input: RecordPostalVoteInput!) {
    recordPostalVote(input: $input) {
      id
      status
      postalFormReceivedOn
      postalFormValid
    }
  }
`);

const BLANK = 'BLANK';

export type PostalFormDialogProps = {
  participant: { id: string; displayName: string } | null;
  resolutions: { id: string; number: string; title: string }[];
  /** "Date d'inscription" by default: the form is usually entered the day it arrives. */
  today: string;
  onClose: () => void;
};

/**
 * A paper postal form ("Particularités des votes par correspondance"): the day it was received
 * and the box ticked per question. A late form is kept and flagged; the API decides lateness.
 */
export function PostalFormDialog({ participant, resolutions, today, onClose }: PostalFormDialogProps) {
  const intl = useIntl();
  const [receivedOn, setReceivedOn] = useState(today);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [dateError, setDateError] = useState<string>();
  const [record, { loading, error, reset }] = useMutation(RecordPostalVoteMutation, { refetchQueries: ['ManagedAssembly'], awaitRefetchQueries: true });
  const formId = 'postal-form';

  function close() {
    setChoices({});
    setDateError(undefined);
    reset();
    onClose();
  }

  async function submit() {
    const day = parseFrenchDate(receivedOn);
    setDateError(day ? undefined : intl.formatMessage({ id: 'assemblies.form.dateInvalid' }));
    if (!day || !participant) return;
    const sent = Object.entries(choices)
      .filter(([, choice]) => choice !== BLANK)
      .map(([resolutionId, choice]) => ({ resolutionId, choice: choice as PostalChoice }));
    const result = await record({ variables: { input: { participantId: participant.id, receivedOn: day, choices: sent } } }).catch(() => null);
    if (result?.data) close();
  }

  return (
    <Dialog
      isOpen={participant !== null}
      title={intl.formatMessage({ id: 'assemblies.postalForm.title' }, { name: participant?.displayName ?? '' })}
      icon="mail"
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            {intl.formatMessage({ id: 'assemblies.form.cancel' })}
          </Button>
          <Button variant="primary" type="submit" form={formId} isBusy={loading}>
            {intl.formatMessage({ id: 'assemblies.postalForm.submit' })}
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
        <TextField
          label={intl.formatMessage({ id: 'assemblies.postalForm.receivedOn' })}
          hint={intl.formatMessage({ id: 'assemblies.form.dateHint' })}
          name="receivedOn"
          value={receivedOn}
          onChange={setReceivedOn}
          error={dateError}
          inputMode="numeric"
          autoComplete="off"
          isRequired
        />
        {resolutions.map((resolution) => (
          <SelectField
            key={resolution.id}
            label={intl.formatMessage({ id: 'assemblies.resolution.heading' }, { number: resolution.number, title: resolution.title })}
            name={`postal-${resolution.id}`}
            value={choices[resolution.id] ?? BLANK}
            options={(['YES', 'NO', 'ABSTAIN', BLANK] as const).map((value) => ({
              value,
              label: intl.formatMessage({ id: value === BLANK ? 'assemblies.choice.NOT_VOTING' : `assemblies.choice.${value}` }),
            }))}
            onChange={(value) => setChoices({ ...choices, [resolution.id]: value })}
          />
        ))}
        {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
      </form>
    </Dialog>
  );
}
