import { Decimal } from 'decimal.js';
import { assertText, TEXT_LIMITS } from '../graphql/batch';
import { badInput } from '../graphql/errors';
import type { StoredCharge, StoredLineShare, StoredWater } from '../db/schema';
import type { ChargeLineInput, LineShareInput, WaterLineInput } from './regularisation.types';

/** Lines a regularisation or a tenant may hold: the manual's screen has six charge lines and four water lines; twenty is generous and bounds the statement. */
export const MAX_LINES = 20;
export const MAX_INSTALMENTS = 12;

const AMOUNT = /^-?\d{1,12}(\.\d{1,2})?$/;
const QUANTITY = /^-?\d{1,12}(\.\d{1,5})?$/;

/** An amount in euros, at most 2 decimals; negative only where `signed` (a credit line, a negative consumption). */
export function assertMoney(field: string, value: string, signed = false): string {
  if (!AMOUNT.test(value) || (!signed && value.startsWith('-'))) {
    throw badInput(field, 'INVALID_AMOUNT', signed ? 'An amount with at most 2 decimals' : 'A non-negative amount with at most 2 decimals');
  }
  return new Decimal(value).toFixed(2);
}

/** A non-negative quantity with at most 5 decimals (a share, an index, a unit price, a rate). */
export function assertQuantity(field: string, value: string, signed = false): string {
  if (!QUANTITY.test(value) || (!signed && value.startsWith('-'))) throw badInput(field, 'INVALID_VALUE', 'A number with at most 5 decimals');
  return new Decimal(value).toFixed();
}

function assertCount(field: string, count: number): void {
  if (count > MAX_LINES) throw badInput(field, 'INVALID_VALUE', `At most ${MAX_LINES} lines`);
}

function assertDistinct(field: string, labels: string[]): void {
  if (new Set(labels).size !== labels.length) throw badInput(field, 'DUPLICATE_IN_BATCH', 'Two lines carry the same label');
}

/** Charge lines: labelled, amounts of at most 2 decimals (a credit line may be negative), labels distinct (a share names its line by label). */
export function chargeLines(field: string, lines: readonly ChargeLineInput[]): StoredCharge[] {
  assertCount(field, lines.length);
  const stored = lines.map((line, i) => ({
    label: assertText(`${field}[${i}].label`, line.label, TEXT_LIMITS.name),
    amount: assertMoney(`${field}[${i}].amount`, line.amount, true),
  }));
  assertDistinct(
    field,
    stored.map((line) => line.label),
  );
  return stored;
}

export function lineShares(field: string, lines: readonly LineShareInput[]): StoredLineShare[] {
  assertCount(field, lines.length);
  const stored = lines.map((line, i) => ({ label: assertText(`${field}[${i}].label`, line.label, TEXT_LIMITS.name), share: assertQuantity(`${field}[${i}].share`, line.share) }));
  assertDistinct(
    field,
    stored.map((line) => line.label),
  );
  return stored;
}

export function waterLines(field: string, lines: readonly WaterLineInput[]): StoredWater[] {
  assertCount(field, lines.length);
  return lines.map((line, i) => ({
    label: assertText(`${field}[${i}].label`, line.label, TEXT_LIMITS.name),
    indexStart: assertQuantity(`${field}[${i}].indexStart`, line.indexStart),
    indexEnd: assertQuantity(`${field}[${i}].indexEnd`, line.indexEnd),
    unitPrice: assertQuantity(`${field}[${i}].unitPrice`, line.unitPrice),
  }));
}

export function assertInstalments(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_INSTALMENTS) throw badInput(field, 'INVALID_VALUE', `From 1 to ${MAX_INSTALMENTS} instalments`);
  return value;
}
