import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Kind, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../gql/graphql';

/**
 * The API rejects operations past its depth and cost limits before any resolver runs
 * (api/src/server.ts, graphql-armor). Its depth and cost rules flatten fragments (a spread adds
 * no depth), and a literal `first: n` multiplies the cost of what it lists: check each operation
 * the SPA sends with the API's own settings.
 */
const repo = path.resolve(import.meta.dirname, '../../..');
const requireFromApi = createRequire(path.join(repo, 'api/package.json'));
const { buildSchema, validate } = requireFromApi('graphql') as typeof import('graphql');
const { ApolloArmor } = requireFromApi('@escape.tech/graphql-armor') as {
  ApolloArmor: new (config: unknown) => { protect: () => { validationRules: unknown[] } };
};

const server = fs.readFileSync(path.join(repo, 'api/src/server.ts'), 'utf8');

function apiLimits(): Record<string, number> {
  const literal = /export const LIMITS = (\{[^}]*\})/.exec(server)?.[1];
  if (!literal) throw new Error('LIMITS not found in api/src/server.ts');
  return JSON.parse(literal.replace(/(\w+):/g, '"$1":')) as Record<string, number>;
}

/** Whether the server's `maxDepth: { … }` or `costLimit: { … }` option flattens fragments. */
function flattensFragments(option: 'maxDepth' | 'costLimit'): boolean {
  const block = new RegExp(`${option}:\\s*\\{([^}]*)\\}`).exec(server)?.[1];
  if (block === undefined) throw new Error(`${option} not found in api/src/server.ts`);
  return /flattenFragments:\s*true/.test(block);
}

const operations = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && (entry[1] as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
);

describe('operations against the API limits', () => {
  const limits = apiLimits();
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: flattensFragments('maxDepth') },
    costLimit: { maxCost: limits.maxCost, depthCostFactor: limits.depthCostFactor, flattenFragments: flattensFragments('costLimit') },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
  });
  const schema = buildSchema(fs.readFileSync(path.join(repo, 'schema/schema.graphql'), 'utf8'));
  const rules = armor.protect().validationRules as Parameters<typeof validate>[2];

  it('finds the generated operations', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it('reads the settings the API runs with', () => {
    expect(limits.maxDepth).toBeGreaterThan(0);
    expect(limits.depthCostFactor).toBeGreaterThan(1);
    expect(typeof flattensFragments('maxDepth')).toBe('boolean');
    expect(typeof flattensFragments('costLimit')).toBe('boolean');
  });

  it.each(operations)('%s passes validation, depth and cost', (_name, document) => {
    const errors = validate(schema, document, rules).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
