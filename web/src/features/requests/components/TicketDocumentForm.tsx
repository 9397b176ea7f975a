import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf } from '../../../app/errors';
import { graphql } from '../../../gql';
import type { TicketDocumentKind } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { attachmentErrorId, stageAttachments } from '../hooks/stage-attachments';
import styles from './TicketCard.module.css';

const AddTicketDocumentMutation = graphql(`
  mutation AddTicketDocumentFromPage($input: AddTicketDocumentInput!) {
    addTicketDocument(input: $input) {
      id
    }
  }
`);

export type TicketDocumentFormProps = { ticketId: string; onAdded: () => void };

/** "1 234,50" or "1234.50" → "1234.50" for the API's Decimal; a reading of the text, no arithmetic. */
function decimalOf(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}

/** Adds a quote or an invoice (one PDF, its amount optional) to a ticket. */
export function TicketDocumentForm({ ticketId, onAdded }: TicketDocumentFormProps) {
  const intl = useIntl();
  const fileId = useId();
  const [kind, setKind] = useState<TicketDocumentKind>('QUOTE');
  const [amount, setAmount] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [errorId, setErrorId] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [add] = useMutation(AddTicketDocumentMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setErrorId('requests.ticket.fileRequired');
    setBusy(true);
    setErrorId(null);
    try {
      const [uploadId] = await stageAttachments([file]);
      await add({ variables: { input: { ticketId, kind, uploadId, amount: amount.trim() ? decimalOf(amount) : null } } });
      setAmount('');
      setFile(null);
      setResetKey((key) => key + 1);
      onAdded();
    } catch (error) {
      setErrorId(fieldErrorsOf(error).some((e) => e.field === 'amount') ? 'requests.ticket.amountInvalid' : attachmentErrorId(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.manage} onSubmit={(event) => void submit(event)} noValidate>
      <h3 className={styles.subtitle}>{intl.formatMessage({ id: 'requests.ticket.addDocument' })}</h3>
      <SelectField
        label={intl.formatMessage({ id: 'requests.ticket.kindLabel' })}
        name="kind"
        value={kind}
        options={(['QUOTE', 'INVOICE'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `requests.ticket.kind.${value}` }) }))}
        onChange={(value) => setKind(value as TicketDocumentKind)}
      />
      <TextField label={intl.formatMessage({ id: 'requests.ticket.amount' })} name="amount" value={amount} onChange={setAmount} inputMode="decimal" />
      <div className={styles.fileField}>
        <label htmlFor={fileId} className={styles.fileLabel}>
          {intl.formatMessage({ id: 'requests.ticket.file' })}
        </label>
        <input
          key={resetKey}
          id={fileId}
          className={styles.file}
          name="ticketFile"
          type="file"
          accept="application/pdf"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {errorId && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}
      <Button type="submit" variant="secondary" isBusy={isBusy}>
        {intl.formatMessage({ id: 'requests.ticket.addSubmit' })}
      </Button>
    </form>
  );
}
