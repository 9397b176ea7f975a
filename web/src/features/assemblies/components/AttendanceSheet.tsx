import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { formatDate, formatShares } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { AttendanceStatus } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { writeErrorMessage } from './api-reason';
import { AttendanceTotals } from './AttendanceTotals';
import styles from './AttendanceSheet.module.css';

export const AttendanceSheet_assembly = graphql(`
  fragment AttendanceSheet_assembly on GeneralAssembly {
    id
    attendance {
      ...AttendanceTotals_summary
    }
    participants(first: 100) {
      totalCount
      nodes {
        id
        displayName
        accountNumber
        shares
        status
        proxyHolderName
        proxyHolder {
          id
        }
        postalFormReceivedOn
        postalFormValid
        arrival {
          resolutionNumber
          time
        }
        departure {
          resolutionNumber
          time
        }
      }
    }
  }
`);

// Each write answers the whole sheet (codes and totals), so the room sees the totals move at once.
const SetAttendanceMutation = graphql(`
  mutation SetAttendance($input: SetAttendanceInput!) {
    setAttendance(input: $input) {
      id
      ...AttendanceSheet_assembly
    }
  }
`);

const MarkAllPresentMutation = graphql(`
  mutation MarkAllPresent($assemblyId: ID!, $mode: PresenceMode!) {
    markAllPresent(assemblyId: $assemblyId, mode: $mode) {
      id
      ...AttendanceSheet_assembly
    }
  }
`);

const MarkAllAbsentMutation = graphql(`
  mutation MarkAllAbsent($assemblyId: ID!) {
    markAllAbsent(assemblyId: $assemblyId) {
      id
      ...AttendanceSheet_assembly
    }
  }
`);

export type AttendanceSheetProps = {
  assembly: FragmentType<typeof AttendanceSheet_assembly>;
  /** Opens the paper postal form or the arrival/departure dialog for one participant (the page owns the dialogs). */
  onPostalForm: (participantId: string) => void;
  onChange: (participantId: string) => void;
  /** The minutes are published: the sheet is read only (the API refuses writes with REPORT_PUBLISHED). */
  isFrozen?: boolean;
};

const ROOM: AttendanceStatus[] = ['PRESENT', 'REMOTE', 'REPRESENTED', 'ABSENT'];
/** The proxy goes to a named third party rather than to a participant. */
const THIRD_PARTY = 'THIRD_PARTY';

/**
 * "Saisie des présences": one line per co-owner with their code, the two shortcuts, and the
 * totals the server recounts after every write. A represented co-owner needs a holder (a
 * participant present or remote, or a named third party), so that code is sent with it.
 */
