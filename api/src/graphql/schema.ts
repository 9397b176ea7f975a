import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { enforcePolicy } from '../auth/declarations';
import type { ModuleManifest } from '../module-manifest';
import { directResolvers } from './direct-resolvers';
import { createNodeResolver, type NodeLoader } from './node.resolver';

/** `node(id:)`'s loaders, from every module's node types. */
function nodeLoaders(modules: readonly ModuleManifest[]): Map<string, NodeLoader> {
  const loaders = new Map<string, NodeLoader>();
  for (const module of modules) {
    for (const [type, load] of Object.entries(module.nodes ?? {})) {
      if (loaders.has(type)) throw new Error(`Node type ${type} is declared by two modules`);
      loaders.set(type, load);
    }
  }
  return loaders;
}

/** Builds the executable schema from the modules; `enforcePolicy` guards every root field; object fields resolve directly (`directResolvers`). */
export async function buildPalierSchema(modules: readonly ModuleManifest[]) {
  const resolvers = [createNodeResolver(nodeLoaders(modules)), ...modules.flatMap((module) => module.resolvers)];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's resolver list type
  return enforcePolicy(directResolvers(await buildSchema({ resolvers: resolvers as [Function, ...Function[]], validate: false })));
}
