import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import type { Db } from '../db/client';
import { accounts } from '../db/schema';
import { byId, childPages } from '../graphql/loaders';

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
  };
}

type AccountLoaders = ReturnType<typeof accountLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends AccountLoaders {}
}
