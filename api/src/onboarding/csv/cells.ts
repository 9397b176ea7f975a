import { DATE_RANGE } from '../../graphql/scalars/local-date';

/**
 * How a CSV cell becomes a GraphQL input value. French back-office exports write decimals with a
 * comma and thousands with spaces ("1 000,91516"), dates as jj/mm/aaaa: both are accepted, and
 * every value goes out in the API's own form ("1000.91516", "2020-12-31").
 */
export type CellFormat = 'TEXT' | 'DECIMAL' | 'INTEGER' | 'DATE' | 'LIST';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: 'INVALID_DECIMAL' | 'INVALID_INTEGER' | 'INVALID_DATE'; message: string };

/** Spaces a French number may hold between groups of thousands: space, no-break, narrow no-break. */
const THOUSANDS = /[ \u00a0\u202f]/g;
const DECIMAL = /^-?\d+([.,]\d+)?$/;

/** "1 000,91516" → "1000.91516"; "66.01420" stays; "1.000,5" (a dot as thousands separator) is refused as ambiguous. */
export function parseDecimal(cell: string): CellResult<string> {
  const compact = cell.trim().replace(THOUSANDS, '');
  if (!DECIMAL.test(compact)) return { ok: false, reason: 'INVALID_DECIMAL', message: `Not a decimal number: ${cell}` };
  return { ok: true, value: compact.replace(',', '.') };
}

export function parseInteger(cell: string): CellResult<number> {
  const compact = cell.trim().replace(THOUSANDS, '');
  if (!/^-?\d{1,9}$/.test(compact)) return { ok: false, reason: 'INVALID_INTEGER', message: `Not a whole number: ${cell}` };
  return { ok: true, value: Number(compact) };
}

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "31/12/2020" or "2020-12-31" → "2020-12-31"; a day that does not exist (31/02) is refused. */
export function parseDate(cell: string): CellResult<string> {
  const text = cell.trim();
  const french = FRENCH_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const parts = french ? [french[3], french[2], french[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  const invalid = { ok: false, reason: 'INVALID_DATE', message: `Not a date jj/mm/aaaa: ${cell}` } as const;
  if (!parts) return invalid;
  const value = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) return invalid;
  if (value < DATE_RANGE.from || value > DATE_RANGE.to) return invalid;
  return { ok: true, value };
}

/**
 * Several e-mails or phones in one cell, separated by "|" or ",": neither occurs in an e-mail
 * address or a phone number as back-offices write them, while ";" is the column separator.
 */
export function splitList(cell: string): string[] {
  return cell
    .split(/[|,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A header as written by hand or by a spreadsheet: case, accents and repeated spaces do not matter. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
