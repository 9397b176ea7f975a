import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** The line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export type CsvFile = { ok: true; delimiter: ';' | ','; headers: string[]; records: CsvRecord[] } | { ok: false; line: number | null; message: string };

/**
 * The separator of the header line: semicolons (what French spreadsheets write), or commas when the
 * header has none. A comma file must then quote its French decimals, as any CSV writer does.
 */
function detectDelimiter(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return !header.includes(';') && header.includes(',') ? ',' : ';';
}

/**
 * Reads a CSV with csv-parse: UTF-8 with or without BOM, quoted cells (with separators or line
 * breaks inside), blank lines skipped. Stops at `maxRows` data rows + 1 so that an oversized file
 * is refused without reading it all.
 */
export function readCsv(text: string, maxRows: number): CsvFile {
  const delimiter = detectDelimiter(text.replace(/^\ufeff/, ''));
  try {
    const rows = parse(text, {
      bom: true,
      delimiter,
      info: true,
      record_delimiter: ['\r\n', '\n', '\r'], // mixed line endings (a file edited on two systems)
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      to: maxRows + 2,
    }) as unknown as { record: string[]; info: { lines: number; records: number } }[];
    const [header, ...data] = rows;
    if (!header) return { ok: false, line: null, message: 'The file is empty' };
    // `info.lines` is the line where a record ends; a record spanning lines starts earlier.
    const records = data.map(({ record, info }) => ({ line: info.lines - newlinesIn(record), cells: record })).filter((record) => record.cells.some((cell) => cell !== ''));
    return { ok: true, delimiter, headers: header.record, records };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, line: (error as CsvError & { lines?: number }).lines ?? null, message: error.message };
    throw error;
  }
}

function newlinesIn(record: string[]): number {
  return record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
}
