import { Decimal } from 'decimal.js';

/**
 * French figures for the statement, from decimal strings (never through a float): "1106.5" →
 * "1 106,50". The group separator is U+00A0, not Intl's U+202F, which the standard PDF fonts draw
 * as "/" (STACK.md). In a file of its own: the PDF renderer runs in a worker thread.
 */
export function frenchAmount(value: Decimal.Value, decimals = 2): string {
  const fixed = new Decimal(value).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A share, an index or a unit price: its own decimals, at least two ("0,33333", "1 000,00"). */
export function frenchNumber(value: string): string {
  return frenchAmount(value, Math.max(2, new Decimal(value).decimalPlaces()));
}

/** "2020-12-31" → "31/12/2020". */
export const formatFrenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
