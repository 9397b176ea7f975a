import { randomBytes } from 'node:crypto';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { INTEGRATOR_SCOPES, sha256, type IntegratorScope } from '../auth/actor';
import { assertCan, can } from '../auth/policy';
import { apiTokens } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { assertText, TEXT_LIMITS } from '../graphql/batch';
import { badInput, notFound } from '../graphql/errors';
import { pageWindow, toPage, type PageArgs } from '../graphql/connection';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

function staffAgency(ctx: Ctx): string {
  assertCan(ctx.actor, 'apiToken.manage');
  if (ctx.actor.kind !== 'person') throw new Error('unreachable: staff only');
  return ctx.actor.agencyId;
}

/** Creates an integrator token; the secret is returned once and stored only as its hash. */
export async function createApiToken(ctx: Ctx, name: string, scopes: string[], expiresAt?: Date | null): Promise<{ token: string; apiToken: ApiTokenRow }> {
  const agencyId = staffAgency(ctx);
  if (expiresAt && !(expiresAt.getTime() > Date.now())) throw badInput('expiresAt', 'INVALID_VALUE', 'The expiry must be in the future');
  const tokenName = assertText('name', name, TEXT_LIMITS.name);
  const unknown = scopes.find((scope) => !(INTEGRATOR_SCOPES as readonly string[]).includes(scope));
  if (unknown !== undefined || scopes.length === 0) throw badInput('scopes', 'UNKNOWN_SCOPE', `Unknown scope ${unknown ?? '(none given)'}`);
  const token = `plr_${randomBytes(32).toString('base64url')}`;
  const [apiToken] = await ctx.db
    .insert(apiTokens)
    .values({
      agencyId,
      name: tokenName,
      tokenHash: sha256(token),
      scopes: [...new Set(scopes)] as IntegratorScope[],
      createdByPersonId: (ctx.actor as { personId: string }).personId,
      expiresAt: expiresAt ?? null,
    })
    .returning();
  return { token, apiToken };
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<ApiTokenRow> {
  const agencyId = staffAgency(ctx);
  const [row] = await ctx.db
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
    .where(and(eq(apiTokens.agencyId, agencyId), eq(apiTokens.id, id)))
    .returning();
  if (!row) throw notFound('ApiToken');
  return row;
}

/** The agency's tokens, newest first. */
export async function listApiTokens(ctx: Ctx, args: PageArgs) {
  const agencyId = staffAgency(ctx);
  const { first, after } = pageWindow(args);
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.agencyId, agencyId),
        after ? or(lt(apiTokens.createdAt, new Date(after[0])), and(eq(apiTokens.createdAt, new Date(after[0])), lt(apiTokens.id, after[1]))) : undefined,
      ),
    )
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(first + 1);
  return toPage(rows, first, (row) => [row.createdAt.toISOString(), row.id]);
}

/** One token by id, for `node(id:)`: managers of its agency only, else null. */
export async function apiTokenById(ctx: Ctx, id: string): Promise<ApiTokenRow | null> {
  if (!can(ctx.actor, 'apiToken.manage') || ctx.actor.kind !== 'person') return null;
  const [row] = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.agencyId, ctx.actor.agencyId), eq(apiTokens.id, id)));
  return row ?? null;
}
