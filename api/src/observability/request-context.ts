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
