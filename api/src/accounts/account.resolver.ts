import { Decimal } from 'decimal.js';
import { Ctx as Context, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { accounts } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { Person } from '../identity/identity.types';
import { Account, BalancePresentation } from './account.types';

type AccountRow = typeof accounts.$inferSelect;

/** Stored balances are debit − credit; the agency chooses how clients read them. */
export function presentBalance(debitMinusCredit: string, presentation: BalancePresentation): string {
  const value = new Decimal(debitMinusCredit);
  return (presentation === BalancePresentation.CREDIT_MINUS_DEBIT ? value.negated() : value).toFixed(2);
}

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => ID)
  id(@Root() account: AccountRow) {
    return toGlobalId('Account', account.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Current balance, signed by the agency\'s presentation ("-9985.56").' })
  async balance(@Root() account: AccountRow, @Context() ctx: Ctx) {
    const settings = await ctx.loaders.settings.load(account.agencyId);
    return presentBalance(account.balance, (settings?.balancePresentation as BalancePresentation) ?? BalancePresentation.CREDIT_MINUS_DEBIT);
  }

  @FieldResolver(() => BalancePresentation)
  async balancePresentation(@Root() account: AccountRow, @Context() ctx: Ctx) {
    const settings = await ctx.loaders.settings.load(account.agencyId);
    return settings?.balancePresentation ?? BalancePresentation.CREDIT_MINUS_DEBIT;
  }

  @FieldResolver(() => Person, { nullable: true })
  holder(@Root() account: AccountRow, @Context() ctx: Ctx) {
    return account.personId ? ctx.loaders.personById.load(account.personId) : null;
  }
}
