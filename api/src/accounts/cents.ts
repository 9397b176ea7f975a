import { Decimal } from 'decimal.js';

/**
 * Amounts of the 2-decimal money columns (numeric(14,2)) as exact BigInt cents: a statement page
 * adds 50 debits and credits to a running balance, and decimal.js parsed, added and formatted each
 * of them (issue 7's profile of the statement page). `centsOf` is the entry point; `parseCents`
 * its fast path for the form PostgreSQL writes.
 */
const CENTS_TEXT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** `"-12.3"` → `-1230n`; null when the text is not a number of at most two decimals. */
export function parseCents(text: string): bigint | null {
  const match = CENTS_TEXT.exec(text);
  if (!match) return null;
  const [, sign, units, fraction = ''] = match;
  const cents = BigInt(units + fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

/** `-1230n` → `"-12.30"`, as `Decimal#toFixed(2)` writes it (zero is `"0.00"`). */
export function formatCents(cents: bigint): string {
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${cents < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Cents of an amount read from a 2-decimal column: the regular form by `parseCents`, any other
 * writing of the same number through decimal.js. More than two decimals cannot come from such a
 * column and is refused rather than rounded away.
 */
export function centsOf(text: string): bigint {
  const cents = parseCents(text);
  if (cents !== null) return cents;
  const scaled = new Decimal(text).times(100);
  if (!scaled.isInteger()) throw new Error(`not an amount in cents: ${text}`);
  return BigInt(scaled.toFixed(0));
}
