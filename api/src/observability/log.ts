/**
 * Structured logs: one JSON object per line. Callers pass facts, never secrets: no password,
 * token, cookie or query string ever goes in (the reset link's token lives in a query string).
 */
export function log(fields: Record<string, unknown>): void {
  if (process.env.PALIER_SILENT === '1') return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...fields })}\n`);
}
