import { describe, expect, it } from 'vitest';
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { buildPalierSchema } from '../graphql/schema';
import { MODULES } from '../modules';
import { SETTINGS } from '../settings/registry';
import { rules } from './policy';
import { PUBLIC } from './declarations';
import type { Rule } from './rule';

function grants(rule: Rule<unknown>): string {
  const who = [rule.anonymous && 'anonymous', rule.client && 'client', rule.staff && 'staff', rule.integrator && `integrator(${rule.integrator})`].filter(Boolean);
  const module = rule.moduleSwitch ? ` + module switch ${rule.moduleSwitch.setting} (${rule.moduleSwitch.appliesTo})` : '';
  return `${who.join(', ')}${rule.row ? ' + row rule' : ''}${module}`;
}

/**
 * Every Query and Mutation field declares its policy, and every guarded field names its action.
 * The snapshot is the reviewed list of who may call and read what: any diff in it is a permission
 * change and must be read as one.
 */
describe('policy declarations', () => {
  it('covers every root field and matches the reviewed snapshot', async () => {
    const schema = await buildPalierSchema(MODULES);
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
        const rule = (rules as Record<string, Rule<unknown>>)[policy];
        expect(rule, `${type.name}.${field.name} names an unknown action ${policy}`).toBeDefined();
        lines.push(`${type.name}.${field.name}: ${policy} → ${grants(rule)}`);
      }
    }
    expect(missing).toEqual([]);
    expect(lines.sort().join('\n')).toMatchSnapshot();
  });

  it('lists every guarded field with its action (null unless the rule allows it on the parent row)', async () => {
    const schema = await buildPalierSchema(MODULES);
    const lines: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const guard = field.extensions?.guard as string | undefined;
        if (!guard) continue;
        const rule = (rules as Record<string, Rule<unknown>>)[guard];
        expect(rule, `${type.name}.${field.name} names an unknown action ${guard}`).toBeDefined();
        expect(field.type.toString().endsWith('!'), `${type.name}.${field.name} is guarded, so it must be nullable`).toBe(false);
        lines.push(`${type.name}.${field.name}: guarded by ${guard} → ${grants(rule)}`);
      }
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.sort().join('\n')).toMatchSnapshot();
  });

  it('lists every action with a description and at least one grant', () => {
    for (const [action, rule] of Object.entries(rules as Record<string, Rule<unknown>>)) {
      expect(rule.description, action).toMatch(/\w/);
      expect(Boolean(rule.anonymous || rule.client || rule.staff || rule.integrator), action).toBe(true);
    }
  });

  it('takes its rules and settings from the modules, each declared by exactly one module', () => {
    const ruleOwners = MODULES.flatMap((module) => Object.keys(module.rules));
    expect(ruleOwners.sort()).toEqual(Object.keys(rules).sort());
    const settingOwners = MODULES.flatMap((module) => Object.keys(module.settings ?? {}));
    expect(settingOwners.sort()).toEqual(Object.keys(SETTINGS).sort());
  });
});
