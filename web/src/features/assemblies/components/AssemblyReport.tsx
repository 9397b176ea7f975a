import { useId } from 'react';
import { useIntl } from 'react-intl';
import { formatDate } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Badge } from '../../../ui/Badge';
import { AttendanceTotals } from './AttendanceTotals';
import { formatHeadcount } from './assembly-format';
import { ResolutionResult } from './ResolutionResult';
import styles from './AssemblyReport.module.css';

export const AssemblyReport_report = graphql(`
  fragment AssemblyReport_report on AssemblyReport {
    publishedAt
    attendance {
      ...AttendanceTotals_summary
    }
    remoteVoters
    postalVoters {
      displayName
      postalFormReceivedOn
      postalFormValid
    }
    represented {
      displayName
      proxyHolderName
    }
    absentees
    arrivals {
      displayName
      resolutionNumber
      time
      status
    }
    departures {
      displayName
      resolutionNumber
      time
    }
    resolutions {
      resolution {
        id
        number
        title
        majority
        amended
      }
      result {
        ...ResolutionResult_result
        firstVote {
          article
          adopted
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
        }
        secondVote {
          article
        }
      }
    }
  }
`);

export type AssemblyReportProps = { report: FragmentType<typeof AssemblyReport_report> };

/**
 * "Calculer le rapport": what the procès-verbal and the feuille de présence print, as the server
 * computed it (never added up here): the attendance recap (remote, postal with the day the form was
 * registered, represented, absent, arrivals and departures), then each resolution's figures and
 * ACCEPTÉE / REJETÉE with the deciding article; where a passerelle opened a second vote, the first
 * vote's figures too, since the minutes must show both ballots.
 */
export function AssemblyReport({ report: masked }: AssemblyReportProps) {
  const intl = useIntl();
  const report = useFragment(AssemblyReport_report, masked);
  const id = useId();
  const none = intl.formatMessage({ id: 'assemblies.report.none' });
  const recap: { id: string; label: string; items: string[] }[] = [
    { id: 'remote', label: intl.formatMessage({ id: 'assemblies.report.remote' }), items: report.remoteVoters },
    {
      id: 'postal',
      label: intl.formatMessage({ id: 'assemblies.report.postal' }),
      items: report.postalVoters.map((voter) =>
        intl.formatMessage(
          { id: voter.postalFormValid === false ? 'assemblies.report.postalLate' : 'assemblies.report.postalOn' },
          { name: voter.displayName, date: voter.postalFormReceivedOn ? formatDate(voter.postalFormReceivedOn) : '?' },
        ),
      ),
    },
    {
      id: 'represented',
      label: intl.formatMessage({ id: 'assemblies.report.represented' }),
      items: report.represented.map((attendee) =>
        intl.formatMessage({ id: 'assemblies.report.representedBy' }, { name: attendee.displayName, holder: attendee.proxyHolderName ?? '?' }),
      ),
    },
    { id: 'absent', label: intl.formatMessage({ id: 'assemblies.report.absent' }), items: report.absentees },
    {
      id: 'arrivals',
      label: intl.formatMessage({ id: 'assemblies.report.arrivals' }),
      items: report.arrivals.map((move) =>
        intl.formatMessage(
          { id: move.status === 'REMOTE' ? 'assemblies.report.arrivalRemote' : 'assemblies.report.arrival' },
          { name: move.displayName, time: move.time, number: move.resolutionNumber },
        ),
      ),
    },
    {
      id: 'departures',
      label: intl.formatMessage({ id: 'assemblies.report.departures' }),
      items: report.departures.map((move) => intl.formatMessage({ id: 'assemblies.report.departure' }, { name: move.displayName, time: move.time, number: move.resolutionNumber })),
    },
  ];

  return (
    <div className={styles.report}>
      <section aria-labelledby={`${id}-attendance`} className={styles.section}>
        <h3 id={`${id}-attendance`} className={styles.heading}>
          {intl.formatMessage({ id: 'assemblies.report.attendance' })}
        </h3>
        <AttendanceTotals summary={report.attendance} />
        <dl className={styles.recap}>
          {recap.map((group) => (
            <div key={group.id} className={styles.group}>
              <dt>{group.label}</dt>
              {group.items.length === 0 ? (
                <dd className={styles.none}>{none}</dd>
              ) : (
                group.items.map((item) => (
                  <dd key={item} className={styles.item}>
                    {item}
                  </dd>
                ))
              )}
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby={`${id}-resolutions`} className={styles.section}>
        <h3 id={`${id}-resolutions`} className={styles.heading}>
          {intl.formatMessage({ id: 'assemblies.report.resolutions' })}
        </h3>
        <ol className={styles.resolutions}>
          {report.resolutions.map(({ resolution, result }) => (
            <li key={resolution.id} className={styles.resolution}>
              <h4 className={styles.title}>{intl.formatMessage({ id: 'assemblies.resolution.heading' }, { number: resolution.number, title: resolution.title })}</h4>
              <p className={styles.meta}>
                <Badge tone="neutral">{intl.formatMessage({ id: `assemblies.majority.${resolution.majority}` })}</Badge>
                {resolution.amended && <Badge tone="warning">{intl.formatMessage({ id: 'assemblies.resolution.amended' })}</Badge>}
              </p>
              {result.secondVote && (
                <p className={styles.first}>
                  {intl.formatMessage(
                    { id: result.firstVote.adopted ? 'assemblies.report.firstAdopted' : 'assemblies.report.firstRejected' },
                    {
                      article: intl.formatMessage({ id: `assemblies.article.${result.firstVote.article}` }),
                      yes: formatHeadcount(intl, result.firstVote.yes),
                      no: formatHeadcount(intl, result.firstVote.no),
                      abstain: formatHeadcount(intl, result.firstVote.abstain),
                    },
                  )}
                </p>
              )}
              <ResolutionResult result={result} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
