import { describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { buildPalierSchema } from '../graphql/schema';
import { rules } from './policy';
import { PUBLIC } from './declarations';
import type { Rule } from './rule';

/**
 * Every Query and Mutation field declares its policy. The snapshot is the reviewed list of who
 * may call what: any diff in it is a permission change and must be read as one.
 */
describe('policy declarations', () => {
  it('covers every root field and matches the reviewed snapshot', async () => {
    const schema = await buildPalierSchema();
    const lines: string[] = [];
    const missing: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
      for (const field of Object.values(type.getFields())) {
        const policy = field.extensions?.policy as string | undefined;
        if (!policy) {
          missing.push(`${type.name}.${field.name}`);
          continue;
        }
        if (policy === PUBLIC) {
          lines.push(`${type.name}.${field.name}: PUBLIC`);
          continue;
        }
        const rule: Rule = rules[policy as keyof typeof rules];
        expect(rule, `${type.name}.${field.name} names an unknown action ${policy}`).toBeDefined();
        const who = [
          rule.anonymous && 'anonymous',
          rule.client && 'client',
          rule.staff && 'staff',
          rule.integrator && `integrator(${rule.integrator})`,
        ].filter(Boolean);
        lines.push(`${type.name}.${field.name}: ${policy} → ${who.join(', ')}${rule.row ? ' + row rule' : ''}`);
      }
    }
    expect(missing).toEqual([]);
    expect(lines.sort().join('\n')).toMatchSnapshot();
  });

  it('lists every action with a description and at least one grant', () => {
    for (const [action, rule] of Object.entries(rules)) {
      const r = rule as { description: string; anonymous?: boolean; client?: boolean; staff?: boolean; integrator?: string };
      expect(r.description, action).toMatch(/\w/);
      expect(Boolean(r.anonymous || r.client || r.staff || r.integrator), action).toBe(true);
    }
  });
});
