import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { forgetPortfolio } from '../cache';
import { rowErrorsOf, type RowErrors } from '../form-errors';
import { parseFrenchDate, todayFrench } from '../form-values';
import { useRecordForm } from '../use-record-form';
import { DateField } from './DateField';
import styles from './RecordForm.module.css';

const RecordNoticeMutation = graphql(`
  mutation RecordsLeaseNotice($leaseId: ID!, $noticeDate: Date!) {
    recordLeaseNotice(leaseId: $leaseId, noticeDate: $noticeDate) {
      id
      noticeDate
      departureDate
      isActive
    }
  }
`);

const RecordDepartureMutation = graphql(`
  mutation RecordsLeaseDeparture($leaseId: ID!, $departureDate: Date!) {
    recordLeaseDeparture(leaseId: $leaseId, departureDate: $departureDate) {
      id
      noticeDate
      departureDate
      isActive
    }
  }
`);

/** `notice`: préavis received; `departure`: the tenant left (both run the agency's access automation). */
export type LeaseEvent = 'notice' | 'departure';

/** The typed date, checked: required, a real day. */
export function leaseEventErrors(date: string): RowErrors {
  if (date.trim() === '') return { date: 'records.error.required' };
  return parseFrenchDate(date) ? {} : { date: 'records.error.date' };
}

export type LeaseEventFormProps = { leaseId: string; event: LeaseEvent; cancelTo: string; onSaved: () => void };

/** The date of a notice or a departure, sent to recordLeaseNotice / recordLeaseDeparture. */
export function LeaseEventForm({ leaseId, event, cancelTo, onSaved }: LeaseEventFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [recordNotice] = useMutation(RecordNoticeMutation);
  const [recordDeparture] = useMutation(RecordDepartureMutation);
  const [date, setDate] = useState(todayFrench());
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();

  const send = async (): Promise<RowErrors | void> => {
    const iso = parseFrenchDate(date) ?? '';
    try {
      if (event === 'notice') await recordNotice({ variables: { leaseId, noticeDate: iso } });
      else await recordDeparture({ variables: { leaseId, departureDate: iso } });
    } catch (error) {
      const found = rowErrorsOf(error);
      // The API names the argument (noticeDate, departureDate): the form has one date field.
      const dateError = found.noticeDate ?? found.departureDate;
      if (dateError) return { date: dateError };
      throw error;
    }
    forgetPortfolio(client.cache);
    onSaved();
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={(formEvent) => void submit(() => leaseEventErrors(date), send)(formEvent)} noValidate>
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      <DateField
        label={intl.formatMessage({ id: `records.lease.${event}.date` })}
        name="date"
        value={date}
        onChange={(value) => {
          clear('date');
          setDate(value);
        }}
        error={errors.date && intl.formatMessage({ id: errors.date })}
        isRequired
      />
      <p className={styles.note}>{intl.formatMessage({ id: `records.lease.${event}.note` })}</p>
      <div className={styles.actions}>
        <ButtonLink to={cancelTo} variant="secondary">
          {intl.formatMessage({ id: 'records.cancel' })}
        </ButtonLink>
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: `records.lease.${event}.submit` })}
        </Button>
      </div>
    </form>
  );
}
