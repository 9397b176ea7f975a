import type { ErrorReason } from '../graphql/errors';
import type { RowError } from '../graphql/batch';
import { normalizeHeader, parseDate, parseDecimal, parseInteger, splitList, type CellResult } from './csv/cells';
import type { CsvRecord } from './csv/read-csv';
import type { ColumnSpec, ImportKindSpec } from './import-kind';

/** An error of the file, placed for the manager: the CSV line (1 = header) and the column's header. */
export interface ImportError {
  line: number | null;
  column: string | null;
  reason: ErrorReason;
  message: string;
}

/** Where a cell came from. */
interface Origin {
  line: number;
  column: string | null;
}

/** One service input built from one row (or, for a grouped kind, several). */
export interface MappedInput {
  input: Record<string, unknown>;
  line: number;
  /** Input sub-paths (`emails`, `shares[1].shares`) → the cell they came from. */
  origins: Map<string, Origin>;
  isValid: boolean;
}

export interface MappedFile {
  inputs: MappedInput[];
  errors: ImportError[];
}

type Value = string | number | string[];

function parseCell(column: ColumnSpec, cell: string): CellResult<Value> {
  switch (column.format) {
    case 'DECIMAL':
      return parseDecimal(cell);
    case 'INTEGER':
      return parseInteger(cell);
    case 'DATE':
      return parseDate(cell);
    case 'LIST':
      return { ok: true, value: splitList(cell) };
    case 'TEXT':
      return { ok: true, value: cell };
  }
}

/** `postalAddress.city` → `postalAddress`; `shares[].shares` → `shares[]`; top-level → null. */
const parentOf = (path: string) => (path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : null);
const isItem = (path: string, list: string | undefined) => list !== undefined && path.startsWith(`${list}[].`);

/** Matches the header line to the kind's columns: unknown, repeated and missing columns are errors of line 1. */
function resolveHeaders(spec: ImportKindSpec, headers: string[]): { columns: (ColumnSpec | null)[]; errors: ImportError[] } {
  const byName = new Map<string, ColumnSpec>();
  for (const column of spec.columns) {
    byName.set(normalizeHeader(column.header), column);
    byName.set(normalizeHeader(column.path.replace('[]', '')), column); // the API's own names work too
  }
  const errors: ImportError[] = [];
  const seen = new Set<ColumnSpec>();
  const columns = headers.map((header) => {
    if (header === '') return null; // a trailing separator
    const column = byName.get(normalizeHeader(header));
    if (!column) errors.push({ line: 1, column: header, reason: 'CSV_UNKNOWN_COLUMN', message: `Unknown column ${header}` });
    else if (seen.has(column)) errors.push({ line: 1, column: header, reason: 'CSV_DUPLICATE_COLUMN', message: `Column ${header} appears twice` });
    else {
      seen.add(column);
      return column;
    }
    return null;
  });
  const presentParents = new Set([...seen].map((column) => parentOf(column.path)));
  for (const column of spec.columns) {
    const parent = parentOf(column.path);
    const needed = column.required && (parent === null || presentParents.has(parent));
    if (needed && !seen.has(column)) errors.push({ line: 1, column: column.header, reason: 'CSV_MISSING_COLUMN', message: `Missing column ${column.header}` });
  }
  return { columns, errors };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = (target[head] ??= {}) as Record<string, unknown>;
  setPath(child, rest.join('.'), value);
}

/**
 * Turns the CSV rows into the service's inputs, collecting every cell error (bad decimal or date,
 * missing value, conflicting repeated value) with its line and column; an input with an error is
 * marked invalid and is not sent to the service.
 */
