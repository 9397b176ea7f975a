import 'reflect-metadata';
import { graphql, type GraphQLObjectType } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root, UseMiddleware, buildSchema } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { directResolvers } from './direct-resolvers';

interface ItemRow {
  id: string;
  label: string;
  secret: string;
}
type TestCtx = { prefix: string; calls: string[] };

@ObjectType()
class Item {
  @Field(() => String) label!: string;
  @Field(() => String, { name: 'caption' }) renamed!: string;
  @UseMiddleware(({ context }, next) => ((context as TestCtx).prefix === 'staff' ? next() : Promise.resolve(null)))
  @Field(() => String, { nullable: true })
  secret!: string;
}

@Resolver(() => Item)
class ItemResolver {
  @FieldResolver(() => ID)
  id(@Root() item: ItemRow) {
    return `Item:${item.id}`;
  }

  @FieldResolver(() => String)
  greeting(@Root() item: ItemRow, @Ctx() ctx: TestCtx, @Info() info: GraphQLResolveInfo) {
    ctx.calls.push(info.fieldName);
    return `${ctx.prefix} ${item.label}`;
  }

  @FieldResolver(() => String)
  repeated(@Root() item: ItemRow, @Arg('times', () => Int) times: number) {
    return item.label.repeat(times);
  }

  @Query(() => Item)
  item(): ItemRow & { renamed: string } {
    return { id: '1', label: 'ab', secret: 's', renamed: 'r' };
  }
}

async function schemas() {
  const build = () => buildSchema({ resolvers: [ItemResolver], validate: false });
  return { wrapped: await build(), direct: directResolvers(await build()) };
}

const QUERY = '{ item { id label caption secret greeting repeated(times: 2) } }';

describe('directResolvers', () => {
  it('gives plain properties graphql’s default resolver and calls root/ctx/info field resolvers directly, keeping middlewares, arguments and renamed fields', async () => {
    const { direct } = await schemas();
    const fields = (direct.getType('Item') as GraphQLObjectType).getFields();
    expect(fields.label.resolve).toBeUndefined();
    expect(fields.id.resolve).toBeDefined();
    expect(String(fields.id.resolve)).not.toContain('resolverData');
    expect(String(fields.greeting.resolve)).not.toContain('resolverData');
    // Kept with type-graphql: a middleware, an argument to convert, a field read under another name.
    for (const kept of ['secret', 'repeated', 'caption']) expect(String(fields[kept].resolve)).toContain('resolverData');
  });

  it('answers every field as type-graphql’s own resolvers do, the middleware included', async () => {
    const { wrapped, direct } = await schemas();
    for (const prefix of ['staff', 'client']) {
      const run = (schema: typeof direct) => graphql({ schema, source: QUERY, contextValue: { prefix, calls: [] } });
      const [expected, actual] = await Promise.all([run(wrapped), run(direct)]);
      expect(actual).toEqual(expected);
      expect(actual.errors).toBeUndefined();
    }
    const answer = await graphql({ schema: direct, source: QUERY, contextValue: { prefix: 'client', calls: [] } });
    expect(answer.data).toEqual({ item: { id: 'Item:1', label: 'ab', caption: 'r', secret: null, greeting: 'client ab', repeated: 'abab' } });
  });
});
