import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { accounts } from '../db/schema';
import { byId, childPages, RowPool } from '../graphql/loaders';
import { accountOutlookLoader } from './account-outlook';

/** Accounts (published ones for clients, through the account scope). */
export function accountLoaders(db: Db, actor: Actor) {
  /** `person.accounts` and `ownership.account` are asked in the same request (the home): one read. */
  const pool = new RowPool<typeof accounts.$inferSelect>();
  return {
    accountById: byId(db, actor, accounts, scope.accounts, pool),
    accountsOfPerson: childPages(db, actor, {
      table: accounts,
      parentColumn: accounts.personId,
      sortColumn: accounts.number,
      idColumn: accounts.id,
      scope: scope.accounts,
      cursorOf: (r) => [r.number, r.id],
      pool,
    }),
    /** Balance as of today, last payment and next call of the accounts of a request, in one statement. */
    accountOutlook: accountOutlookLoader(db, actor, scope.accounts),
  };
}

type AccountLoaders = ReturnType<typeof accountLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends AccountLoaders {}
}
