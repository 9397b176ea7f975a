import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from '../graphql/context';
import { expectGlobalId } from '../graphql/node';
import { Account } from './account.types';
import { ImportResult } from '../graphql/batch';
import { AccountInput, ExpenseInput, FiscalYearInput, LedgerEntryInput, WorksFundLineInput } from './ledger-import.types';
import { importLedgerEntries } from './import/import-ledger-entries.service';
import { upsertAccounts } from './import/upsert-accounts.service';
import { upsertExpenses } from './import/upsert-expenses.service';
import { upsertFiscalYears } from './import/upsert-fiscal-years.service';
import { upsertWorksFundLines } from './import/upsert-works-fund-lines.service';
import { setAccountsPublished } from './set-accounts-published.service';

/** Back-office loading (managers and `ledger:write` integrators): batches, idempotent, all or nothing. */
@Resolver()
export class LedgerImportResolver {
  @Policy('ledger.import')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 accounts by (entityCode, number).' })
  upsertAccounts(@Arg('accounts', () => [AccountInput]) accounts: AccountInput[], @Context() ctx: Ctx) {
    return upsertAccounts(ctx, accounts);
  }

  @Policy('ledger.import')
  @Mutation(() => ImportResult, { description: 'Loads up to 50 000 ledger entries, idempotent by externalId.' })
  importLedgerEntries(@Arg('entries', () => [LedgerEntryInput]) entries: LedgerEntryInput[], @Context() ctx: Ctx) {
    return importLedgerEntries(ctx, entries);
  }

  @Policy('ledger.import')
  @Mutation(() => ImportResult, { description: 'Upserts fiscal years by (entityCode, code).' })
  upsertFiscalYears(@Arg('fiscalYears', () => [FiscalYearInput]) fiscalYears: FiscalYearInput[], @Context() ctx: Ctx) {
    return upsertFiscalYears(ctx, fiscalYears);
  }

  @Policy('ledger.import')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 expenses by externalId, with their invoice PDFs.' })
  upsertExpenses(@Arg('expenses', () => [ExpenseInput]) expenses: ExpenseInput[], @Context() ctx: Ctx) {
    return upsertExpenses(ctx, expenses);
  }

  @Policy('ledger.import')
  @Mutation(() => ImportResult, { description: 'Upserts works-fund amounts per lot and account.' })
  upsertWorksFundLines(@Arg('lines', () => [WorksFundLineInput]) lines: WorksFundLineInput[], @Context() ctx: Ctx) {
    return upsertWorksFundLines(ctx, lines);
  }

  @Policy('account.publish')
  @Mutation(() => [Account], { description: 'Publishes or unpublishes accounts to their clients; effective on the next request.' })
  setAccountsPublished(@Arg('accountIds', () => [ID]) accountIds: string[], @Arg('isPublished', () => Boolean) isPublished: boolean, @Context() ctx: Ctx) {
    return setAccountsPublished(
      ctx,
      accountIds.map((id, i) => expectGlobalId(id, 'Account', `accountIds[${i}]`)),
      isPublished,
    );
  }
}
