import { sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { agencySettings } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { readSettings, SETTINGS } from '../settings/registry';
import type { Setting } from '../settings/setting';
import { presentSettings } from '../settings/settings.graphql';

/** The agency's settings as read with the actor for this request (managers). */
export function agencySettingsOf(ctx: Ctx) {
  assertCan(ctx.actor, 'agency.readSettings');
  return presentSettings(ctx.settings);
}

/**
 * Changes some of the actor's agency's settings (managers): every given value is checked against
 * its setting first, then one statement merges them into the stored ones (a field left out keeps
 * its value). The actor of this request keeps the settings it was loaded with; the next request
 * reads the new ones.
 */
export async function updateAgencySettings(ctx: Ctx, input: object) {
  assertCan(ctx.actor, 'agency.updateSettings');
  if (ctx.actor.kind === 'anonymous') throw new Error('unreachable: the rule admits managers only');
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const setting = (SETTINGS as Record<string, Setting<unknown>>)[key];
    // GraphQL has checked the type; null (a setting cannot be unset) and unknown keys remain.
    if (!setting || !setting.accepts(value)) throw badInput(key, 'INVALID_VALUE', `${key} takes ${setting?.choices ? setting.choices.join(' or ') : 'true or false'}`);
    patch[key] = value;
  }
  const [row] = await ctx.db
    .insert(agencySettings)
    .values({ agencyId: ctx.actor.agencyId, values: patch })
    .onConflictDoUpdate({ target: agencySettings.agencyId, set: { values: sql`${agencySettings.values} || excluded.values` } })
    .returning();
  return presentSettings(readSettings(row.values));
}
