import { useQuery } from '@apollo/client/react';
import { useId, useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
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
type Point = { time: number; value: number; date: string; balance: string; isMonthEnd: boolean };

const DAY = 86_400_000;

/** Up to about three months the chart follows each day; beyond, each month's closing balance. */
export function isMonthly(from: string, to: string): boolean {
  return isoDateToTime(to) - isoDateToTime(from) >= 92 * DAY;
}

/** The last day of the month of `isoDate`. */
function monthEnd(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return timeToIsoDate(Date.UTC(year, month, 0));
}

/**
 * The balance as a stepped area. Day by day (short periods): the opening balance at `from`, then
 * each day with movements, held up to `to`. Month by month (longer periods): each month drawn at
 * its closing balance (the last end-of-day balance up to the month's end), so two movements a
 * few days apart never draw a spike. Plotting needs numbers: `Number()` only places points,
 * every printed amount is the API's string, picked, never computed.
 */
export function toPoints(history: readonly { date: string; balance: string }[], from: string, to: string): Point[] {
  const point = (date: string, balance: string, isMonthEnd: boolean, at = date): Point => ({ time: isoDateToTime(at), value: Number(balance), date, balance, isMonthEnd });
  if (history.length === 0) return [];
  if (!isMonthly(from, to)) {
    const points = history.map((entry) => point(entry.date, entry.balance, false));
    const last = history[history.length - 1];
    if (last.date < to) points.push(point(to, last.balance, false));
    return points;
  }
  const points: Point[] = [];
  let next = 0;
  let balance = history[0].balance;
  for (let start = from; start <= to; start = timeToIsoDate(isoDateToTime(monthEnd(start)) + DAY)) {
    const end = monthEnd(start) < to ? monthEnd(start) : to;
    while (next < history.length && history[next].date <= end) balance = history[next++].balance;
    // Drawn from the month's first day (or `from`), held until the next month: a step per month.
    points.push(point(end, balance, end === monthEnd(start), start));
  }
  const last = points[points.length - 1];
  points.push({ ...last, time: isoDateToTime(to) });
  return points;
}

/**
 * About five round steps spanning the balances and zero (the reference line), each tick's label
 * distinct: compact ("-12,5 k€") when that tells them apart, whole euros otherwise.
 */
export function amountTicks(values: readonly number[], locale: string): { ticks: number[]; format: (value: number) => string } {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || Math.max(Math.abs(high), 100);
  const rough = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= Math.ceil(high / step) * step + step / 1000; tick += step) ticks.push(Math.round(tick * 100) / 100);
  const distinct = (format: (value: number) => string) => new Set(ticks.map(format)).size === ticks.length;
  const compact = (value: number) => formatAxisAmount(value, locale);
  const whole = (value: number) => formatAxisAmount(value, locale, false);
  return { ticks, format: distinct(compact) ? compact : whole };
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
  // The opening balance alone: no movement in the period, nothing to draw.
  if (history.length <= 1) return null;

  const monthly = isMonthly(range.from, range.to);
  const points = toPoints(history, range.from, range.to);
  const description = intl.formatMessage(
    { id: monthly ? 'accounts.chart.description' : 'accounts.chart.descriptionDays' },
    {
      from: formatDate(range.from, intl.locale),
      to: formatDate(range.to, intl.locale),
      start: formatAmount(history[0].balance, intl.locale),
      end: formatAmount(points[points.length - 1].balance, intl.locale),
    },
  );
  const yAxis = amountTicks(
    points.map((point) => point.value),
    intl.locale,
  );
  const first = isoDateToTime(range.from);
  const last = isoDateToTime(range.to);
  const ticks = monthly ? dateTicks(range.from, range.to, isNarrow ? 4 : 6) : [first, last];
  const tickStyle = !monthly ? 'day' : range.from.slice(0, 4) === range.to.slice(0, 4) ? 'month' : 'monthYear';

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
        <AreaChart data={points} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={title} desc={description}>
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 4" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={[first, last]}
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
            type="number"
            ticks={yAxis.ticks}
            domain={[yAxis.ticks[0], yAxis.ticks[yAxis.ticks.length - 1]]}
            tickFormatter={yAxis.format}
            tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            tickLine={false}
            axisLine={false}
            width={72}
            interval={0}
          />
          <ReferenceLine y={0} stroke="var(--color-border-strong)" />
          <Tooltip content={(props: TooltipContentProps) => <ChartTooltip {...props} />} />
          <Area
            type="stepAfter"
            dataKey="value"
            baseValue={0}
            stroke="var(--color-brand-600)"
            strokeWidth={2}
            fill="var(--color-brand-100, var(--color-brand-50))"
            fillOpacity={0.7}
            isAnimationActive={false}
            dot={false}
            activeDot={{ r: 5, fill: 'var(--color-accent-500)', stroke: '#fff', strokeWidth: 2 }}
          />
        </AreaChart>
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
      <span className={styles.tooltipDate}>
        {point.isMonthEnd
          ? intl.formatMessage({ id: 'accounts.chart.monthEnd' }, { month: formatAxisDate(point.date, intl.locale, 'monthYear') })
          : formatDate(point.date, intl.locale)}
      </span>
      <span className={styles.tooltipAmount}>{formatAmount(point.balance, intl.locale)}</span>
    </div>
  );
}
