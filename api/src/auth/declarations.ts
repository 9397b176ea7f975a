import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Ctx } from '../graphql/context';
import { can, decide, throwVerdict, type Action, type RowOf } from './policy';

/** Marker for a root field anyone may call (none today besides those with explicit rules). */
export const PUBLIC = '@public';

/** Declares the action a Query/Mutation field performs; enforced by `enforcePolicy`. */
export function Policy(action: Action): MethodDecorator {
  return Extensions({ policy: action });
}

/** Declares a root field open to everyone, deliberately. */
export function Public(): MethodDecorator {
  return Extensions({ policy: PUBLIC });
}

/**
 * Wraps the resolver of every Query and Mutation field (after `buildSchema`): a root field runs
 * only when its declared action is allowed; a field with no declaration is refused (deny by
 * default, and the coverage test catches it before review). Only root fields are wrapped: a
 * type-graphql global middleware would wrap every field of every object, and a plain property
 * could then no longer use graphql's default resolver.
 */
export function enforcePolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const policy = field.extensions?.policy as Action | typeof PUBLIC | undefined;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Ctx, info) => {
        if (!policy) throw new Error(`Field ${type!.name}.${field.name} declares no policy`);
        if (policy !== PUBLIC) throwVerdict(decide(context.actor, policy), policy);
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * Field guard: the field reads `null` unless `action` is allowed on the parent row. The action is
 * also recorded in the field's extensions, so the policy snapshot lists every guarded field.
 */
export function Guarded<A extends Action>(action: A): PropertyDecorator & MethodDecorator {
  const guard: MiddlewareFn<Ctx> = ({ root, context }, next) =>
    (can as (actor: Ctx['actor'], action: A, row: RowOf<A>) => boolean)(context.actor, action, root as RowOf<A>) ? next() : Promise.resolve(null);
  const useGuard = UseMiddleware(guard) as PropertyDecorator & MethodDecorator;
  const mark = Extensions({ guard: action }) as PropertyDecorator & MethodDecorator;
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    useGuard(target, key, descriptor as never);
    mark(target, key, descriptor as never);
  };
}

/**
 * `Guarded` for a field whose rule reads another row than its parent (a resolution's result is
 * allowed by its assembly's publication): `rowOf` loads that row (through the scoped loaders);
 * the field reads `null` when the row is not visible or the action is denied on it.
 */
export function GuardedBy<A extends Action, Root>(action: A, rowOf: (root: Root, ctx: Ctx) => Promise<RowOf<A> | null>): PropertyDecorator & MethodDecorator {
  const guard: MiddlewareFn<Ctx> = async ({ root, context }, next) => {
    const row = await rowOf(root as Root, context);
    return row !== null && (can as (actor: Ctx['actor'], action: A, row: RowOf<A>) => boolean)(context.actor, action, row) ? ((await next()) as unknown) : null;
  };
  const useGuard = UseMiddleware(guard) as PropertyDecorator & MethodDecorator;
  const mark = Extensions({ guard: action }) as PropertyDecorator & MethodDecorator;
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    useGuard(target, key, descriptor as never);
    mark(target, key, descriptor as never);
  };
}
