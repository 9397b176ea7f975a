import { parseFrenchDate } from '../records/public';

/**
 * What the regularisation screens type and what the API takes: French decimals typed ("1 106,50",
 * "-300"), decimal strings sent (STYLE.md §5: no arithmetic here, the API computes every figure).
 */

/** "1 106,50", "-300", "0,33333" → "1106.50", "-300", "0.33333"; null when it is not a number with at most `decimals` decimals. */
export function parseSignedDecimal(text: string, decimals: number, isSigned = true): string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const pattern = new RegExp(`^${isSigned ? '-?' : ''}\\d{1,12}(\\.\\d{1,${decimals}})?$`);
  return pattern.test(compact) ? compact : null;
}

/** "1106.50" → "1106,50": a decimal string from the API shown in a field, as typed in France. */
export const toFrenchNumber = (value: string) => value.replace('.', ',');

/** The period typed "jj/mm/aaaa": ISO dates, or the field that is wrong. */
export function parsePeriod(
  start: string,
  end: string,
): { periodStart: string; periodEnd: string } | { field: 'periodStart' | 'periodEnd'; reason: 'INVALID_DATE' | 'INVALID_RANGE' } {
  const periodStart = parseFrenchDate(start);
  if (!periodStart) return { field: 'periodStart', reason: 'INVALID_DATE' };
  const periodEnd = parseFrenchDate(end);
  if (!periodEnd) return { field: 'periodEnd', reason: 'INVALID_DATE' };
  if (periodEnd < periodStart) return { field: 'periodEnd', reason: 'INVALID_RANGE' };
  return { periodStart, periodEnd };
}

/** A charge line being typed; `key` keeps React's rows stable while lines come and go. */
export type ChargeDraft = { key: string; label: string; amount: string };
export type WaterDraft = { key: string; label: string; indexStart: string; indexEnd: string; unitPrice: string };

let lastKey = 0;
/** A key for a new row of a list being typed (never an array index). */
export const newRowKey = () => `row-${++lastKey}`;

/**
 * Charge lines as the API takes them: blank rows (no label, no amount) are dropped; a row with one
 * but not the other, or an amount that is not a number, is an error at its index.
 */
export function chargeLinesOf(rows: readonly ChargeDraft[]): { lines: { label: string; amount: string }[]; invalid: string[] } {
  const lines: { label: string; amount: string }[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    if (!row.label.trim() && !row.amount.trim()) continue;
    const amount = parseSignedDecimal(row.amount, 2);
    if (!row.label.trim() || amount === null) invalid.push(row.key);
    else lines.push({ label: row.label.trim(), amount });
  }
  return { lines, invalid };
}

/** Water lines as the API takes them (indexes and prices with up to 5 decimals, never negative; the consumption may be). */
export function waterLinesOf(rows: readonly WaterDraft[]): { lines: { label: string; indexStart: string; indexEnd: string; unitPrice: string }[]; invalid: string[] } {
  const lines: { label: string; indexStart: string; indexEnd: string; unitPrice: string }[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    if (!row.label.trim() && !row.indexStart.trim() && !row.indexEnd.trim() && !row.unitPrice.trim()) continue;
    const indexStart = parseSignedDecimal(row.indexStart, 5, false);
    const indexEnd = parseSignedDecimal(row.indexEnd, 5, false);
    const unitPrice = parseSignedDecimal(row.unitPrice, 5, false);
    if (!row.label.trim() || indexStart === null || indexEnd === null || unitPrice === null) invalid.push(row.key);
    else lines.push({ label: row.label.trim(), indexStart, indexEnd, unitPrice });
  }
  return { lines, invalid };
}

/** One tenant's figures being typed (the "CALCUL" screen's fields). */
export type RecordDraft = {
  share: string;
  extraCharges: ChargeDraft[];
  water: WaterDraft[];
  provisions: string;
  retained: string;
  instalments: string;
  currentMonthlyProvision: string;
  /** Empty: the provisions computed from the rate. */
  newMonthlyProvision: string;
};

/** The record's stored figures, as the fields show them. */
export type RecordFigures = {
  share: string;
  extraCharges: readonly { label: string; amount: string }[];
  water: readonly { label: string; indexStart: string; indexEnd: string; unitPrice: string }[];
  provisions: string;
  retained: string;
  instalmentsRequested: number;
  currentMonthlyProvision: string;
  newMonthlyProvision: string | null;
  isNewMonthlyProvisionEntered: boolean;
};

export function draftOf(record: RecordFigures): RecordDraft {
  return {
    share: toFrenchNumber(record.share),
    extraCharges: record.extraCharges.map((line) => ({ key: newRowKey(), label: line.label, amount: toFrenchNumber(line.amount) })),
    water: record.water.map((line) => ({
      key: newRowKey(),
      label: line.label,
      indexStart: toFrenchNumber(line.indexStart),
      indexEnd: toFrenchNumber(line.indexEnd),
      unitPrice: toFrenchNumber(line.unitPrice),
    })),
    provisions: toFrenchNumber(record.provisions),
    retained: toFrenchNumber(record.retained),
    instalments: String(record.instalmentsRequested),
    currentMonthlyProvision: toFrenchNumber(record.currentMonthlyProvision),
    newMonthlyProvision: record.isNewMonthlyProvisionEntered && record.newMonthlyProvision ? toFrenchNumber(record.newMonthlyProvision) : '',
  };
}

export type RecordField = 'share' | 'provisions' | 'retained' | 'instalments' | 'currentMonthlyProvision' | 'newMonthlyProvision';

export type RecordUpdate = {
  share: string;
  extraCharges: { label: string; amount: string }[];
  water: { label: string; indexStart: string; indexEnd: string; unitPrice: string }[];
  provisions: string;
  retained: string;
  instalments: number;
  currentMonthlyProvision: string;
  /** Null: back to the computed provisions. */
  newMonthlyProvision: string | null;
};

/**
 * The update a draft sends (every figure: a list given replaces the stored one), or the fields
 * and rows that are not numbers yet, which block saving (nothing half-typed reaches the API).
 */
export function updateOf(draft: RecordDraft): { update: RecordUpdate } | { invalidFields: RecordField[]; invalidRows: string[] } {
  const invalidFields: RecordField[] = [];
  const number = (field: RecordField, text: string, decimals: number, isSigned: boolean) => {
    const value = parseSignedDecimal(text, decimals, isSigned);
    if (value === null) invalidFields.push(field);
    return value ?? '';
  };
  const share = number('share', draft.share, 5, false);
  const provisions = number('provisions', draft.provisions, 2, true);
  const retained = number('retained', draft.retained, 2, true);
  const currentMonthlyProvision = number('currentMonthlyProvision', draft.currentMonthlyProvision, 2, false);
  const newMonthlyProvision = draft.newMonthlyProvision.trim() === '' ? null : number('newMonthlyProvision', draft.newMonthlyProvision, 2, false);
  const instalments = /^\s*\d{1,2}\s*$/.test(draft.instalments) ? Number(draft.instalments) : NaN;
  if (!(instalments >= 1 && instalments <= 12)) invalidFields.push('instalments');
  const extra = chargeLinesOf(draft.extraCharges);
  const water = waterLinesOf(draft.water);
  const invalidRows = [...extra.invalid, ...water.invalid];
  if (invalidFields.length > 0 || invalidRows.length > 0) return { invalidFields, invalidRows };
  return { update: { share, extraCharges: extra.lines, water: water.lines, provisions, retained, instalments, currentMonthlyProvision, newMonthlyProvision } };
}
