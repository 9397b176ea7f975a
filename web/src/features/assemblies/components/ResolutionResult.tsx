import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { formatHeadcount } from './assembly-format';
import styles from './ResolutionResult.module.css';

export const ResolutionResult_result = graphql(`
  fragment ResolutionResult_result on ResolutionResult {
    outcome
    decidingArticle
    members {
      count
      shares
    }
    yes {
      count
      shares
    }
    no {
      count
      shares
    }
    abstain {
      count
      shares
    }
    notVoting {
      count
      shares
    }
    absent {
      count
      shares
    }
    opponents
    abstainers
    nonVoters
    defaillants
    art22 {
      shares
      reducedTo
      keyTotal
    }
    secondVote {
      article
      adopted
    }
  }
`);

export type ResolutionResultProps = { result: FragmentType<typeof ResolutionResult_result> };

const ROWS = ['yes', 'no', 'abstain', 'notVoting', 'absent'] as const;

/**
 * The figures the server computed from the resolution's key (never added up here): ACCEPTÉE or
 * REJETÉE with the deciding article, then yes / no / abstention / not voting / absent.
 */
export function ResolutionResult({ result: masked }: ResolutionResultProps) {
  const intl = useIntl();
  const result = useFragment(ResolutionResult_result, masked);
  const names = [
    ['opponents', result.opponents],
    ['abstainers', result.abstainers],
    ['nonVoters', result.nonVoters],
    ['defaillants', result.defaillants],
  ] as const;
  return (
    <div className={styles.result}>
      <p className={styles.outcome}>
        <Badge tone={result.outcome === 'ADOPTED' ? 'success' : 'danger'} hasDot>
          {intl.formatMessage({ id: `assemblies.outcome.${result.outcome}` })}
        </Badge>
        <span>{intl.formatMessage({ id: `assemblies.article.${result.decidingArticle}` })}</span>
      </p>
      {result.secondVote && (
        <p className={styles.note}>
          {intl.formatMessage(
            { id: result.secondVote.adopted ? 'assemblies.result.secondAdopted' : 'assemblies.result.secondRejected' },
            { article: intl.formatMessage({ id: `assemblies.article.${result.secondVote.article}` }) },
          )}
        </p>
      )}
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt>{intl.formatMessage({ id: 'assemblies.result.members' })}</dt>
          <dd>{formatHeadcount(intl, result.members)}</dd>
        </div>
        {ROWS.map((row) => (
          <div key={row} className={styles.figure}>
            <dt>{intl.formatMessage({ id: `assemblies.result.${row}` })}</dt>
            <dd>{formatHeadcount(intl, result[row])}</dd>
          </div>
        ))}
      </dl>
      {result.art22 && <p className={styles.note}>{intl.formatMessage({ id: 'assemblies.result.art22' }, { shares: result.art22.shares, reducedTo: result.art22.reducedTo })}</p>}
      {names
        .filter(([, list]) => list.length > 0)
        .map(([kind, list]) => (
          <p key={kind} className={styles.note}>
            {intl.formatMessage({ id: `assemblies.result.names.${kind}` }, { names: list.join(', ') })}
          </p>
        ))}
    </div>
  );
}
