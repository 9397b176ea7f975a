import { and, eq } from 'drizzle-orm';
import { assertCan, scope } from '../../auth/policy';
import { persons } from '../../db/schema';
import type { Ctx } from '../../graphql/context';

/**
 * The person of the caller's agency with this back-office code, or null: the console's forms
 * check a new code is free before an upsert (which would otherwise update that person) and open
 * the record they just created. Same visibility as the people search.
 */
export async function personByExternalId(ctx: Ctx, externalId: string) {
  assertCan(ctx.actor, 'person.search');
  const [row] = await ctx.db
    .select()
    .from(persons)
    .where(and(scope.persons(ctx.actor), eq(persons.externalId, externalId.trim())))
    .limit(1);
  return row ?? null;
}
