import { Arg, Args, Ctx as Context, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { accounts } from '../db/schema';
import { isOnToday } from '../db/current';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { toGlobalId } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Person } from '../identity/identity.types';
import { Guarded } from '../auth/declarations';
import { Account, AccountMovement, AccountPosition, AccountStatement, BalancePoint, BalancePresentation, StatementLineConnection } from './account.types';
import { balanceToday, positionOf } from './account-outlook';
import { accountStatementParts, balanceHistory, presentCents } from './statement.service';

type AccountRow = typeof accounts.$inferSelect;
type Statement = Awaited<ReturnType<typeof accountStatementParts>>;

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => ID)
  id(@Root() account: AccountRow) {
    return toGlobalId('Account', account.id);
  }

  @FieldResolver(() => Boolean, { description: "Published to the client's extranet today (an unpublication dated in the future counts from its date)." })
  isPublished(@Root() account: AccountRow) {
    return isOnToday(account.isPublished, account.unpublishedFrom);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Balance as of today (entries dated after today left out), signed by the agency\'s presentation ("-743.32"). For people, prefer `position`.',
  })
  async balance(@Root() account: AccountRow, @Context() ctx: Ctx) {
    const outlook = await ctx.loaders.accountOutlook.load(account.id);
    return presentCents(balanceToday(account.balance, outlook), BalancePresentation[ctx.settings.balancePresentation]);
  }

  @FieldResolver(() => AccountPosition, { description: 'The balance as of today in plain words: what the holder owes or has in credit, whatever the presentation setting.' })
  async position(@Root() account: AccountRow, @Context() ctx: Ctx) {
    return positionOf(balanceToday(account.balance, await ctx.loaders.accountOutlook.load(account.id)));
  }

  @Guarded('account.readStatement')
  @FieldResolver(() => AccountMovement, { nullable: true, description: 'The last payment received (treasury credits of the latest day up to today).' })
  async lastPayment(@Root() account: AccountRow, @Context() ctx: Ctx) {
    return (await ctx.loaders.accountOutlook.load(account.id)).lastPayment;
  }

  @Guarded('account.readStatement')
  @FieldResolver(() => AccountMovement, {
    nullable: true,
    description: 'The next call when the ledger has one: debits of the first day after today (a funds call, a rent notice).',
  })
  async nextCall(@Root() account: AccountRow, @Context() ctx: Ctx) {
    return (await ctx.loaders.accountOutlook.load(account.id)).nextCall;
  }

  @FieldResolver(() => BalancePresentation)
  balancePresentation(@Root() _account: AccountRow, @Context() ctx: Ctx) {
    return BalancePresentation[ctx.settings.balancePresentation];
  }

  @FieldResolver(() => Person, { nullable: true })
  holder(@Root() account: AccountRow, @Context() ctx: Ctx) {
    return account.personId ? ctx.loaders.personById.loadNow(account.personId) : null;
  }

  @FieldResolver(() => AccountStatement, { description: 'Statement over [from, to]: opening and closing balances and the lines.' })
  statement(@Root() account: AccountRow, @Arg('from', () => LocalDateScalar) from: string, @Arg('to', () => LocalDateScalar) to: string, @Context() ctx: Ctx) {
    return accountStatementParts(ctx, account, from, to);
  }

  @FieldResolver(() => [BalancePoint], { description: 'End-of-day balances over [from, to], for a chart.' })
  balanceHistory(@Root() account: AccountRow, @Arg('from', () => LocalDateScalar) from: string, @Arg('to', () => LocalDateScalar) to: string, @Context() ctx: Ctx) {
    return balanceHistory(ctx, account, from, to);
  }

  @FieldResolver(() => String, { description: 'Download of the statement as PDF, authorised like the account itself.' })
  statementPdfUrl(@Root() account: AccountRow, @Arg('from', () => LocalDateScalar) from: string, @Arg('to', () => LocalDateScalar) to: string) {
    return `/exports/accounts/${toGlobalId('Account', account.id)}/statement.pdf?from=${from}&to=${to}`;
  }

  @FieldResolver(() => String, { description: 'Download of the statement as CSV (semicolon-separated, French number format).' })
  statementCsvUrl(@Root() account: AccountRow, @Arg('from', () => LocalDateScalar) from: string, @Arg('to', () => LocalDateScalar) to: string) {
    return `/exports/accounts/${toGlobalId('Account', account.id)}/statement.csv?from=${from}&to=${to}`;
  }
}

@Resolver(() => AccountStatement)
export class AccountStatementResolver {
  @FieldResolver(() => DecimalScalar, { description: 'Balance of everything before `from` ("Solde antérieur").' })
  openingBalance(@Root() statement: Statement) {
    return statement.openingBalance();
  }

  @FieldResolver(() => DecimalScalar, { description: 'Balance at the end of `to` ("Solde fin de période").' })
  closingBalance(@Root() statement: Statement) {
    return statement.closingBalance();
  }

  @FieldResolver(() => DecimalScalar, { description: 'Sum of the debits of the entries in [from, to].' })
  totalDebit(@Root() statement: Statement) {
    return statement.totalDebit();
  }

  @FieldResolver(() => DecimalScalar, { description: 'Sum of the credits of the entries in [from, to].' })
  totalCredit(@Root() statement: Statement) {
    return statement.totalCredit();
  }

  @FieldResolver(() => StatementLineConnection, { description: 'Lines in date order with running balances; cursor-paginated.' })
  entries(@Root() statement: Statement, @Args(() => PageArgs) args: PageArgs) {
    return statement.entries(args);
  }
}