export function AttendanceSheet({ assembly: masked, onPostalForm, onChange, isFrozen }: AttendanceSheetProps) {
  const intl = useIntl();
  const assembly = useFragment(AttendanceSheet_assembly, masked);
  const [pending, setPending] = useState<{ participantId: string; holder: string; name: string } | null>(null);
  const [setAttendance, setState] = useMutation(SetAttendanceMutation);
  const [markAllPresent, presentState] = useMutation(MarkAllPresentMutation);
  const [markAllAbsent, absentState] = useMutation(MarkAllAbsentMutation);
  const error = setState.error ?? presentState.error ?? absentState.error;
  const participants = assembly.participants.nodes;
  const holders = participants.filter((participant) => participant.status === 'PRESENT' || participant.status === 'REMOTE');
  const status = (code: string) => intl.formatMessage({ id: `assemblies.status.${code}` });

  // One error at a time: the latest write's (the refusal stays on screen, nothing was written).
  function write(action: () => Promise<unknown>) {
    presentState.reset();
    absentState.reset();
    setState.reset();
    void action().catch(() => undefined);
  }

  function send(entry: { participantId: string; status: AttendanceStatus; proxyHolderParticipantId?: string; proxyHolderName?: string }) {
    write(() => setAttendance({ variables: { input: { assemblyId: assembly.id, entries: [entry] } } }).then(() => setPending(null)));
  }

  return (
    <div className={styles.sheet}>
      {assembly.attendance && <AttendanceTotals summary={assembly.attendance} />}
      {!isFrozen && (
        <div className={styles.shortcuts}>
          <Button variant="secondary" isBusy={presentState.loading} onClick={() => write(() => markAllPresent({ variables: { assemblyId: assembly.id, mode: 'PRESENT' } }))}>
            {intl.formatMessage({ id: 'assemblies.attendance.allPresent' })}
          </Button>
          <Button variant="secondary" onClick={() => write(() => markAllPresent({ variables: { assemblyId: assembly.id, mode: 'REMOTE' } }))}>
            {intl.formatMessage({ id: 'assemblies.attendance.allRemote' })}
          </Button>
          <Button variant="secondary" isBusy={absentState.loading} onClick={() => write(() => markAllAbsent({ variables: { assemblyId: assembly.id } }))}>
            {intl.formatMessage({ id: 'assemblies.attendance.allAbsent' })}
          </Button>
        </div>
      )}
      {!isFrozen && <p className={styles.hint}>{intl.formatMessage({ id: 'assemblies.attendance.shortcutsHint' })}</p>}
      {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
      <ul className={styles.rows}>
        {participants.map((participant) => {
          const isPending = pending?.participantId === participant.id;
          const shown = isPending ? 'REPRESENTED' : participant.status;
          const options = [...ROOM, ...(participant.status === 'POSTAL' ? (['POSTAL'] as const) : [])].map((value) => ({ value, label: status(value) }));
          return (
            <li key={participant.id} className={styles.row}>
              <div className={styles.who}>
                <span className={styles.name}>{participant.displayName}</span>
                <span className={styles.meta}>
                  {[participant.accountNumber, intl.formatMessage({ id: 'assemblies.attendance.shares' }, { shares: formatShares(participant.shares) })]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className={styles.badges}>
                  {participant.postalFormReceivedOn && (
                    <Badge tone={participant.postalFormValid === false ? 'danger' : 'brand'}>
                      {intl.formatMessage(
                        { id: participant.postalFormValid === false ? 'assemblies.attendance.postalLate' : 'assemblies.attendance.postalOn' },
                        { date: formatDate(participant.postalFormReceivedOn) },
                      )}
                    </Badge>
                  )}
                  {participant.arrival && <Badge tone="success">{intl.formatMessage({ id: 'assemblies.attendance.arrived' }, participant.arrival)}</Badge>}
                  {participant.departure && <Badge tone="warning">{intl.formatMessage({ id: 'assemblies.attendance.left' }, participant.departure)}</Badge>}
                  {participant.status === 'REPRESENTED' && (
                    <Badge tone="neutral">
                      {intl.formatMessage(
                        { id: 'assemblies.attendance.representedBy' },
                        { name: participants.find((other) => other.id === participant.proxyHolder?.id)?.displayName ?? participant.proxyHolderName ?? '' },
                      )}
                    </Badge>
                  )}
                </span>
              </div>
              {isFrozen ? (
                <p className={styles.frozenStatus}>{status(participant.status)}</p>
              ) : (
                <div className={styles.controls}>
                  <SelectField
                    label={intl.formatMessage({ id: 'assemblies.attendance.statusOf' }, { name: participant.displayName })}
                    name={`status-${participant.id}`}
                    value={shown}
                    options={options}
                    onChange={(value) => {
                      if (value === 'REPRESENTED')
                        setPending({ participantId: participant.id, holder: holders.find((holder) => holder.id !== participant.id)?.id ?? THIRD_PARTY, name: '' });
                      else if (value !== 'POSTAL') send({ participantId: participant.id, status: value as AttendanceStatus });
                    }}
                  />
                  {isPending && (
                    <div className={styles.proxy}>
                      <SelectField
                        label={intl.formatMessage({ id: 'assemblies.attendance.proxyHolder' })}
                        name={`holder-${participant.id}`}
                        value={pending.holder}
                        options={[
                          ...holders.filter((holder) => holder.id !== participant.id).map((holder) => ({ value: holder.id, label: holder.displayName })),
                          { value: THIRD_PARTY, label: intl.formatMessage({ id: 'assemblies.attendance.thirdParty' }) },
                        ]}
                        onChange={(value) => setPending({ ...pending, holder: value })}
                      />
                      {pending.holder === THIRD_PARTY && (
                        <TextField
                          label={intl.formatMessage({ id: 'assemblies.attendance.thirdPartyName' })}
                          name={`holder-name-${participant.id}`}
                          value={pending.name}
                          onChange={(value) => setPending({ ...pending, name: value })}
                        />
                      )}
                      <div className={styles.buttons}>
                        <Button
                          variant="primary"
                          isBusy={setState.loading}
                          onClick={() =>
                            send({
                              participantId: participant.id,
                              status: 'REPRESENTED',
                              ...(pending.holder === THIRD_PARTY ? { proxyHolderName: pending.name.trim() } : { proxyHolderParticipantId: pending.holder }),
                            })
                          }
                        >
                          {intl.formatMessage({ id: 'assemblies.attendance.saveProxy' })}
                        </Button>
                        <Button variant="ghost" onClick={() => setPending(null)}>
                          {intl.formatMessage({ id: 'assemblies.attendance.cancelProxy' })}
                        </Button>
                      </div>
                    </div>
                  )}
                  <div className={styles.buttons}>
                    <Button variant="ghost" icon="mail" onClick={() => onPostalForm(participant.id)}>
                      {intl.formatMessage({ id: 'assemblies.attendance.postalForm' })}
                    </Button>
                    <Button variant="ghost" icon="user" onClick={() => onChange(participant.id)}>
                      {intl.formatMessage({ id: 'assemblies.attendance.arrivalDeparture' })}
                    </Button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {(assembly.participants.totalCount ?? 0) > participants.length && (
        <Alert tone="warning">{intl.formatMessage({ id: 'assemblies.attendance.truncated' }, { shown: participants.length, total: assembly.participants.totalCount })}</Alert>
      )}
    </div>
  );
}
