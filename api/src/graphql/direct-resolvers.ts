import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Resolver = GraphQLFieldResolver<unknown, unknown>;
type Method = (...args: unknown[]) => unknown;

/** The parameters a direct call passes as they come: the parent row, the context, the info. */
const PASSED = new Set(['root', 'context', 'info']);

/**
 * type-graphql resolves every object field through a wrapper of its own: a plain property through
 * `createBasicFieldResolver` (an object and a middleware dispatch per field), a `@FieldResolver`
 * through `createHandlerResolver` (a container lookup, its parameters sorted and mapped on every
 * call). A page of 50 rows runs ~800 of them; in the profiles of the core and requests benchmarks
 * they cost 3–4 % of the API's CPU. After `buildSchema`, this gives back graphql's default
 * resolver to each plain property, and a direct call to each field resolver whose parameters are
 * only `@Root()`, `@Ctx()` and `@Info()` (arguments keep type-graphql's conversion). A field with a
 * middleware (a guard) or with roles keeps type-graphql's wrapper. Root types are left alone
 * (`enforcePolicy` wraps them).
 */
export function directResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const resolverInstances = new Map<unknown, Record<string, Method>>();
  const instanceOf = (target: new () => Record<string, Method>) => {
    let instance = resolverInstances.get(target);
    if (!instance) resolverInstances.set(target, (instance = new target()));
    return instance;
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || roots.has(type)) continue;
    const objectMeta = storage.objectTypes.find((o) => o.name === type.name);
    if (!objectMeta) continue;
    const interfaceFields = storage.interfaceTypes.filter((i) => objectMeta.interfaceClasses?.includes(i.target)).flatMap((i) => i.fields ?? []);
    // The order type-graphql builds the type in: interface fields first, the type's own after (the last of a name wins).
    const fieldsMeta = [...interfaceFields, ...(objectMeta.fields ?? [])];
    for (const field of Object.values(type.getFields())) {
      const declared = fieldsMeta.filter((f) => f.schemaName === field.name).at(-1);
      if (!declared || declared.middlewares?.length || declared.roles) continue;
      // type-graphql's own lookup (schema-generator.js): the field resolver of the field's declaring class.
      const handlers = storage.fieldResolvers.filter((r) => r.methodName === declared.name && r.getObjectType?.() === declared.target);
      if (handlers.length === 0) {
        // A plain property: graphql's default resolver reads it (by the schema's name, hence only when both names agree).
        if (declared.name === declared.schemaName) field.resolve = undefined;
        continue;
      }
      const [handler] = handlers;
      if (handlers.length > 1 || handler.kind !== 'external' || handler.middlewares?.length || handler.roles) continue;
      const params = [...(handler.params ?? [])].sort((a, b) => a.index - b.index);
      if (!params.every((param, index) => param.index === index && PASSED.has(param.kind) && !('propertyName' in param && param.propertyName))) continue;
      const instance = instanceOf(handler.target as never);
      const method = instance[handler.methodName];
      if (typeof method === 'function')
        field.resolve = directCall(
          instance,
          method,
          params.map((param) => param.kind),
        );
    }
  }
  return schema;
}

/** The method called with the parameters `kinds` names, in their order. */
function directCall(instance: object, method: Method, kinds: string[]): Resolver {
  switch (kinds.join(',')) {
    case 'root':
      return (root) => method.call(instance, root);
    case 'root,context':
      return (root, _args, context) => method.call(instance, root, context);
    default:
      return (root, _args, context, info) =>
        method.apply(
          instance,
          kinds.map((kind) => (kind === 'root' ? root : kind === 'context' ? context : info)),
        );
  }
}
