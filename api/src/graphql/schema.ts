import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { enforcePolicy } from '../auth/declarations';
import { NodeResolver } from './node.resolver';
import { PersonResolver } from '../identity/person.resolver';
import { ViewerResolver } from '../identity/viewer.resolver';
import { AccessResolver, ApiTokenResolver } from '../identity/access.resolver';
import { BuildingResolver } from '../portfolio/building.resolver';
import { AllocationKeyResolver, LotResolver, LotShareResolver } from '../portfolio/lot.resolver';
import { CouncilMembershipResolver, OwnershipResolver } from '../portfolio/ownership.resolver';
import { LeaseResolver, ManagementMandateResolver } from '../leasing/leasing.resolver';
import { AccountResolver, AccountStatementResolver } from '../accounts/account.resolver';
import { BuildingExpenseResolver, ExpenseGroupResolver, ExpenseListResolver, ExpenseResolver, FiscalYearResolver } from '../accounts/expense.resolver';
import { LedgerImportResolver } from '../accounts/ledger-import.resolver';
import { BuildingWorksFundResolver, LotWorksFundResolver, PersonWorksFundResolver } from '../accounts/works-fund.resolver';

export const resolvers = [
  NodeResolver,
  ViewerResolver,
  PersonResolver,
  AccessResolver,
  ApiTokenResolver,
  BuildingResolver,
  LotResolver,
  LotShareResolver,
  AllocationKeyResolver,
  OwnershipResolver,
  CouncilMembershipResolver,
  ManagementMandateResolver,
  LeaseResolver,
  AccountResolver,
  AccountStatementResolver,
  PersonWorksFundResolver,
  BuildingWorksFundResolver,
  LotWorksFundResolver,
  BuildingExpenseResolver,
  ExpenseListResolver,
  ExpenseGroupResolver,
  ExpenseResolver,
  FiscalYearResolver,
  LedgerImportResolver,
] as const;

/** Builds the executable schema; `enforcePolicy` guards every root field. */
export async function buildPalierSchema() {
  return enforcePolicy(await buildSchema({ resolvers, validate: false }));
}
