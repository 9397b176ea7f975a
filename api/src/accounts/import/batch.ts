import { badInput } from '../../graphql/errors';

/** Ledger batches: the accounts module's limits and amount checks over the kernel's batch helpers (graphql/batch.ts). */
export const MAX_ENTRIES_PER_BATCH = 50_000;

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const SIGNED_AMOUNT = /^-?\d{1,12}(\.\d{1,2})?$/;

/** A non-negative amount with at most 2 decimals; '0' when absent and not required. */
export function assertAmount(field: string, value: string | null | undefined, required = false): string {
  if (value == null || value === '') {
    if (required) throw badInput(field, 'INVALID_VALUE', 'An amount is required');
    return '0';
  }
  if (!AMOUNT.test(value)) throw badInput(field, 'INVALID_AMOUNT', 'A non-negative amount with at most 2 decimals');
  return value;
}

/** A balance-like amount, which may be negative (works-fund lines). */
export function assertSignedAmount(field: string, value: string): string {
  if (!SIGNED_AMOUNT.test(value)) throw badInput(field, 'INVALID_AMOUNT', 'An amount with at most 2 decimals');
  return value;
}
