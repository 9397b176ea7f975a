import { and, eq } from 'drizzle-orm';
import { assemblyVotes, generalAssemblies, postalVotes } from '../db/schema';
import { assertText, optionalText, TEXT_LIMITS } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput, conflict } from '../graphql/errors';
import { assemblyToRun } from './assembly-access';
import type { AssemblyRow } from './assembly-state';
import type { UpdateGeneralAssemblyInput } from './assembly.inputs';

/**
 * Changes an AG's details, its chair, secretary and scrutineers. The date moves only while no
 * vote was recorded: the postal deadline and who is a co-owner follow from it.
 */
export async function updateGeneralAssembly(ctx: Ctx, input: UpdateGeneralAssemblyInput): Promise<AssemblyRow> {
  const assembly = await assemblyToRun(ctx, input.assemblyId);
  const patch: Partial<typeof generalAssemblies.$inferInsert> = {};
  if (input.title != null) patch.title = assertText('title', input.title);
  if (input.kind != null) patch.kind = input.kind;
  if (input.place !== undefined) patch.place = optionalText('place', input.place);
  if (input.reference !== undefined) patch.reference = optionalText('reference', input.reference, TEXT_LIMITS.code);
  if (input.chairName !== undefined) patch.chairName = optionalText('chairName', input.chairName, TEXT_LIMITS.name);
  if (input.secretaryName !== undefined) patch.secretaryName = optionalText('secretaryName', input.secretaryName, TEXT_LIMITS.name);
  if (input.scrutineerNames != null) {
    if (input.scrutineerNames.length > 4) throw badInput('scrutineerNames', 'INVALID_VALUE', 'At most 4 scrutineers');
    patch.scrutineerNames = input.scrutineerNames.map((name, i) => assertText(`scrutineerNames[${i}]`, name, TEXT_LIMITS.name));
  }
  if (input.startsAt != null) {
    if (Number.isNaN(input.startsAt.getTime())) throw badInput('startsAt', 'INVALID_VALUE', 'Not a date and time');
    patch.startsAt = input.startsAt;
  }
  return ctx.db.transaction(async (tx) => {
    if (patch.startsAt && patch.startsAt.getTime() !== assembly.startsAt.getTime()) {
      const inAssembly = (table: typeof assemblyVotes | typeof postalVotes) => and(eq(table.agencyId, assembly.agencyId), eq(table.assemblyId, assembly.id));
      const [vote] = await tx.select({ id: assemblyVotes.participantId }).from(assemblyVotes).where(inAssembly(assemblyVotes)).limit(1);
      const [postal] = await tx.select({ id: postalVotes.participantId }).from(postalVotes).where(inAssembly(postalVotes)).limit(1);
      if (vote || postal) throw conflict('INVALID_VALUE', 'Votes were recorded: the date no longer moves');
    }
    if (Object.keys(patch).length === 0) return assembly;
    const [row] = await tx
      .update(generalAssemblies)
      .set(patch)
      .where(and(eq(generalAssemblies.agencyId, assembly.agencyId), eq(generalAssemblies.id, assembly.id)))
      .returning();
    return row;
  });
}
