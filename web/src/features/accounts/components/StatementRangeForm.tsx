import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { fromInputDate, toInputDate, validateRange, type RangeErrors, type StatementRange } from '../statement-range';
import styles from './StatementRangeForm.module.css';

export type StatementRangeFormProps = {
  range: StatementRange;
  onSubmit: (range: StatementRange) => void;
  /** Errors the API gave for the period shown (INVALID_RANGE on `to`), as message ids. */
  serverErrors?: RangeErrors;
  isBusy?: boolean;
};

/**
 * "Du / Au": the period of the statement, typed "jj/mm/aaaa" whatever the browser's own language
 * (a native date field would show 12/31/2020 in an English browser); the first invalid field
 * takes the focus.
 */
export function StatementRangeForm({ range, onSubmit, serverErrors, isBusy }: StatementRangeFormProps) {
  const intl = useIntl();
  const [draft, setDraft] = useState<StatementRange>(() => ({ from: toInputDate(range.from), to: toInputDate(range.to) }));
  const [errors, setErrors] = useState<RangeErrors>({});
  const [isEdited, setEdited] = useState(false);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  // The API's verdict concerns the period in the address; once the visitor edits, it no longer applies.
  const shown = isEdited ? errors : { ...serverErrors, ...errors };

  const change = (field: keyof StatementRange) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setEdited(true);
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = { from: fromInputDate(draft.from), to: fromInputDate(draft.to) };
    const found = validateRange(typed);
    setErrors(found);
    setEdited(true);
    if (found.from) fromRef.current?.focus();
    else if (found.to) toRef.current?.focus();
    else onSubmit(typed);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={intl.formatMessage({ id: 'accounts.range.label' })}>
      <div className={styles.fields}>
        <TextField
          ref={fromRef}
          label={intl.formatMessage({ id: 'accounts.range.from' })}
          name="from"
          value={draft.from}
          hint={intl.formatMessage({ id: 'accounts.range.format' })}
          inputMode="numeric"
          autoComplete="off"
          onChange={change('from')}
          error={shown.from ? intl.formatMessage({ id: shown.from }) : undefined}
          isRequired
        />
        <TextField
          ref={toRef}
          label={intl.formatMessage({ id: 'accounts.range.to' })}
          name="to"
          value={draft.to}
          hint={intl.formatMessage({ id: 'accounts.range.format' })}
          inputMode="numeric"
          autoComplete="off"
          onChange={change('to')}
          error={shown.to ? intl.formatMessage({ id: shown.to }) : undefined}
          isRequired
        />
      </div>
      <Button type="submit" variant="secondary" icon="search" isBusy={isBusy} className={styles.submit}>
        {intl.formatMessage({ id: 'accounts.range.submit' })}
      </Button>
    </form>
  );
}
