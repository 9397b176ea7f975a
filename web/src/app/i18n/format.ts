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

/** Tantièmes always show their five decimals: "62.00000" → "62,00000", "1000.91516" → "1 000,91516". */
export function formatShares(value: string, locale = 'fr-FR'): string {
  return numberFormat(locale, { minimumFractionDigits: 5, maximumFractionDigits: 5 }).format(asDecimal(value));
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

/** Today on the device's calendar, "YYYY-MM-DD" (comparable with the API's Date strings). */
export function todayIsoDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
