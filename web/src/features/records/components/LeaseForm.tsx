import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { forgetPortfolio } from '../cache';
import { rowErrorsOf, type RowErrors } from '../form-errors';
import { parseFrenchDate, todayFrench } from '../form-values';
import { pickedChoice, resolvePerson } from '../resolve-person';
import { useRecordForm } from '../use-record-form';
import { DateField } from './DateField';
import { EMPTY_CHOICE, PersonChoiceFields, personChoiceErrors, type PersonChoice, type PickedPerson } from './PersonChoiceFields';
import styles from './RecordForm.module.css';

const UpsertLeaseMutation = graphql(`
  mutation RecordsUpsertLease($leases: [LeaseInput!]!) {
    upsertLeases(leases: $leases) {
      created
      updated
      unchanged
    }
  }
`);

/**
 * The externalId of a lease created in the console. upsertLeases is keyed by the back-office's
 * lease code, and a lease typed here has none: "PAL-" and a random UUID cannot be a code the
 * back-office hands out (its codes are its own numbering), so its nightly sync never lands on
 * this lease by accident. getRandomValues rather than randomUUID: it also works outside a secure
 * context (an intranet over plain HTTP).
 */
export function newLeaseExternalId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `PAL-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}

/** The lease's side that the page fixes: the lot (from the building page) or the tenant (from the person's page). */
export type LeaseFixed = { lotCode: string } | { tenant: PickedPerson };

export type LeaseValues = { tenant: PersonChoice; lotCode: string; startDate: string; accountNumber: string };

export function leaseErrors(values: LeaseValues, fixed: LeaseFixed): RowErrors {
  const found = 'tenant' in fixed ? {} : personChoiceErrors('tenant', values.tenant, true);
  if ('tenant' in fixed && !fixed.tenant.externalId) found['tenant.personId'] = 'records.choice.error.noCode';
  if ('tenant' in fixed && values.lotCode.trim() === '') found.lotCode = 'records.error.required';
  if (values.startDate.trim() === '') found.startDate = 'records.error.required';
  else if (!parseFrenchDate(values.startDate)) found.startDate = 'records.error.date';
  return found;
}

/** The API's row paths and reasons, on the form's fields and in the console's words. */
const LEASE_MESSAGES: Record<string, string> = {
  'lotCode:errors.UNKNOWN_REFERENCE': 'records.lease.error.unknownLot',
  'tenant.personId:errors.UNKNOWN_REFERENCE': 'records.choice.error.unknown',
  'accountNumber:errors.UNKNOWN_REFERENCE': 'records.lease.error.unknownAccount',
  'accountNumber:errors.ACCOUNT_OF_ANOTHER_PERSON': 'records.lease.error.accountOfAnother',
};

export function leaseMessages(found: RowErrors): RowErrors {
  return Object.fromEntries(
    Object.entries(found).map(([apiPath, id]) => {
      const path = apiPath === 'tenantExternalId' ? 'tenant.personId' : apiPath;
      return [path, LEASE_MESSAGES[`${path}:${id}`] ?? id];
    }),
  );
}

export type LeaseFormProps = { fixed: LeaseFixed; cancelTo: string; onSaved: (tenant: PickedPerson) => void };

/** A new lease (bail): tenant existing or new, lot, start date, tenant account if already opened; upsertLeases with one row. */
export function LeaseForm({ fixed, cancelTo, onSaved }: LeaseFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [values, setValues] = useState<LeaseValues>({ tenant: EMPTY_CHOICE, lotCode: '', startDate: todayFrench(), accountNumber: '' });
  // One code per form: sending again after a refusal upserts the same lease, never a second one.
  const [externalId] = useState(newLeaseExternalId);
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();
  const message = (path: string) => (errors[path] ? intl.formatMessage({ id: errors[path] }) : undefined);

  const send = async (): Promise<RowErrors | void> => {
    let tenant: PickedPerson;
    if ('tenant' in fixed) tenant = fixed.tenant;
    else {
      const resolved = await resolvePerson(client, 'tenant', values.tenant);
      if ('errors' in resolved) return resolved.errors;
      tenant = resolved.person;
      setValues((current) => ({ ...current, tenant: pickedChoice(current.tenant, tenant) }));
    }
    const lease = {
      externalId,
      lotCode: 'lotCode' in fixed ? fixed.lotCode : values.lotCode.trim(),
      tenantExternalId: tenant.externalId ?? '',
      startDate: parseFrenchDate(values.startDate) ?? '',
      accountNumber: values.accountNumber.trim() || null,
    };
    try {
      await client.mutate({ mutation: UpsertLeaseMutation, variables: { leases: [lease] } });
    } catch (error) {
      const found = rowErrorsOf(error);
      if (Object.keys(found).length > 0) return leaseMessages(found);
      throw error;
    }
    forgetPortfolio(client.cache);
    onSaved(tenant);
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(() => leaseErrors(values, fixed), send)(event)} noValidate>
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      {'tenant' in fixed ? (
        // A tenant without a Code tiers has no field here: the form's own alert says it.
        <TextField
          label={intl.formatMessage({ id: 'records.lease.lotCode' })}
          hint={intl.formatMessage({ id: 'records.lease.lotCodeHint' })}
          name="lotCode"
          value={values.lotCode}
          onChange={(lotCode) => {
            clear('lotCode');
            setValues({ ...values, lotCode });
          }}
          error={message('lotCode')}
          autoCapitalize="characters"
          isMonospace
          isRequired
        />
      ) : (
        <PersonChoiceFields
          name="tenant"
          legend={intl.formatMessage({ id: 'records.lease.tenant' })}
          value={values.tenant}
          onChange={(tenant) => {
            for (const path of ['tenant.personId', 'tenant.displayName', 'tenant.externalId']) clear(path);
            setValues({ ...values, tenant });
          }}
          errors={errors}
        />
      )}
      <DateField
        label={intl.formatMessage({ id: 'records.lease.startDate' })}
        name="startDate"
        value={values.startDate}
        onChange={(startDate) => {
          clear('startDate');
          setValues({ ...values, startDate });
        }}
        error={message('startDate')}
        isRequired
      />
      <TextField
        label={intl.formatMessage({ id: 'records.lease.account' })}
        hint={intl.formatMessage({ id: 'records.lease.accountHint' })}
        name="accountNumber"
        value={values.accountNumber}
        onChange={(accountNumber) => {
          clear('accountNumber');
          setValues({ ...values, accountNumber });
        }}
        error={message('accountNumber')}
        autoCapitalize="characters"
        isMonospace
      />
      <div className={styles.actions}>
        <ButtonLink to={cancelTo} variant="secondary">
          {intl.formatMessage({ id: 'records.cancel' })}
        </ButtonLink>
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: 'records.lease.create' })}
        </Button>
      </div>
    </form>
  );
}
