import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import type { CouncilMembershipInput, CouncilRole } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { SelectField } from '../../../ui/SelectField';
import { forgetPortfolio } from '../cache';
import { rowErrorsOf, type RowErrors } from '../form-errors';
import { parseFrenchDate, todayFrench } from '../form-values';
import { useRecordForm } from '../use-record-form';
import { DateField } from './DateField';
import styles from './RecordForm.module.css';

const UpsertCouncilMutation = graphql(`
  mutation RecordsUpsertCouncil($memberships: [CouncilMembershipInput!]!) {
    upsertCouncilMemberships(memberships: $memberships) {
      created
      updated
      unchanged
    }
  }
`);

/** A co-owner who may be elected (a co-owner of the building with a Code tiers, the batch's key). */
export type Candidate = { id: string; displayName: string; externalId: string | null };

/** A current seat of the council, with what a batch row needs to end it. */
export type Seat = { id: string; role: CouncilRole; startDate: string; person: Candidate };

export type ElectionValues = { personId: string; role: CouncilRole; startDate: string; endsPresident: boolean };

export function electionErrors(values: ElectionValues, candidates: readonly Candidate[]): RowErrors {
  const found: RowErrors = {};
  const candidate = candidates.find((each) => each.id === values.personId);
  if (!candidate) found.personExternalId = 'records.council.error.pick';
  else if (!candidate.externalId) found.personExternalId = 'records.choice.error.noCode';
  if (values.startDate.trim() === '') found.startDate = 'records.error.required';
  else if (!parseFrenchDate(values.startDate)) found.startDate = 'records.error.date';
  return found;
}

/**
 * The batch of an election: the new seat, plus the end (on the new seat's start date) of the
 * candidate's own current seat (a member elected president changes seat) and, when asked, of the
 * sitting president's. Seats are [start, end): one ending on the day the other starts does not
 * overlap it, so the API's one-president rule holds. A seat starting that very day is the new
 * seat's own key: it is updated, not ended.
 */
export function electionBatch(buildingCode: string, values: ElectionValues, candidate: Candidate, seats: readonly Seat[]): CouncilMembershipInput[] {
  const startDate = parseFrenchDate(values.startDate) ?? '';
  const ends = seats.filter(
    (seat) =>
      seat.startDate < startDate &&
      seat.person.externalId &&
      (seat.person.id === candidate.id || (values.endsPresident && values.role === 'PRESIDENT' && seat.role === 'PRESIDENT')),
  );
  return [
    { buildingCode, personExternalId: candidate.externalId ?? '', role: values.role, startDate, endDate: null },
    ...ends.map((seat) => ({ buildingCode, personExternalId: seat.person.externalId ?? '', role: seat.role, startDate: seat.startDate, endDate: startDate })),
  ];
}

/** The API's reasons on the election's fields, in the console's words. */
const ELECTION_MESSAGES: Record<string, string> = {
  'role:errors.PRESIDENT_ALREADY_SEATED': 'records.council.error.presidentSeated',
  'personExternalId:errors.UNKNOWN_REFERENCE': 'records.choice.error.unknown',
  'endDate:errors.DATE_BEFORE_START': 'records.council.error.beforeSeat',
};

export function electionMessages(found: RowErrors): RowErrors {
  // An error on a seat being ended (row 1, 2) has the same path as the new seat's: the same field shows it.
  return Object.fromEntries(Object.entries(found).map(([path, id]) => [path === 'endDate' ? 'startDate' : path, ELECTION_MESSAGES[`${path}:${id}`] ?? id]));
}

export type CouncilElectionFormProps = { buildingCode: string; candidates: readonly Candidate[]; seats: readonly Seat[]; cancelTo: string; onSaved: () => void };

/** "Élection au conseil syndical": a co-owner of the building, member or president, from a date; upsertCouncilMemberships. */
export function CouncilElectionForm({ buildingCode, candidates, seats, cancelTo, onSaved }: CouncilElectionFormProps) {
  const intl = useIntl();
  const client = useApolloClient();
  const [values, setValues] = useState<ElectionValues>({ personId: '', role: 'MEMBER', startDate: todayFrench(), endsPresident: false });
  const { formRef, errors, formErrorId, isBusy, submit, clear } = useRecordForm();
  // Said until the next change: a later refusal must not sit under an earlier success.
  const [isSaved, setSaved] = useState(false);
  const message = (path: string) => (errors[path] ? intl.formatMessage({ id: errors[path] }) : undefined);
  const president = seats.find((seat) => seat.role === 'PRESIDENT');

  const send = async (): Promise<RowErrors | void> => {
    const candidate = candidates.find((each) => each.id === values.personId);
    if (!candidate) return { personExternalId: 'records.council.error.pick' };
    setSaved(false);
    try {
      await client.mutate({ mutation: UpsertCouncilMutation, variables: { memberships: electionBatch(buildingCode, values, candidate, seats) } });
    } catch (error) {
      const found = rowErrorsOf(error);
      if (Object.keys(found).length > 0) return electionMessages(found);
      throw error;
    }
    forgetPortfolio(client.cache);
    setValues({ personId: '', role: 'MEMBER', startDate: todayFrench(), endsPresident: false });
    setSaved(true);
    onSaved();
  };

  const update = (path: string, next: Partial<ElectionValues>) => {
    clear(path);
    setSaved(false);
    setValues({ ...values, ...next });
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(() => electionErrors(values, candidates), send)(event)} noValidate>
      {isSaved && <Alert tone="success">{intl.formatMessage({ id: 'records.council.saved' })}</Alert>}
      {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
      <SelectField
        label={intl.formatMessage({ id: 'records.council.person' })}
        hint={intl.formatMessage({ id: 'records.council.personHint' })}
        name="personExternalId"
        value={values.personId}
        options={[
          { value: '', label: intl.formatMessage({ id: 'records.council.choose' }) },
          ...candidates.map((candidate) => ({ value: candidate.id, label: candidate.externalId ? `${candidate.displayName} (${candidate.externalId})` : candidate.displayName })),
        ]}
        onChange={(personId) => update('personExternalId', { personId })}
        error={message('personExternalId')}
        isRequired
      />
      <SelectField
        label={intl.formatMessage({ id: 'records.council.role' })}
        name="role"
        value={values.role}
        options={(['MEMBER', 'PRESIDENT'] as const).map((role) => ({ value: role, label: intl.formatMessage({ id: `records.council.role.${role}` }) }))}
        onChange={(role) => update('role', { role: role === 'PRESIDENT' ? 'PRESIDENT' : 'MEMBER' })}
        error={message('role')}
      />
      <DateField
        label={intl.formatMessage({ id: 'records.council.startDate' })}
        name="startDate"
        value={values.startDate}
        onChange={(startDate) => update('startDate', { startDate })}
        error={message('startDate')}
        isRequired
      />
      {values.role === 'PRESIDENT' && president && president.person.id !== values.personId && (
        <Checkbox
          label={intl.formatMessage({ id: 'records.council.endsPresident' }, { name: president.person.displayName })}
          isChecked={values.endsPresident}
          isDisabled={!president.person.externalId}
          onChange={(endsPresident) => update('role', { endsPresident })}
        />
      )}
      <div className={styles.actions}>
        <ButtonLink to={cancelTo} variant="secondary">
          {intl.formatMessage({ id: 'records.cancel' })}
        </ButtonLink>
        <Button type="submit" isBusy={isBusy}>
          {intl.formatMessage({ id: 'records.council.submit' })}
        </Button>
      </div>
    </form>
  );
}
