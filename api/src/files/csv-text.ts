/** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A free-text cell for a CSV export: one starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` so that spreadsheets show it as text instead of running it (OWASP's
 * CSV-injection guidance; the CSV writer quotes the cell and escapes its double quotes). Only
 * for text: amounts the API formats (`-9985,56`) are numbers and stay as they are.
 */
export function csvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
