import { useQuery } from '@apollo/client/react';
import { useId, useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatAmount, formatAxisAmount, formatAxisDate, formatDate, isoDateToTime, timeToIsoDate } from '../../../app/i18n/format';
import { graphql } from '../../../gql';
import { LoadingState } from '../../../ui/LoadingState';
import type { StatementRange } from '../statement-range';
import styles from './BalanceChart.module.css';

const BalanceHistoryQuery = graphql(`
  query BalanceHistory($accountId: ID!, $from: Date!, $to: Date!) {
    node(id: $accountId) {
      id
      ... on Account {
        balanceHistory(from: $from, to: $to) {
          date
          balance
        }
      }
    }
  }
`);

/** A point of the chart: `value` places it on the axis; `balance`, the API's exact string, is what is printed. */
type Point = { time: number; value: number; date: string; balance: string };

/**
 * The balance as a step line: it holds between two movements. The API gives the opening balance
 * at `from`, then the end-of-day balance of each day with movements; the last one is held up to
 * `to`. Plotting needs numbers: `Number()` only places points, every printed amount is the API's.
 */
export function toPoints(history: readonly { date: string; balance: string }[], to: string): Point[] {
  const points = history.map((point) => ({ time: isoDateToTime(point.date), value: Number(point.balance), date: point.date, balance: point.balance }));
  const last = history[history.length - 1];
  if (last && last.date < to) points.push({ time: isoDateToTime(to), value: Number(last.balance), date: to, balance: last.balance });
  return points;
}

/** Axis ticks on the first day of months (or of years over a long period), at most `count`. */
export function dateTicks(from: string, to: string, count: number): number[] {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const months: string[] = [];
  for (let year = fromYear, month = fromMonth; ; month++) {
    if (month > 12) {
      month = 1;
      year++;
    }
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (date > to) break;
    if (date >= from) months.push(date);
    if (months.length > 600) break;
  }
  if (months.length < 2) return [isoDateToTime(from), isoDateToTime(to)];
  const step = Math.ceil(months.length / count);
  return months.filter((_, index) => index % step === 0).map(isoDateToTime);
}

const NARROW = '(max-width: 47.99rem)';

/** True on a phone (the CSS breakpoint): fewer axis ticks fit. */
function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia?.(NARROW);
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(NARROW).matches ?? false,
  );
}

export type BalanceChartProps = {
  accountId: string;
  range: StatementRange;
};

/** "Évolution du solde" over the statement's period; a text summary describes it for screen readers. */
export function BalanceChart({ accountId, range }: BalanceChartProps) {
  const intl = useIntl();
  const isNarrow = useIsNarrow();
  const titleId = useId();
  const descriptionId = useId();
  const { data, error } = useQuery(BalanceHistoryQuery, { variables: { accountId, from: range.from, to: range.to } });
  const title = intl.formatMessage({ id: 'accounts.chart.title' });

  if (error) return null; // the statement above already says what went wrong
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const history = data.node?.__typename === 'Account' ? data.node.balanceHistory : [];
  if (history.length === 0) return null;

  const points = toPoints(history, range.to);
  const first = points[0];
  const last = points[points.length - 1];
  const description = intl.formatMessage(
    { id: 'accounts.chart.description' },
    {
      from: formatDate(range.from, intl.locale),
      to: formatDate(range.to, intl.locale),
      start: formatAmount(first.balance, intl.locale),
      end: formatAmount(last.balance, intl.locale),
      count: Math.max(history.length - 1, 0),
    },
  );
  // Under about three months the ticks name days, beyond that months.
  const isShort = isoDateToTime(range.to) - isoDateToTime(range.from) < 92 * 86_400_000;
  const ticks = isShort ? [first.time, last.time] : dateTicks(range.from, range.to, isNarrow ? 4 : 6);
  const tickStyle = isShort ? 'day' : range.from.slice(0, 4) === range.to.slice(0, 4) ? 'month' : 'monthYear';

  return (
    <figure className={styles.figure} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption className={styles.caption}>
        <span id={titleId} className={styles.title}>
          {title}
        </span>
        <span id={descriptionId} className={styles.description}>
          {description}
        </span>
      </figcaption>
      <div className={styles.plot}>
        <LineChart data={points} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={title} desc={description}>
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 4" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={[isoDateToTime(range.from), isoDateToTime(range.to)]}
            ticks={ticks}
            tickFormatter={(time: number) => formatAxisDate(timeToIsoDate(time), intl.locale, tickStyle)}
            tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            tickLine={false}
            axisLine={{ stroke: 'var(--color-border-strong)' }}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis
            dataKey="value"
            tickFormatter={(value: number) => formatAxisAmount(value, intl.locale)}
            tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            tickLine={false}
            axisLine={false}
            width={64}
            domain={['auto', 'auto']}
            padding={{ top: 12, bottom: 12 }}
          />
          <ReferenceLine y={0} stroke="var(--color-border-strong)" />
          <Tooltip content={(props: TooltipContentProps) => <ChartTooltip {...props} />} />
          <Line
            type="stepAfter"
            dataKey="value"
            stroke="var(--color-brand-600)"
            strokeWidth={2.5}
            isAnimationActive={false}
            dot={false}
            activeDot={{ r: 5, fill: 'var(--color-accent-500)', stroke: '#fff', strokeWidth: 2 }}
          />
        </LineChart>
      </div>
    </figure>
  );
}

function ChartTooltip({ active, payload }: TooltipContentProps) {
  const intl = useIntl();
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className={styles.tooltip}>
      <span className={styles.tooltipDate}>{formatDate(point.date, intl.locale)}</span>
      <span className={styles.tooltipAmount}>{formatAmount(point.balance, intl.locale)}</span>
    </div>
  );
}
