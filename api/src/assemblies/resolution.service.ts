import { and, eq } from 'drizzle-orm';
import { allocationKeys, generalAssemblies, resolutions } from '../db/schema';
import { assertText, TEXT_LIMITS } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { assemblyToRun, resolutionToRun } from './assembly-access';
import type { ResolutionRow } from './assembly-state';
import type { AddResolutionInput } from './assembly.inputs';
import { RESOLUTION_NUMBER } from './engine/resolution-order';

/** Adds a resolution to the agenda under one of the building's keys; a number taken is CONFLICT UNIQUE_VIOLATION. */
export async function addResolution(ctx: Ctx, input: AddResolutionInput): Promise<ResolutionRow> {
  const assembly = await assemblyToRun(ctx, input.assemblyId);
  const number = input.number.trim();
  if (!RESOLUTION_NUMBER.test(number)) throw badInput('number', 'INVALID_VALUE', 'A number like "5" or "5.1"');
  const title = assertText('title', input.title);
  const text = input.text?.trim() ? assertText('text', input.text, TEXT_LIMITS.note) : null;
  const allocationKeyId = expectGlobalId(input.allocationKeyId, 'AllocationKey', 'allocationKeyId');
  return ctx.db.transaction(async (tx) => {
    const [key] = await tx
      .select({ id: allocationKeys.id })
      .from(allocationKeys)
      .innerJoin(generalAssemblies, and(eq(generalAssemblies.agencyId, allocationKeys.agencyId), eq(generalAssemblies.buildingId, allocationKeys.buildingId)))
      .where(and(eq(allocationKeys.agencyId, assembly.agencyId), eq(allocationKeys.id, allocationKeyId), eq(generalAssemblies.id, assembly.id)));
    if (!key) throw badInput('allocationKeyId', 'UNKNOWN_REFERENCE', 'Not a key of the building');
    const [row] = await tx
      .insert(resolutions)
      .values({ agencyId: assembly.agencyId, assemblyId: assembly.id, number, title, text, majority: input.majority, allocationKeyId })
      .returning();
    return row;
  });
}

/**
 * Marks a resolution amended during the AG: favourable postal votes on it become défaillants
 * (decree of 17 March 1967, art. 17-1 A; manual "Annulation des votes favorables").
 */
export async function amendResolution(ctx: Ctx, resolutionId: string): Promise<ResolutionRow> {
  const { resolution } = await resolutionToRun(ctx, resolutionId, 'assembly.manage');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(resolutions)
      .set({ amended: true })
      .where(and(eq(resolutions.agencyId, resolution.agencyId), eq(resolutions.id, resolution.id)))
      .returning();
    return row;
  });
}
