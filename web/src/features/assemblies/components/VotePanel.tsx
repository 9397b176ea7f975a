import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { Ballot, VoteChoice } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { writeErrorMessage } from './api-reason';
import { ResolutionResult } from './ResolutionResult';
import styles from './VotePanel.module.css';

export const VotePanel_resolution = graphql(`
  fragment VotePanel_resolution on Resolution {
    id
    number
    title
    majority
    amended
    result {
      ...ResolutionResult_result
      firstVote {
        opponents
        abstainers
        nonVoters
        absentees
      }
      secondVote {
        opponents
        abstainers
        nonVoters
        absentees
      }
    }
  }
`);

const RecordVotesMutation = graphql(`
  mutation RecordVotes($input: RecordVotesInput!) {
    recordVotes(input: $input) {
      id
      ...VotePanel_resolution
    }
  }
`);

const RecordUnanimousVoteMutation = graphql(`
  mutation RecordUnanimousVote($input: RecordUnanimousVoteInput!) {
    recordUnanimousVote(input: $input) {
      id
      ...VotePanel_resolution
    }
  }
`);

const AmendResolutionMutation = graphql(`
  mutation AmendResolution($resolutionId: ID!) {
    amendResolution(resolutionId: $resolutionId) {
      id
      ...VotePanel_resolution
    }
  }
`);

const CHOICES: VoteChoice[] = ['YES', 'NO', 'ABSTAIN', 'NOT_VOTING'];

export type VoteParticipant = { id: string; displayName: string; status: string; hasArrived: boolean };

export type VotePanelProps = {
  resolution: FragmentType<typeof VotePanel_resolution>;
  participants: VoteParticipant[];
  /** The minutes are published: the tally only (the API refuses writes with REPORT_PUBLISHED). */
  isFrozen?: boolean;
};

/**
 * "Saisie des votes" for one resolution: the unanimity buttons, then the exceptions voter by voter,
 * and the tally the server recomputes after every write (figures never added up here).
 * The API gives no per-voter vote before the minutes, only the names per category; a voter's
 * current choice is read from those names (opponents, abstainers, non-voters), anyone else
 * voting in the room having voted yes.
 */
