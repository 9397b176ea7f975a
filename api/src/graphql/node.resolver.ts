import { Arg, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { Ctx } from './context';
import { badInput } from './errors';
import { fromGlobalId, Node } from './node';

/** Loads one node type by id through the module's scoped loaders; null when missing or not visible. */
export type NodeLoader = (ctx: Ctx, id: string) => Promise<object | null>;

/**
 * `node(id:)` over the node types the modules declare. It goes through the same scoped loaders as
 * every other path, so it answers null exactly when the row is missing, in another agency, or not
 * visible to the viewer; a type no module declares is a malformed id.
 */
export function createNodeResolver(loaders: ReadonlyMap<string, NodeLoader>) {
  @Resolver()
  class NodeResolver {
    @Policy('node.read')
    @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when missing or not visible.' })
    async node(@Arg('id', () => ID) globalId: string, @Context() ctx: Ctx) {
      const { type, id } = fromGlobalId(globalId);
      const load = loaders.get(type);
      if (!load) throw badInput('id', 'INVALID_ID', 'Not a valid id');
      const row = await load(ctx, id);
      return row ? { ...row, __typename: type } : null;
    }
  }
  return NodeResolver;
}
