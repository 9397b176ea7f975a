import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that logs need: id and SQL statement count (the lever of speed on PGlite). */
export interface RequestStats {
  requestId: string;
  sqlStatements: number;
}

export const requestStorage = new AsyncLocalStorage<RequestStats>();

export function countStatement(): void {
  const stats = requestStorage.getStore();
  if (stats) stats.sqlStatements += 1;
}

/** Runs `fn` with a fresh counter and returns how many SQL statements it issued. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const stats: RequestStats = { requestId: 'count', sqlStatements: 0 };
  const result = await requestStorage.run(stats, fn);
  return { result, statements: stats.sqlStatements };
}
