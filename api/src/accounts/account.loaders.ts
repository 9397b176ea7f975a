import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { accounts } from '../db/schema';
import { byId, childPages } from '../graphql/loaders';
import { accountOutlookLoader } from './account-outlook';

/** Accounts (published ones for clients, through the account scope). */
export function accountLoaders(db: Db, actor: Actor) {
  const scoped = scope.accounts(actor);
  return {
    accountById: byId(db, accounts, scoped),
    accountsOfPerson: childPages(db, {
      table: accounts,
      parentColumn: accounts.personId,
      sortColumn: accounts.number,
      idColumn: accounts.id,
      scoped,
      cursorOf: (r) => [r.number, r.id],
    }),
    /** Balance as of today, last payment and next call of the accounts of a request, in one statement. */
    accountOutlook: accountOutlookLoader(db, scoped),
  };
}

type AccountLoaders = ReturnType<typeof accountLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends AccountLoaders {}
}
