import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatShares } from '../../../app/i18n/format';
import styles from './AttendanceTotals.module.css';

export const AttendanceTotals_summary = graphql(`
  fragment AttendanceTotals_summary on AttendanceSummary {
    absent {
      count
      shares
    }
    present {
      count
      shares
    }
    remote {
      count
      shares
    }
    represented {
      count
      shares
    }
    postal {
      count
      shares
    }
    total {
      count
      shares
    }
  }
`);

export type AttendanceTotalsProps = { summary: FragmentType<typeof AttendanceTotals_summary> };

const CODES = ['present', 'remote', 'represented', 'postal', 'absent', 'total'] as const;

/** The attendance sheet's totals per code (manual: "Saisie des présences"), as the server counts them. */
export function AttendanceTotals({ summary: masked }: AttendanceTotalsProps) {
  const intl = useIntl();
  const summary = useFragment(AttendanceTotals_summary, masked);
  return (
    <dl className={styles.totals} aria-live="polite">
      {CODES.map((code) => (
        <div key={code} className={code === 'total' ? `${styles.total} ${styles.cell}` : styles.cell}>
          <dt>{intl.formatMessage({ id: `assemblies.attendance.totals.${code}` })}</dt>
          <dd>
            <span className={styles.count}>{intl.formatMessage({ id: 'assemblies.attendance.count' }, { count: summary[code].count })}</span>
            <span className={styles.shares}>{intl.formatMessage({ id: 'assemblies.attendance.shares' }, { shares: formatShares(summary[code].shares) })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
