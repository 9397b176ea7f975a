import { and, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Executor } from '../../db/client';
import { entities } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';

/** Back-office batches: what every loading operation shares (limits, validation, counting). */
export const MAX_ENTRIES_PER_BATCH = 50_000;
export const MAX_ROWS_PER_BATCH = 5_000;

export interface ImportResult {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
}

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const SIGNED_AMOUNT = /^-?\d{1,12}(\.\d{1,2})?$/;

/** The agency of the writer; managers and `ledger:write` integrators only. */
export function writerAgency(ctx: Ctx): string {
  assertCan(ctx.actor, 'ledger.import');
  if (ctx.actor.kind === 'anonymous') throw new Error('unreachable: assertCan refuses anonymous writers');
  return ctx.actor.agencyId;
}

export function assertBatch(field: string, size: number, max: number): void {
  if (size === 0 || size > max) throw badInput(field, 'INVALID_VALUE', `Send 1 to ${max} rows per batch`);
}

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

export function assertText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, 'INVALID_VALUE', 'A value is required');
  return trimmed;
}

export async function entityIdsByCode(tx: Executor, agencyId: string, codes: string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: entities.id, code: entities.code })
    .from(entities)
    .where(and(eq(entities.agencyId, agencyId), inArray(entities.code, [...new Set(codes)])));
  return new Map(rows.map((row) => [row.code, row.id]));
}

/**
 * Counts the outcome of upserts written as `INSERT … ON CONFLICT DO UPDATE … WHERE <changed>
 * RETURNING (xmax = 0) AS inserted`: a returned row is created or updated, no row is unchanged.
 */
export function tallyUpserts(received: number, returned: readonly ({ inserted: boolean } | undefined)[]): ImportResult {
  const created = returned.filter((row) => row?.inserted).length;
  const updated = returned.filter((row) => row && !row.inserted).length;
  return { received, created, updated, unchanged: received - created - updated };
}