export function mapRows(spec: ImportKindSpec, headers: string[], records: CsvRecord[]): MappedFile {
  const { columns, errors } = resolveHeaders(spec, headers);
  if (errors.length) return { inputs: [], errors };
  const present = columns.filter((column): column is ColumnSpec => column !== null);
  const list = spec.group?.list;
  const inputs: MappedInput[] = [];
  const groups = new Map<string, { mapped: MappedInput; top: Map<string, Value>; items: number }>();

  for (const record of records) {
    const rowErrors: ImportError[] = [];
    const fail = (column: string | null, reason: ErrorReason, message: string) => rowErrors.push({ line: record.line, column, reason, message });
    if (record.cells.slice(columns.length).some((cell) => cell !== '')) fail(null, 'CSV_MALFORMED', 'More cells than columns');

    const values = new Map<ColumnSpec, Value>();
    columns.forEach((column, i) => {
      const cell = record.cells[i] ?? '';
      if (!column || cell === '') return;
      const parsed = parseCell(column, cell);
      if (parsed.ok) values.set(column, parsed.value);
      else fail(column.header, parsed.reason, parsed.message);
    });
    const filledParents = new Set([...values.keys()].map((column) => parentOf(column.path)));
    for (const column of present) {
      const parent = parentOf(column.path);
      const needed = column.required && (parent === null || filledParents.has(parent));
      if (needed && !values.has(column) && !rowErrors.some((e) => e.column === column.header)) {
        // A grouped kind's following rows may leave the input's own cells blank.
        const continuation = spec.group && parent === null && !isItem(column.path, list) && groups.has(String(values.get(groupColumn(present, spec)!) ?? ''));
        if (!continuation) fail(column.header, 'VALUE_REQUIRED', `${column.header} is required`);
      }
    }

    const key = spec.group ? values.get(groupColumn(present, spec)!) : undefined;
    const group = key !== undefined ? groups.get(String(key)) : undefined;
    const mapped: MappedInput = group?.mapped ?? { input: {}, line: record.line, origins: new Map(), isValid: true };
    const top = group?.top ?? new Map<string, Value>();
    const item: Record<string, unknown> = {};
    let hasItem = false;

    for (const column of present) {
      const value = values.get(column);
      if (isItem(column.path, list)) {
        if (value === undefined) continue;
        hasItem = true;
        setPath(item, column.path.slice(list!.length + 3), value);
        continue;
      }
      if (group) {
        // A following row of a grouped input: its own cells repeat the first row's or stay blank.
        const first = top.get(column.path);
        if (value !== undefined && first !== undefined && JSON.stringify(first) !== JSON.stringify(value)) {
          fail(column.header, 'CSV_CONFLICTING_VALUE', `${column.header} differs from line ${mapped.origins.get(column.path)?.line ?? mapped.line}`);
        }
        if (value === undefined || first !== undefined) continue;
      }
      const parent = parentOf(column.path);
      if (value !== undefined) {
        top.set(column.path, value);
        setPath(mapped.input, column.path, value);
      } else if (parent === null) mapped.input[column.path] = column.format === 'LIST' ? [] : null;
      else if (filledParents.has(parent)) setPath(mapped.input, column.path, null);
      else if (mapped.input[parent] === undefined) mapped.input[parent] = null; // no address at all: null, not an empty object
      mapped.origins.set(column.path, { line: record.line, column: column.header });
    }
    if (hasItem && list) {
      const items = group?.items ?? 0;
      const itemsOf = ((mapped.input[list] as unknown[] | undefined) ??= []);
      itemsOf.push(item);
      mapped.origins.set(`${list}[${items}]`, { line: record.line, column: null });
      for (const column of present.filter((c) => isItem(c.path, list))) {
        mapped.origins.set(`${list}[${items}].${column.path.slice(list.length + 3)}`, { line: record.line, column: column.header });
      }
      if (group) group.items += 1;
    }

    if (rowErrors.length) {
      mapped.isValid = false;
      errors.push(...rowErrors);
    }
    if (!group) {
      inputs.push(mapped);
      if (spec.group && key !== undefined) groups.set(String(key), { mapped, top, items: hasItem ? 1 : 0 });
    }
  }
  return { inputs, errors };
}

function groupColumn(present: ColumnSpec[], spec: ImportKindSpec): ColumnSpec | undefined {
  return present.find((column) => column.path === spec.group?.by);
}

/**
 * Places a service's row error (`persons[3].emails[0]`, about `sent[3]`) on its CSV line and
 * column: the longest known prefix of the path names the cell; otherwise the input's first line.
 */
export function locateRowError(spec: ImportKindSpec, sent: readonly MappedInput[], error: RowError): ImportError {
  const match = new RegExp(`^${spec.argument}\\[(\\d+)\\]\\.?(.*)$`).exec(error.field);
  const mapped = match ? sent[Number(match[1])] : undefined;
  if (!match || !mapped) return { line: null, column: null, reason: error.reason, message: error.message };
  for (let path = match[2]; path;) {
    const origin = mapped.origins.get(path);
    if (origin) return { line: origin.line, column: origin.column, reason: error.reason, message: error.message };
    const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    path = shorter === path ? '' : shorter;
  }
  return { line: mapped.line, column: null, reason: error.reason, message: error.message };
}
