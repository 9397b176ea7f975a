import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One error of an imported file, as `previewImport` lists them and `commitImport` refuses with. */
export type ImportFileError = { line: number | null; column: string | null; reason: string };

/** The errors a refused `commitImport` carries in `extensions.errors` (empty for any other failure). */
export function importErrorsOf(error: unknown): ImportFileError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((item) => {
    const list = item.extensions?.code === 'BAD_USER_INPUT' ? item.extensions.errors : undefined;
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry: unknown) => {
      const { line, column, reason } = (entry ?? {}) as Record<string, unknown>;
      if (typeof reason !== 'string') return [];
      return [{ line: typeof line === 'number' ? line : null, column: typeof column === 'string' ? column : null, reason }];
    });
  });
}

/** Reasons the import words itself (the others fall back to the generic message). */
export const IMPORT_REASONS = [
  'VALUE_REQUIRED',
  'INVALID_DECIMAL',
  'INVALID_INTEGER',
  'INVALID_DATE',
  'INVALID_VALUE',
  'INVALID_AMOUNT',
  'TEXT_TOO_LONG',
  'UNKNOWN_REFERENCE',
  'DUPLICATE_IN_BATCH',
  'DATE_BEFORE_START',
  'INVALID_RANGE',
  'UNIQUE_VIOLATION',
  'CSV_MALFORMED',
  'CSV_EMPTY',
  'CSV_TOO_MANY_ROWS',
  'CSV_UNKNOWN_COLUMN',
  'CSV_DUPLICATE_COLUMN',
  'CSV_MISSING_COLUMN',
  'CSV_CONFLICTING_VALUE',
] as const;

/** The message id for a reason: `import.reason.<REASON>`, or the generic one for a reason not listed. */
export function reasonMessageId(reason: string): string {
  return (IMPORT_REASONS as readonly string[]).includes(reason) ? `import.reason.${reason}` : 'import.reason.other';
}
