import type { Executor } from '../../db/client';
import { accountsByNumber, geranceEntityIds, type AccountReference } from '../../db/references';

/**
 * Owners' (411) and tenants' (81) accounts by number on the agency's gérance entity, in two
 * statements whatever the count. An agency has one gérance entity (G001); with several, a number
 * found on more than one is left out (unknown), since the row cannot say which one it means.
 */
export async function geranceAccountsByNumber(tx: Executor, agencyId: string, numbers: readonly string[]): Promise<Map<string, AccountReference>> {
  if (numbers.length === 0) return new Map();
  const found = await accountsByNumber(tx, agencyId, await geranceEntityIds(tx, agencyId), numbers);
  const byNumber = new Map<string, AccountReference | null>();
  for (const [key, account] of found) {
    const number = key.slice(key.indexOf('|') + 1);
    byNumber.set(number, byNumber.has(number) ? null : account);
  }
  return new Map([...byNumber].filter((entry): entry is [string, AccountReference] => entry[1] !== null));
}
