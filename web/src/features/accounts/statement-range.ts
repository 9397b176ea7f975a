import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayIsoDate } from '../../app/i18n/format';

/** A statement's period, both ends included, "YYYY-MM-DD" (manual, "Compte": "recherches sur une borne de date"). */
export type StatementRange = { from: string; to: string };

/** Message ids of the range form's field errors. */
export type RangeErrors = { from?: string; to?: string };

/** The search parameters that keep the period (and the account) in the address: reload, back, a shared link. */
export const RANGE_PARAMS = { from: 'du', to: 'au' } as const;

/** From 1 January of the current year to today. */
export function defaultRange(today: string): StatementRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * The period in the address, or the default one. A well-formed but inverted period is kept as
 * typed: the API answers INVALID_RANGE and the form says so on "Au".
 */
export function rangeFromParams(params: URLSearchParams, today: string): StatementRange {
  const fallback = defaultRange(today);
  const from = params.get(RANGE_PARAMS.from) ?? '';
  const to = params.get(RANGE_PARAMS.to) ?? '';
  return { from: isIsoDate(from) ? from : fallback.from, to: isIsoDate(to) ? to : fallback.to };
}

/** "2020-01-31" → "31/01/2020", the way the form shows a date (French and British order alike). */
export function toInputDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return isIsoDate(isoDate) ? `${day}/${month}/${year}` : '';
}

/**
 * A typed date back to "YYYY-MM-DD", or '' when it is not a real date. Accepts "31/01/2020",
 * "31.01.2020", "31-01-2020", "1/2/2020" and, from a phone's digit keyboard, "31012020".
 */
export function fromInputDate(text: string): string {
  const value = text.trim();
  const separated = /^(\d{1,2})\D+(\d{1,2})\D+(\d{4})$/.exec(value);
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parts = separated ?? compact;
  const candidate = parts ? `${parts[3]}-${parts[2].padStart(2, '0')}-${parts[1].padStart(2, '0')}` : iso ? value : '';
  return isIsoDate(candidate) ? candidate : '';
}

/** What the form checks before asking the API: two real dates, the end not before the start. */
export function validateRange({ from, to }: StatementRange): RangeErrors {
  const errors: RangeErrors = {};
  if (!isIsoDate(from)) errors.from = 'errors.DATE_REQUIRED';
  if (!isIsoDate(to)) errors.to = 'errors.DATE_REQUIRED';
  // ISO dates compare as strings.
  if (!errors.from && !errors.to && to < from) errors.to = 'errors.INVALID_RANGE';
  return errors;
}

/** The statement period read from and written to the address; other parameters are kept. */
export function useStatementRange(): [StatementRange, (range: StatementRange) => void] {
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params, todayIsoDate());
  const setRange = useCallback(
    (next: StatementRange) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.set(RANGE_PARAMS.from, next.from);
        updated.set(RANGE_PARAMS.to, next.to);
        return updated;
      });
    },
    [setParams],
  );
  return [range, setRange];
}
