import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { badInput, type ErrorReason } from './errors';
import type { Actor } from '../auth/actor';

/**
 * Back-office batches (upsert mutations, CSV import): what every loading operation shares. A batch
 * is one transaction; a bad row names itself (`lots[3].shares[0].shares`) and nothing is written.
 */
export const MAX_ROWS_PER_BATCH = 5_000;

@ObjectType({ description: 'What a batch did; sending the same batch again reports everything unchanged.' })
export class ImportResult {
  @Field(() => Int) received!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
}

export function assertBatch(field: string, size: number, max: number = MAX_ROWS_PER_BATCH): void {
  if (size === 0 || size > max) throw badInput(field, 'INVALID_VALUE', `Send 1 to ${max} rows per batch`);
}

/** The agency a batch writes into; call it after `assertCan`, which refuses anonymous callers. */
export function writerAgencyId(actor: Actor): string {
  if (actor.kind === 'anonymous') throw new Error('unreachable: assertCan refuses anonymous writers');
  return actor.agencyId;
}

/**
 * Longest free text a batch or form accepts, by kind: past these, a label is an attack (a
 * million-character label froze the PDF layout, issue 13), not data.
 */
export const TEXT_LIMITS = { code: 64, name: 200, label: 300, note: 5_000 } as const;

/** A required text, trimmed, at most `max` characters (a label by default). */
export function assertText(field: string, value: string, max: number = TEXT_LIMITS.label): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, 'INVALID_VALUE', 'A value is required');
  if (trimmed.length > max) throw badInput(field, 'TEXT_TOO_LONG', `At most ${max} characters`);
  return trimmed;
}

/**
 * The characters a code may hold: account numbers, back-office ids and other codes end up in file
 * names, PDF titles and headers, so they stay within ASCII letters, digits and `. _ - /` (lot
 * codes are `GILBERT/069`), starting with a letter or digit.
 */
export const SAFE_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** A required code: trimmed, at most TEXT_LIMITS.code characters, within SAFE_CODE (INVALID_CODE otherwise). */
export function assertCode(field: string, value: string, max: number = TEXT_LIMITS.code): string {
  const code = assertText(field, value, max);
  if (!SAFE_CODE.test(code)) throw badInput(field, 'INVALID_CODE', 'Letters A-Z, digits and . _ - / only');
  return code;
}

/** An optional text: null/blank → null; otherwise as assertText. */
export function optionalText(field: string, value: string | null | undefined, max: number = TEXT_LIMITS.label): string | null {
  if (value == null || value.trim() === '') return null;
  return assertText(field, value, max);
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

export interface RowError {
  /** The input path: `persons[12].emails[0]`. */
  field: string;
  reason: ErrorReason;
  message: string;
}

/** At most this many row errors travel in one BAD_USER_INPUT (a CSV preview shows them all up to it). */
export const MAX_ROW_ERRORS = 500;

/** The row number of an input path (`leases[12].lotCode` → 12); -1 for the batch itself. */
const rowIndex = (field: string) => Number(/\[(\d+)\]/.exec(field)?.[1] ?? -1);

/**
 * Collects every bad row of a batch instead of stopping at the first, so that the CSV preview can
 * show each row's errors. `throwIfAny` raises one BAD_USER_INPUT: `field`/`reason` of the first
 * error (what integrators branch on) and `errors`, the whole list (capped).
 */
export class RowErrors {
  readonly list: RowError[] = [];

  add(field: string, reason: ErrorReason, message: string = reason): void {
    if (this.list.length < MAX_ROW_ERRORS) this.list.push({ field, reason, message });
  }

  /** Runs a check that throws `badInput` and records its error instead; undefined when it failed. */
  check<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      this.record(error);
      return undefined;
    }
  }

  /** `check` for an asynchronous check (an attached file's content). */
  async checkAsync<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (error) {
      this.record(error);
      return undefined;
    }
  }

  private record(error: unknown): void {
    const rowError = rowErrorOf(error);
    if (!rowError) throw error;
    this.add(rowError.field, rowError.reason, rowError.message);
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /**
   * Throws the errors in row order (a batch checks in passes: texts first, then references), so
   * that `field`/`reason` name the first bad row and the list reads like the file.
   */
  throwIfAny(): void {
    this.list.sort((a, b) => rowIndex(a.field) - rowIndex(b.field));
    const [first] = this.list;
    if (!first) return;
    const error = badInput(first.field, first.reason, first.message);
    error.extensions.errors = this.list;
    throw error;
  }
}

/** A reference the caller's agency does not hold: the same words whether it is missing or elsewhere (issue 8). */
export function unknownReference(errors: RowErrors, field: string, what: string): void {
  errors.add(field, 'UNKNOWN_REFERENCE', `No ${what} with this code in the agency`);
}

/** The row error a BAD_USER_INPUT carries, or null for any other error. */
export function rowErrorOf(error: unknown): RowError | null {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') return null;
  return { field: String(error.extensions.field), reason: error.extensions.reason as ErrorReason, message: error.message };
}

/** Every row error of a BAD_USER_INPUT (one when it came from a single check). */
export function rowErrorsOf(error: unknown): RowError[] | null {
  const first = rowErrorOf(error);
  if (!first) return null;
  const all = (error as GraphQLError).extensions.errors;
  return Array.isArray(all) ? (all as RowError[]) : [first];
}
