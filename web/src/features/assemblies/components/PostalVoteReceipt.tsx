import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import styles from './PostalVote.module.css';

export const PostalVoteReceipt_receipt = graphql(`
  fragment PostalVoteReceipt_receipt on PostalVoteReceipt {
    castAt
    receivedOn
    choices {
      choice
      resolution {
        id
        number
        title
      }
    }
  }
`);

export type PostalVoteReceiptProps = {
  receipt: FragmentType<typeof PostalVoteReceipt_receipt>;
  /** The agenda, so that a question left out reads "ne vote pas" rather than disappearing. */
  resolutions: { id: string; number: string; title: string }[];
};

/** The receipt of a postal vote: what the server recorded and when (its answer, not what the form held). */
export function PostalVoteReceipt({ receipt: masked, resolutions }: PostalVoteReceiptProps) {
  const intl = useIntl();
  const receipt = useFragment(PostalVoteReceipt_receipt, masked);
  const choiceOf = new Map(receipt.choices.map((entry) => [entry.resolution.id, entry.choice]));
  return (
    <Alert tone="success" title={intl.formatMessage({ id: 'assemblies.postal.receiptTitle' })}>
      <p>
        {receipt.castAt
          ? intl.formatMessage({ id: 'assemblies.postal.castAt' }, { date: new Date(receipt.castAt) })
          : intl.formatMessage({ id: 'assemblies.postal.receivedOn' }, { date: formatDate(receipt.receivedOn) })}
      </p>
      <ul className={styles.summary}>
        {resolutions.map((resolution) => {
          const choice = choiceOf.get(resolution.id);
          return (
            <li key={resolution.id}>
              <span>{intl.formatMessage({ id: 'assemblies.resolution.heading' }, { number: resolution.number, title: resolution.title })}</span>
              <strong>{intl.formatMessage({ id: choice ? `assemblies.choice.${choice}` : 'assemblies.choice.NOT_VOTING' })}</strong>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
