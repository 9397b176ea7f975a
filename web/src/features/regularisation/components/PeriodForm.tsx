import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { formatDate } from '../../../app/i18n/format';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { parsePeriod } from '../figures';
import { reasonOf } from '../hooks/use-record-autosave';
import { PeriodFields } from './PeriodFields';
import styles from './PeriodForm.module.css';

const UpdateRegularisationPeriodMutation = graphql(`
  mutation UpdateRegularisationPeriod($input: UpdateChargeRegularisationInput!) {
    updateChargeRegularisation(input: $input) {
      id
      periodStart
      periodEnd
      periodDays
    }
  }
`);

type Field = 'periodStart' | 'periodEnd';

export type PeriodFormProps = {
  regularisationId: string;
  periodStart: string;
  periodEnd: string;
  /** Figures being typed or saved: the new days would be computed over figures the API has not yet. */
  isDisabled: boolean;
  /** After the change: the page reads the records again (days, tenants added or removed). */
  onChanged: () => Promise<unknown>;
};

/**
 * "Période": the manager may change it until a record is billed. The API recomputes the days and
 * the tenants concerned and keeps every figure typed; when the new period would drop tenants
 * whose figures were typed, it refuses (REGULARISATION_ENTERED_FIGURES) and the manager confirms.
 */
export function PeriodForm({ regularisationId, periodStart, periodEnd, isDisabled, onChanged }: PeriodFormProps) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [start, setStart] = useState(formatDate(periodStart));
  const [end, setEnd] = useState(formatDate(periodEnd));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [update, updating] = useMutation(UpdateRegularisationPeriodMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const isUnchanged = start === formatDate(periodStart) && end === formatDate(periodEnd);

  const send = async (isRemovalConfirmed: boolean) => {
    setFailure(null);
    const period = parsePeriod(start, end);
    if ('field' in period) {
      setErrors({ [period.field]: period.reason === 'INVALID_DATE' ? 'regularisation.errors.date' : 'errors.INVALID_RANGE' });
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    try {
      await update({ variables: { input: { id: regularisationId, ...period, isRemovalConfirmed } } });
      setConfirming(false);
      await onChanged();
    } catch (caught) {
      const reason = reasonOf(caught);
      if (reason === 'REGULARISATION_ENTERED_FIGURES') {
        setConfirming(true);
        return;
      }
      setConfirming(false);
      const mapped: Partial<Record<Field, string>> = {};
      for (const { field, reason: fieldReason } of fieldErrorsOf(caught)) if (field === 'periodStart' || field === 'periodEnd') mapped[field] = `errors.${fieldReason}`;
      if (Object.keys(mapped).length > 0) setErrors(mapped);
      else setFailure(reason ? `errors.${reason}` : errorMessageIdOf(caught));
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(false);
  };
  const message = (field: Field) => (errors[field] ? t(errors[field]) : undefined);

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate aria-label={t('regularisation.period.title')}>
      <PeriodFields
        className={styles.pair}
        start={start}
        end={end}
        onStartChange={setStart}
        onEndChange={setEnd}
        startError={message('periodStart')}
        endError={message('periodEnd')}
      />
      <p className={styles.explain}>{t('regularisation.period.explain')}</p>
      {failure && <Alert tone="error">{t(failure)}</Alert>}
      <div className={styles.actions}>
        <Button type="submit" variant="secondary" icon="calendar" isBusy={updating.loading && !isConfirming} isDisabled={isDisabled || isUnchanged}>
          {t('regularisation.period.submit')}
        </Button>
      </div>
      <Dialog
        isOpen={isConfirming}
        title={t('regularisation.period.confirmTitle')}
        icon="alert"
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('regularisation.dialog.cancel')}
            </Button>
            <Button variant="danger" onClick={() => void send(true)} isBusy={updating.loading}>
              {t('regularisation.period.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('regularisation.period.confirmExplain')}</p>
      </Dialog>
    </form>
  );
}
