import { Arg, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from './context';
import { fromGlobalId, Node, type NodeTypeName } from './node';
import { apiTokenById } from '../identity/api-token.service';
import { visibleExpense } from '../accounts/expense.service';

/**
 * `node(id:)` goes through the same scoped loaders as every other path, so it answers null
 * exactly when the row is missing, in another agency, or not visible to the viewer.
 */
@Resolver()
export class NodeResolver {
  @Policy('node.read')
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when missing or not visible.' })
  async node(@Arg('id', () => ID) globalId: string, @Context() ctx: Ctx) {
    const { type, id } = fromGlobalId(globalId);
    const row = await loadNode(ctx, type, id);
    return row ? { ...row, __typename: type } : null;
  }
}

function loadNode(ctx: Ctx, type: NodeTypeName, id: string): Promise<object | null> {
  const l = ctx.loaders;
  switch (type) {
    case 'Person': return l.personById.load(id);
    case 'Building': return l.buildingById.load(id);
    case 'Lot': return l.lotById.load(id);
    case 'AllocationKey': return l.allocationKeyById.load(id);
    case 'Ownership': return l.ownershipById.load(id);
    case 'CouncilMembership': return l.councilMembershipById.load(id);
    case 'ManagementMandate': return l.mandateById.load(id);
    case 'Lease': return l.leaseById.load(id);
    case 'Account': return l.accountById.load(id);
    case 'ApiToken': return apiTokenById(ctx, id);
    case 'Expense': return visibleExpense(ctx, id);
    case 'FiscalYear': return Promise.resolve(null); // reachable through a building's expense list only
  }
}
