import type { IntlShape } from 'react-intl';

/**
 * Formatting of the API's exact values. Decimals arrive as strings ("-743.32", "1000.91516") and
 * are handed to Intl as strings: no parseFloat, no arithmetic (STYLE.md §5).
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function asDecimal(value: string): Intl.StringNumericLiteral {
  return value.trim() as Intl.StringNumericLiteral;
}

/** "-743.32" → "-743,32 €". */
export function formatAmount(value: string, locale = 'fr-FR'): string {
  return numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(asDecimal(value));
}

/** An amount in a table whose header says "en euros": "3000" → "3 000,00", no currency sign. */
export function formatMoney(value: string, locale = 'fr-FR'): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(asDecimal(value));
}

/**
 * "0.00", "-0.00", "0" → true: statement columns leave zero debits and credits blank. A reading
 * of the string, not a computation.
 */
export function isZeroAmount(value: string): boolean {
  return /^[-+]?0*(\.0*)?$/.test(value.trim()) && /\d/.test(value);
}

/**
 * Tantièmes as the agency keeps them: whole shares without decimals ("62.00000" → "62"), others
 * with their five decimals ("66.01420" → "66,01420", "1000.91516" → "1 000,91516"), grouped by thousands.
 */
export function formatShares(value: string, locale = 'fr-FR'): string {
  const digits = /^\s*[-+]?\d+(\.0*)?\s*$/.test(value) ? 0 : 5;
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: 5 }).format(asDecimal(value));
}

/** A surface in m², without trailing zeros: "68.50" → "68,5". */
export function formatSurface(value: string, locale = 'fr-FR'): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(asDecimal(value));
}

/** A calendar date "2021-09-01" → "01/09/2021", never shifted by the device's time zone. */
export function formatDate(isoDate: string, locale = 'fr-FR'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A floor as French people say it: "0" → "Rez-de-chaussée", "1" → "1er étage", "-1" → "1er sous-sol". */
export function formatFloor(floor: string, intl: IntlShape): string {
  const trimmed = floor.trim();
  if (!/^-?\d+$/.test(trimmed)) return trimmed;
  const level = Number(trimmed);
  if (level === 0) return intl.formatMessage({ id: 'app.floor.ground' });
  if (level < 0) return intl.formatMessage({ id: 'app.floor.basement' }, { level: -level });
  return intl.formatMessage({ id: 'app.floor.upper' }, { level });
}

/** A chart axis tick: "-10299.97" → "-10 k€", or in whole euros ("-750 €") when not compact (the exact amounts stay in the table). */
export function formatAxisAmount(value: number, locale = 'fr-FR', isCompact = true): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    notation: isCompact ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: isCompact ? 1 : 0,
  }).format(value);
}

/**
 * A chart axis tick for a calendar date: "30 janv." over a short period, "janv." within one year,
 * "janv. 2020" across years.
 */
export function formatAxisDate(isoDate: string, locale = 'fr-FR', style: 'day' | 'month' | 'monthYear' = 'monthYear'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    style === 'day'
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : style === 'month'
        ? { month: 'short', timeZone: 'UTC' }
        : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A calendar date as a time value for a chart axis (UTC midnight: no time-zone shift). */
export function isoDateToTime(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** A chart axis time value back to "YYYY-MM-DD". */
export function timeToIsoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** True for a real calendar date written "YYYY-MM-DD" (not "2020-02-30"). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return timeToIsoDate(isoDateToTime(value)) === value;
}

/** Today on the device's calendar, "YYYY-MM-DD" (comparable with the API's Date strings). */
export function todayIsoDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * French typography for a sentence (Imprimerie nationale): a no-break space inside « » and before
 * ":", a narrow no-break space (U+202F) before ";", "!" and "?", so that a line never starts with
 * a lone sign. Only existing spaces change (and « » get theirs): "http://" and "14:30" are left
 * alone. Applied once, to the whole French catalogue (i18n/messages.ts).
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»')
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;!?])/g, '\u202f$1');
}
