import { Arg, Args, Ctx as Context, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { accounts } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { toGlobalId } from '../graphql/node';
import { DecimalScalar } from '../graphql/scalars/decimal';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Person } from '../identity/identity.types';
import { Account, AccountStatement, BalancePoint, BalancePresentation, StatementLineConnection } from './account.types';
import { accountStatementParts, balanceHistory, present } from './statement.service';

type AccountRow = typeof accounts.$inferSelect;
type Statement = Awaited<ReturnType<typeof accountStatementParts>>;

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => ID)
  id(@Root() account: AccountRow) {
    return toGlobalId('Account', account.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Current balance, signed by the agency\'s presentation ("-9985.56").' })
  balance(@Root() account: AccountRow, @Context() ctx: Ctx) {
    return present(account.balance, BalancePresentation[ctx.settings.balancePresentation]);
  }

  @FieldResolver(() => BalancePresentation)
  balancePresentation(@Root() _account: AccountRow, @Context() ctx: Ctx) {
    return BalancePresentation[ctx.settings.balancePresentation];
  }

  @FieldResolver(() => Person, { nullable: true })
  holder(@Root() account: AccountRow, @Context() ctx: Ctx) {
    return account.personId ? ctx.loaders.personById.load(account.personId) : null;
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

  @FieldResolver(() => StatementLineConnection, { description: 'Lines in date order with running balances; cursor-paginated.' })
  entries(@Root() statement: Statement, @Args(() => PageArgs) args: PageArgs) {
    return statement.entries(args);
  }
}
