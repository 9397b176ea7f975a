import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/policy';
import type { Executor } from '../db/client';
import type { Ctx } from '../graphql/context';
import { conflict, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { AssemblyRow, ResolutionRow } from './assembly-state';

/** An AG the actor may see, by global id: NOT_FOUND when missing or not visible (another agency, another building). */
export async function visibleAssembly(ctx: Ctx, globalId: string, field = 'assemblyId'): Promise<AssemblyRow> {
  const assembly = await ctx.loaders.assemblyById.load(expectGlobalId(globalId, 'GeneralAssembly', field));
  if (!assembly) throw notFound('GeneralAssembly');
  return assembly;
}

/** An AG to run (`assembly.manage` or `assembly.recordVotes`): frozen once its minutes are published. */
export async function assemblyToRun(ctx: Ctx, globalId: string, action: 'assembly.manage' | 'assembly.recordVotes' = 'assembly.manage'): Promise<AssemblyRow> {
  assertCan(ctx.actor, action);
  const assembly = await visibleAssembly(ctx, globalId);
  assertOpen(assembly);
  return assembly;
}

export function assertOpen(assembly: AssemblyRow): void {
  if (assembly.reportPublishedAt) throw conflict('REPORT_PUBLISHED', 'The minutes are published: the AG is frozen');
}

/** A resolution the actor may see, with its AG, for running the AG. */
export async function resolutionToRun(
  ctx: Ctx,
  globalId: string,
  action: 'assembly.manage' | 'assembly.recordVotes',
): Promise<{ resolution: ResolutionRow; assembly: AssemblyRow }> {
  assertCan(ctx.actor, action);
  const resolution = await ctx.loaders.resolutionById.load(expectGlobalId(globalId, 'Resolution', 'resolutionId'));
  if (!resolution) throw notFound('Resolution');
  const assembly = await ctx.loaders.assemblyById.load(resolution.assemblyId);
  if (!assembly) throw notFound('Resolution');
  assertOpen(assembly);
  return { resolution, assembly };
}

/** Names the writer for the vote audit trigger, for this transaction only. */
export async function auditAs(tx: Executor, actor: Actor): Promise<void> {
  const who = actor.kind === 'person' ? `person:${actor.personId}` : actor.kind === 'integrator' ? `integrator:${actor.tokenId}` : 'anonymous';
  await tx.execute(sql`SELECT set_config('palier.actor', ${who}, true)`);
}
