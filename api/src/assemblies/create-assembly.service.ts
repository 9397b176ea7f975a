import { and, asc, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { allocationKeys, buildings } from '../db/schema';
import { assertText, optionalText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput, notFound } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import type { Executor } from '../db/client';
import type { AssemblyRow } from './assembly-state';
import { insertAssembly } from './insert-assembly';
import type { CreateGeneralAssemblyInput } from './assembly.inputs';

/**
 * The key of the attendance sheet when none is given: the building's general key, by convention
 * code 010 (CHARGES COMMUNES GENERALES), else its first key by code.
 */
async function generalKeyOf(tx: Executor, agencyId: string, buildingId: string): Promise<string | null> {
  const keys = await tx
    .select({ id: allocationKeys.id, code: allocationKeys.code })
    .from(allocationKeys)
    .where(and(eq(allocationKeys.agencyId, agencyId), eq(allocationKeys.buildingId, buildingId)))
    .orderBy(asc(allocationKeys.code));
  return (keys.find((key) => key.code === '010') ?? keys[0])?.id ?? null;
}

/** Creates an AG for a building with its participants (co-owners on its date) and their shares. */
export async function createGeneralAssembly(ctx: Ctx, input: CreateGeneralAssemblyInput): Promise<AssemblyRow> {
  assertCan(ctx.actor, 'assembly.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const buildingId = expectGlobalId(input.buildingId, 'Building', 'buildingId');
  const title = assertText('title', input.title, TEXT_LIMITS.label);
  const place = optionalText('place', input.place);
  const reference = optionalText('reference', input.reference, TEXT_LIMITS.code);
  if (Number.isNaN(input.startsAt.getTime())) throw badInput('startsAt', 'INVALID_VALUE', 'Not a date and time');
  const requestedKey = input.attendanceKeyId ? expectGlobalId(input.attendanceKeyId, 'AllocationKey', 'attendanceKeyId') : null;
  return ctx.db.transaction(async (tx) => {
    const [building] = await tx
      .select({ id: buildings.id })
      .from(buildings)
      .where(and(eq(buildings.agencyId, agencyId), eq(buildings.id, buildingId)));
    if (!building) throw notFound('Building');
    let attendanceKeyId = requestedKey;
    if (attendanceKeyId) {
      const [key] = await tx
        .select({ id: allocationKeys.id })
        .from(allocationKeys)
        .where(and(eq(allocationKeys.agencyId, agencyId), eq(allocationKeys.id, attendanceKeyId), eq(allocationKeys.buildingId, buildingId)));
      if (!key) throw badInput('attendanceKeyId', 'UNKNOWN_REFERENCE', 'Not a key of this building');
    } else {
      attendanceKeyId = await generalKeyOf(tx, agencyId, buildingId);
      if (!attendanceKeyId) throw badInput('buildingId', 'UNKNOWN_REFERENCE', 'The building has no allocation key');
    }
    return insertAssembly(tx, { agencyId, buildingId, title, kind: input.kind, startsAt: input.startsAt, place, reference, attendanceKeyId });
  });
}
