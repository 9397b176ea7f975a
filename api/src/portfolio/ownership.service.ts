import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { Executor } from '../db/client';
import { accounts, buildings, lots, ownerships } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput, notFound } from '../graphql/errors';
import { switchOffAfterRelationsEnd } from '../identity/access-automation.service';

/** The buyer of a sale recorded from the console: an existing person, optionally on an existing 450 account. */
export interface SaleBuyer {
  personId: string;
  accountNumber?: string | null;
}

/**
 * Records a co-owner's sale ("mutation"): the ownership ends on `saleDate`; access follows the
 * agency setting (from the sale date, see switchOffAfterRelationsEnd). With a buyer, the buyer's
 * ownership of the same lot starts on that date, in the same transaction.
 */
export async function recordSale(ctx: Ctx, ownershipId: string, saleDate: string, buyer?: SaleBuyer | null) {
  assertCan(ctx.actor, 'ownership.recordSale');
  const ownership = await ctx.loaders.ownershipById.load(ownershipId);
  if (!ownership) throw notFound('Ownership');
  if (saleDate < ownership.startDate) throw badInput('saleDate', 'DATE_BEFORE_START', 'The sale cannot precede the purchase');
  const buyerPerson = buyer ? await ctx.loaders.personById.load(buyer.personId) : null;
  if (buyer && !buyerPerson) throw badInput('buyer.personId', 'UNKNOWN_REFERENCE', 'No such person');
  return ctx.db.transaction(async (tx) => {
    const { agencyId } = ownership;
    const [row] = await tx
      .update(ownerships)
      .set({ endDate: saleDate })
      .where(and(eq(ownerships.agencyId, agencyId), eq(ownerships.id, ownership.id)))
      .returning();
    if (buyer && buyerPerson) {
      const accountId = buyer.accountNumber ? await buyerAccountId(tx, agencyId, row.lotId, buyerPerson.id, buyer.accountNumber) : null;
      await tx.insert(ownerships).values({ agencyId, lotId: row.lotId, personId: buyerPerson.id, accountId, startDate: saleDate });
    }
    if (ctx.settings.disableAccessOnSale) {
      await switchOffAfterRelationsEnd(tx, agencyId, [{ personId: row.personId, accountId: row.accountId, date: saleDate, ownershipId: row.id }]);
    }
    return row;
  });
}

/** The buyer's co-owner account: a number on the syndicate entity of the lot's building, held by the buyer or by no one. */
async function buyerAccountId(tx: Executor, agencyId: string, lotId: string, personId: string, accountNumber: string): Promise<string> {
  const [account] = await tx
    .select({ id: accounts.id, personId: accounts.personId })
    .from(lots)
    .innerJoin(buildings, and(eq(buildings.agencyId, lots.agencyId), eq(buildings.id, lots.buildingId)))
    .innerJoin(accounts, and(eq(accounts.agencyId, lots.agencyId), eq(accounts.entityId, buildings.syndicateEntityId)))
    .where(and(eq(lots.agencyId, agencyId), eq(lots.id, lotId), eq(accounts.number, accountNumber)));
  if (!account) throw badInput('buyer.accountNumber', 'UNKNOWN_REFERENCE', 'No such account in the syndicate of the lot');
  if (account.personId && account.personId !== personId) throw badInput('buyer.accountNumber', 'ACCOUNT_OF_ANOTHER_PERSON', "The account is another person's");
  return account.id;
}
