import { GraphQLError } from 'graphql';
import { assertCan } from '../auth/policy';
import type { Db } from '../db/client';
import { createLoaders, type Ctx } from '../graphql/context';
import { MAX_ROW_ERRORS, MAX_ROWS_PER_BATCH, rowErrorsOf, type ImportResult } from '../graphql/batch';
import { badInput, type ErrorReason } from '../graphql/errors';
import { readCsv } from './csv/read-csv';
import type { ImportKindSpec } from './import-kind';
import { specOf, type ImportKindName } from './kinds';
import { locateRowError, mapRows, type ImportError, type MappedInput } from './map-rows';
import { SILENT_MAILER } from '../mail/mailer';

/** Past this, a "CSV" is not a back-office export of 5 000 rows (about 1 MB) but an attack. */
export const MAX_CSV_CHARACTERS = 10_000_000;

interface Prepared {
  spec: ImportKindSpec;
  lineCount: number;
  valid: MappedInput[];
  errors: ImportError[];
}

const fileError = (reason: ErrorReason, message: string, line: number | null = null): ImportError => ({ line, column: null, reason, message });

/** Reads and maps the file; every cell error is collected, none thrown. */
function prepare(kind: ImportKindName, csv: string): Prepared {
  const spec = specOf(kind);
  if (!spec.run) throw badInput('kind', 'INVALID_VALUE', `No import for ${kind} yet`);
  if (csv.length > MAX_CSV_CHARACTERS) throw badInput('csv', 'CSV_TOO_MANY_ROWS', `At most ${MAX_CSV_CHARACTERS} characters`);
  const file = readCsv(csv, MAX_ROWS_PER_BATCH);
  if (!file.ok) return { spec, lineCount: 0, valid: [], errors: [fileError('CSV_MALFORMED', file.message, file.line)] };
  const lineCount = file.records.length;
  if (lineCount === 0) return { spec, lineCount, valid: [], errors: [fileError('CSV_EMPTY', 'The file has no data line')] };
  if (lineCount > MAX_ROWS_PER_BATCH) return { spec, lineCount, valid: [], errors: [fileError('CSV_TOO_MANY_ROWS', `At most ${MAX_ROWS_PER_BATCH} lines per file`)] };
  const mapped = mapRows(spec, file.headers, file.records);
  return { spec, lineCount, valid: mapped.inputs.filter((input) => input.isValid), errors: mapped.errors };
}

/** Thrown to roll the dry run back while carrying its counts out. */
class DryRun extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/**
 * Runs the kind's service; `dryRun` wraps it in a transaction that is always rolled back (the
 * service's own transaction becomes a savepoint inside it), with loaders on that transaction and
 * no e-mail sent. The service's row errors come back placed on lines and columns.
 */
async function run(ctx: Ctx, prepared: Prepared, dryRun: boolean): Promise<{ result: ImportResult | null; errors: ImportError[] }> {
  const { spec, valid } = prepared;
  const inputs = valid.map((mapped) => mapped.input);
  try {
    if (!dryRun) return { result: await spec.run!(ctx, inputs), errors: [] };
    await ctx.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const result = await spec.run!({ ...ctx, db, loaders: createLoaders(ctx.loaderFactories, db, ctx.actor), mailer: SILENT_MAILER }, inputs);
      throw new DryRun(result);
    });
    throw new Error('unreachable: the dry run always rolls back');
  } catch (error) {
    if (error instanceof DryRun) return { result: error.result, errors: [] };
    const rowErrors = rowErrorsOf(error);
    if (rowErrors) return { result: null, errors: rowErrors.map((rowError) => locateRowError(spec, valid, rowError)) };
    // A state rule of the batch as a whole (at most one president per building…).
    if (error instanceof GraphQLError && error.extensions.code === 'CONFLICT') return { result: null, errors: [fileError(error.extensions.reason as ErrorReason, error.message)] };
    throw error;
  }
}

const byLine = (a: ImportError, b: ImportError) => (a.line ?? 0) - (b.line ?? 0);

/**
 * The preview of a CSV import: the file read, mapped and sent to the kind's service in a
 * transaction that is rolled back, so that it lists every cell error and every row the service
 * refuses (unknown building, duplicate), and the counts the import would give. Writes nothing.
 */
export async function previewImport(ctx: Ctx, kind: ImportKindName, csv: string) {
  assertCan(ctx.actor, 'import.preview');
  const prepared = prepare(kind, csv);
  // Rows without cell errors still go through the dry run, so that their own errors show too.
  const service = prepared.valid.length ? await run(ctx, prepared, true) : { result: null, errors: [] };
  const errors = [...prepared.errors, ...service.errors].sort(byLine).slice(0, MAX_ROW_ERRORS);
  return { kind, lineCount: prepared.lineCount, result: errors.length ? null : service.result, errors, isCommittable: errors.length === 0 };
}

/**
 * Imports a CSV in one transaction (the kind's service). A file with any error writes nothing and
 * is refused with one BAD_USER_INPUT whose `errors` are the preview's, placed on lines and columns.
 */
export async function commitImport(ctx: Ctx, kind: ImportKindName, csv: string): Promise<ImportResult> {
  assertCan(ctx.actor, 'import.commit');
  const prepared = prepare(kind, csv);
  const outcome = prepared.errors.length ? { result: null, errors: [] } : await run(ctx, prepared, false);
  const errors = [...prepared.errors, ...outcome.errors].sort(byLine).slice(0, MAX_ROW_ERRORS);
  if (errors.length || !outcome.result) {
    const [first] = errors;
    const error = badInput('csv', first?.reason ?? 'INVALID_VALUE', first?.message ?? 'Nothing to import');
    error.extensions.errors = errors;
    throw error;
  }
  return outcome.result;
}
