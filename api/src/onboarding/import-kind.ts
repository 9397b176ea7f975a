import type { Ctx } from '../graphql/context';
import type { ImportResult } from '../graphql/batch';
import type { CellFormat } from './csv/cells';

/**
 * One column of an import kind's CSV. `path` is where the cell goes in the service's input:
 * `displayName`, `postalAddress.city` (an optional object, present when one of its cells is
 * filled), `shares[].shares` (an item of the kind's grouped list, see `ImportKindSpec.group`).
 */
export interface ColumnSpec {
  /** The French header, as in the template; matched without regard to case, accents or spaces. */
  header: string;
  path: string;
  format: CellFormat;
  /** Required in its object: always for a top-level column, when the object or item is given otherwise. */
  required?: boolean;
}

/**
 * An import kind, as data: its columns, the example rows of its template, the service argument it
 * mirrors (errors come back as `persons[3].emails[0]`) and the batch service it calls.
 */
export interface ImportKindSpec<Input = unknown> {
  /** The service's argument name, the prefix of its error paths. */
  argument: string;
  columns: readonly ColumnSpec[];
  /**
   * Several rows make one input: rows with the same value at `by` are one input, each row giving
   * one item of the list `list` from the columns under `list[]`. The other cells may be repeated
   * (identically) or left blank on the following rows.
   */
  group?: { by: string; list: string };
  /** Rows of the downloadable template, cells in column order (the manual's demo codes). */
  examples: readonly (readonly string[])[];
  /** The batch service; null while it is not written yet (the kind is then not offered). */
  run: ((ctx: Ctx, rows: Input[]) => Promise<ImportResult>) | null;
}