export function VotePanel({ resolution: masked, participants, isFrozen }: VotePanelProps) {
  const intl = useIntl();
  const resolution = useFragment(VotePanel_resolution, masked);
  const [ballot, setBallot] = useState<Ballot>('FIRST');
  const [isAmending, setIsAmending] = useState(false);
  // The choice just clicked, shown until the server's tally answers (then the tally decides; on a refusal it reverts).
  const [sending, setSending] = useState<Record<string, VoteChoice>>({});
  const [recordVotes, votes] = useMutation(RecordVotesMutation);
  const [recordUnanimous, unanimous] = useMutation(RecordUnanimousVoteMutation);
  const [amend, amending] = useMutation(AmendResolutionMutation);
  const error = votes.error ?? unanimous.error ?? amending.error;
  const result = resolution.result;
  // The second ballot exists only once the first vote opened a passerelle (art. 25-1, 26-1).
  const current = ballot === 'SECOND' && result?.secondVote ? 'SECOND' : 'FIRST';
  const tally = current === 'SECOND' ? result?.secondVote : result?.firstVote;
  const absent = new Set(tally?.absentees ?? []);
  const voters = participants.filter(
    (participant) => (['PRESENT', 'REMOTE', 'REPRESENTED'].includes(participant.status) || participant.hasArrived) && !absent.has(participant.displayName),
  );
  const choiceOf = (name: string): VoteChoice =>
    tally?.opponents.includes(name) ? 'NO' : tally?.abstainers.includes(name) ? 'ABSTAIN' : tally?.nonVoters.includes(name) ? 'NOT_VOTING' : 'YES';

  function write(action: () => Promise<unknown>) {
    votes.reset();
    unanimous.reset();
    amending.reset();
    void action().catch(() => undefined);
  }

  return (
    <section className={styles.panel} aria-labelledby={`vote-${resolution.id}`}>
      <h3 id={`vote-${resolution.id}`} className={styles.heading}>
        {intl.formatMessage({ id: 'assemblies.resolution.heading' }, { number: resolution.number, title: resolution.title })}
      </h3>
      <p className={styles.meta}>
        <Badge tone="neutral">{intl.formatMessage({ id: `assemblies.majority.${resolution.majority}` })}</Badge>
        {resolution.amended && <Badge tone="warning">{intl.formatMessage({ id: 'assemblies.resolution.amended' })}</Badge>}
      </p>
      {result?.secondVote && (
        <div className={styles.ballots} role="group" aria-label={intl.formatMessage({ id: 'assemblies.votes.ballot' })}>
          {(['FIRST', 'SECOND'] as const).map((value) => (
            <Button key={value} variant={current === value ? 'primary' : 'secondary'} onClick={() => setBallot(value)}>
              {intl.formatMessage({ id: `assemblies.votes.ballot.${value}` })}
            </Button>
          ))}
        </div>
      )}
      {!isFrozen && (
        <>
          <div className={styles.unanimity}>
            {(['YES', 'NO', 'ABSTAIN'] as const).map((choice) => (
              <Button
                key={choice}
                variant="secondary"
                isBusy={unanimous.loading && unanimous.data === undefined}
                onClick={() => write(() => recordUnanimous({ variables: { input: { resolutionId: resolution.id, ballot: current, choice } } }))}
              >
                {intl.formatMessage({ id: `assemblies.votes.unanimous.${choice}` })}
              </Button>
            ))}
          </div>
          <p className={styles.hint}>{intl.formatMessage({ id: 'assemblies.votes.hint' })}</p>
          {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
          <ul className={styles.voters}>
            {voters.map((voter) => {
              const choice = sending[`${current}-${voter.id}`] ?? choiceOf(voter.displayName);
              return (
                <li key={voter.id}>
                  <fieldset className={styles.voter}>
                    <legend className={styles.name}>{voter.displayName}</legend>
                    <div className={styles.choices}>
                      {CHOICES.map((value) => (
                        <label key={value} className={styles.choice}>
                          <input
                            type="radio"
                            name={`vote-${resolution.id}-${current}-${voter.id}`}
                            value={value}
                            checked={choice === value}
                            onChange={() => {
                              const key = `${current}-${voter.id}`;
                              setSending({ ...sending, [key]: value });
                              write(() =>
                                recordVotes({
                                  variables: { input: { resolutionId: resolution.id, ballot: current, votes: [{ participantId: voter.id, choice: value }] } },
                                }).finally(() => setSending(({ [key]: _done, ...others }) => others)),
                              );
                            }}
                          />
                          {intl.formatMessage({ id: `assemblies.choice.${value}` })}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {result && (
        <div className={styles.tally} aria-live="polite">
          <h4 className={styles.tallyTitle}>{intl.formatMessage({ id: 'assemblies.votes.tally' })}</h4>
          <ResolutionResult result={result} />
        </div>
      )}
      {!resolution.amended && !isFrozen && (
        <Button variant="ghost" onClick={() => setIsAmending(true)}>
          {intl.formatMessage({ id: 'assemblies.votes.amend' })}
        </Button>
      )}
      <Dialog
        isOpen={isAmending}
        title={intl.formatMessage({ id: 'assemblies.votes.amendTitle' })}
        onClose={() => setIsAmending(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setIsAmending(false)}>
              {intl.formatMessage({ id: 'assemblies.form.cancel' })}
            </Button>
            <Button
              variant="danger"
              isBusy={amending.loading}
              onClick={() => write(() => amend({ variables: { resolutionId: resolution.id } }).finally(() => setIsAmending(false)))}
            >
              {intl.formatMessage({ id: 'assemblies.votes.amendConfirm' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'assemblies.votes.amendText' })}</p>
      </Dialog>
    </section>
  );
}
