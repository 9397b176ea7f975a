import { Arg, Args, Ctx as Context, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { can } from '../auth/policy';
import type { buildings, fiscalYears } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { PageArgs } from '../graphql/connection';
import { expectGlobalId, toGlobalId } from '../graphql/node';
import { AllocationKey, Building } from '../portfolio/portfolio.types';
import { Expense, ExpenseConnection, ExpenseGroup, ExpenseList, FiscalYear } from './expense.types';
import { expenseList, expensePage, type ExpenseRow } from './expense.service';

type BuildingRow = typeof buildings.$inferSelect;
type List = Awaited<ReturnType<typeof expenseList>>;

@Resolver(() => Building)
export class BuildingExpenseResolver {
  @FieldResolver(() => ExpenseList, { description: 'Liste des dépenses: council members, managers, ledger readers; FORBIDDEN when the module is off.' })
  expenseList(@Root() building: BuildingRow, @Arg('fiscalYearId', () => ID, { nullable: true }) fiscalYearId: string | null, @Context() ctx: Ctx) {
    return expenseList(ctx, building, fiscalYearId ? expectGlobalId(fiscalYearId, 'FiscalYear', 'fiscalYearId') : null);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may open the expense list (module on, and the right).' })
  canReadExpenseList(@Root() building: BuildingRow, @Context() ctx: Ctx) {
    return can(ctx.actor, 'expense.list', building);
  }
}

@Resolver(() => ExpenseList)
export class ExpenseListResolver {
  @FieldResolver(() => ExpenseConnection, { description: 'The expenses in group order (key, account, date).' })
  async expenses(@Root() list: List, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    if (!list.yearId) return { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    return expensePage(ctx, list.building, list.yearId, args);
  }
}

@Resolver(() => ExpenseGroup)
export class ExpenseGroupResolver {
  @FieldResolver(() => AllocationKey, { nullable: true })
  allocationKey(@Root() group: { allocationKeyId: string }, @Context() ctx: Ctx) {
    return ctx.loaders.allocationKeyById.loadNow(group.allocationKeyId);
  }
}

@Resolver(() => Expense)
export class ExpenseResolver {
  @FieldResolver(() => ID)
  id(@Root() expense: ExpenseRow) {
    return toGlobalId('Expense', expense.id);
  }

  @FieldResolver(() => AllocationKey, { nullable: true })
  allocationKey(@Root() expense: ExpenseRow, @Context() ctx: Ctx) {
    return ctx.loaders.allocationKeyById.loadNow(expense.allocationKeyId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Download of the invoice PDF, authorised like the expense list.' })
  invoiceUrl(@Root() expense: ExpenseRow) {
    return expense.invoiceFile ? `/files/expenses/${toGlobalId('Expense', expense.id)}/invoice.pdf` : null;
  }
}

@Resolver(() => FiscalYear)
export class FiscalYearResolver {
  @FieldResolver(() => ID)
  id(@Root() year: typeof fiscalYears.$inferSelect) {
    return toGlobalId('FiscalYear', year.id);
  }
}
