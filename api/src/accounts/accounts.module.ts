import { accountRules } from '../auth/rules/accounts';
import { accountSettings } from '../db/schema';
import type { ModuleManifest } from '../module-manifest';
import { accountDownloadRoutes } from './account-download.routes';
import { LeaseAccountResolver, MandateAccountResolver, OwnershipAccountResolver, PersonAccountsResolver } from './account-extensions.resolver';
import { accountLoaders } from './account.loaders';
import { AccountResolver, AccountStatementResolver } from './account.resolver';
import { BuildingExpenseResolver, ExpenseGroupResolver, ExpenseListResolver, ExpenseResolver, FiscalYearResolver } from './expense.resolver';
import { visibleExpense } from './expense.service';
import { LedgerImportResolver } from './ledger-import.resolver';
import { AccountsViewerCanResolver } from './viewer-can.resolver';
import { BuildingWorksFundExtensionResolver, BuildingWorksFundResolver, LotWorksFundResolver, PersonWorksFundResolver } from './works-fund.resolver';

/** Accounts and statements, works funds, expense lists, back-office ledger loading, exports. */
export const accountsModule: ModuleManifest = {
  name: 'accounts',
  resolvers: [
    AccountResolver,
    AccountStatementResolver,
    PersonAccountsResolver,
    OwnershipAccountResolver,
    MandateAccountResolver,
    LeaseAccountResolver,
    PersonWorksFundResolver,
    BuildingWorksFundResolver,
    BuildingWorksFundExtensionResolver,
    LotWorksFundResolver,
    BuildingExpenseResolver,
    ExpenseListResolver,
    ExpenseGroupResolver,
    ExpenseResolver,
    FiscalYearResolver,
    LedgerImportResolver,
    AccountsViewerCanResolver,
  ],
  loaders: accountLoaders,
  nodes: {
    Account: (ctx, id) => ctx.loaders.accountById.load(id),
    Expense: visibleExpense,
    // Reachable through a building's expense list only.
    FiscalYear: () => Promise.resolve(null),
  },
  routes: accountDownloadRoutes,
  settings: accountSettings,
  rules: accountRules,
};
