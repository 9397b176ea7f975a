import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import type { PostalChoice } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { writeErrorMessage } from './api-reason';
import styles from './PostalVote.module.css';

const CastPostalVoteMutation = graphql(`
  mutation CastPostalVote($input: CastPostalVoteInput!) {
    castPostalVote(input: $input) {
      castAt
      participant {
        id
        status
        postalFormReceivedOn
        postalFormValid
        postalVote {
          ...PostalVoteReceipt_receipt
        }
      }
    }
  }
`);

const CHOICES: PostalChoice[] = ['YES', 'NO', 'ABSTAIN'];
/** A question left blank is "not voting" (the official form's rule), sent by leaving it out. */
const BLANK = 'BLANK';

export type PostalVoteFormProps = {
  assemblyId: string;
  resolutions: { id: string; number: string; title: string }[];
  /** The choices already sent, to start a change from them. */
  initial?: Record<string, PostalChoice>;
  onSent: () => void;
  onCancel?: () => void;
};

/**
 * "Vote par correspondance" online: one answer per question, then a confirmation step that
 * repeats every answer before anything is sent (a vote cannot be taken back after the deadline).
 */
export function PostalVoteForm({ assemblyId, resolutions, initial = {}, onSent, onCancel }: PostalVoteFormProps) {
  const intl = useIntl();
  const [choices, setChoices] = useState<Record<string, string>>(initial);
  const [isConfirming, setIsConfirming] = useState(false);
  const [cast, { loading, error }] = useMutation(CastPostalVoteMutation);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  const label = (id: string) => {
    const choice = choices[id];
    return intl.formatMessage({ id: choice && choice !== BLANK ? `assemblies.choice.${choice}` : 'assemblies.choice.NOT_VOTING' });
  };

  function review(event: FormEvent) {
    event.preventDefault();
    setIsConfirming(true);
    // The confirmation replaces the form: move focus there, so screen readers follow.
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  async function send() {
    const sent = Object.entries(choices)
      .filter(([, choice]) => choice !== BLANK)
      .map(([resolutionId, choice]) => ({ resolutionId, choice: choice as PostalChoice }));
    const result = await cast({ variables: { input: { assemblyId, choices: sent } } }).catch(() => null);
    if (result?.data) onSent();
  }

  if (isConfirming) {
    return (
      <div className={styles.form}>
        <h3 ref={confirmRef} tabIndex={-1}>
          {intl.formatMessage({ id: 'assemblies.postal.confirmTitle' })}
        </h3>
        <p>{intl.formatMessage({ id: 'assemblies.postal.confirmIntro' })}</p>
        <ul className={styles.summary}>
          {resolutions.map((resolution) => (
            <li key={resolution.id}>
              <span>{intl.formatMessage({ id: 'assemblies.resolution.heading' }, { number: resolution.number, title: resolution.title })}</span>
              <strong>{label(resolution.id)}</strong>
            </li>
          ))}
        </ul>
        {error && <Alert tone="error">{writeErrorMessage(intl, error)}</Alert>}
        <div className={styles.actions}>
          <Button variant="primary" isBusy={loading} onClick={() => void send()}>
            {intl.formatMessage({ id: 'assemblies.postal.send' })}
          </Button>
          <Button variant="secondary" onClick={() => setIsConfirming(false)}>
            {intl.formatMessage({ id: 'assemblies.postal.edit' })}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className={styles.form} onSubmit={review}>
      <p>{intl.formatMessage({ id: 'assemblies.postal.intro' })}</p>
      {resolutions.map((resolution) => (
        <fieldset key={resolution.id} className={styles.question}>
          <legend>{intl.formatMessage({ id: 'assemblies.resolution.heading' }, { number: resolution.number, title: resolution.title })}</legend>
          <div className={styles.options}>
            {[...CHOICES, BLANK].map((choice) => (
              <label key={choice} className={styles.option}>
                <input
                  type="radio"
                  name={`choice-${resolution.id}`}
                  value={choice}
                  checked={(choices[resolution.id] ?? BLANK) === choice}
                  onChange={() => setChoices({ ...choices, [resolution.id]: choice })}
                />
                {intl.formatMessage({ id: choice === BLANK ? 'assemblies.choice.NOT_VOTING' : `assemblies.choice.${choice}` })}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className={styles.actions}>
        <Button type="submit" variant="primary">
          {intl.formatMessage({ id: 'assemblies.postal.review' })}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {intl.formatMessage({ id: 'assemblies.postal.cancel' })}
          </Button>
        )}
      </div>
    </form>
  );
}
