import { stringify } from 'csv-stringify/sync';
import type { ImportKindSpec } from './import-kind';

/**
 * A kind's downloadable template: a BOM (so that Excel reads it as UTF-8), semicolons, the French
 * headers and the example rows, which a manager overwrites with their own.
 */
export function templateCsv(spec: ImportKindSpec): string {
  return stringify([spec.columns.map((column) => column.header), ...spec.examples], { bom: true, delimiter: ';', record_delimiter: 'windows' });
}
