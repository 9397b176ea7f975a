import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { rowsOf } from '../../db/client';
import { buildingIdsByCode, personIdsByExternalId } from '../../db/references';
import { councilMemberships } from '../../db/schema';
import { assertBatch, type ImportResult, RowErrors, tallyUpserts, writerAgencyId } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { checkNotBefore, codeOf, referenceOf } from './relation-batch';
import type { CouncilMembershipInput } from './relation-inputs.types';

/**
 * Upserts council seats by (building, person, start date), one transaction; a council election
 * from the console is a batch of one or two rows (the new seat, the old president's end date).
 * After the batch, a building has at most one president at any time from today on: a president
 * seat of the batch overlapping another current or upcoming president is PRESIDENT_ALREADY_SEATED
 * for that row, and the whole batch is rolled back. Statements: two look-ups, one upsert, one
 * check, whatever the batch size.
 */
export async function upsertCouncilMemberships(ctx: Ctx, input: CouncilMembershipInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'council.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('memberships', input.length);
  return ctx.db.transaction(async (tx) => {
    const errors = new RowErrors();
    const parsed = input.map((row, i) => ({
      buildingCode: codeOf(errors, `memberships[${i}].buildingCode`, row.buildingCode),
      personExternalId: codeOf(errors, `memberships[${i}].personExternalId`, row.personExternalId),
    }));
    const buildingIds = await buildingIdsByCode(
      tx,
      agencyId,
      parsed.flatMap((row) => row.buildingCode ?? []),
    );
    const personIds = await personIdsByExternalId(
      tx,
      agencyId,
      parsed.flatMap((row) => row.personExternalId ?? []),
    );

    const seen = new Set<string>();
    const rows = input.flatMap((row, i) => {
      const { buildingCode, personExternalId } = parsed[i];
      const buildingId = referenceOf(errors, `memberships[${i}].buildingCode`, buildingCode, buildingIds, 'building');
      const personId = referenceOf(errors, `memberships[${i}].personExternalId`, personExternalId, personIds, 'person');
      checkNotBefore(errors, `memberships[${i}].endDate`, row.startDate, row.endDate);
      if (!buildingId || !personId) return [];
      const key = `${buildingId}|${personId}|${row.startDate}`;
      if (seen.has(key)) errors.add(`memberships[${i}].buildingCode`, 'DUPLICATE_IN_BATCH', 'The batch holds this seat (building, person, start date) twice');
      seen.add(key);
      return [{ i, building_id: buildingId, person_id: personId, role: row.role, start_date: row.startDate, end_date: row.endDate ?? null }];
    });
    errors.throwIfAny();

    const json = JSON.stringify(rows);
    const returned = await tx.execute(sql`
      INSERT INTO ${councilMemberships} (agency_id, building_id, person_id, role, start_date, end_date)
      SELECT ${agencyId}, building_id, person_id, role::council_role, start_date, end_date
      FROM json_to_recordset(${json}::json) AS r(building_id uuid, person_id uuid, role text, start_date date, end_date date)
      ON CONFLICT (agency_id, building_id, person_id, start_date) DO UPDATE
        SET role = excluded.role, end_date = excluded.end_date
        WHERE (${councilMemberships.role}, ${councilMemberships.endDate}) IS DISTINCT FROM (excluded.role, excluded.end_date)
      RETURNING (xmax = 0) AS inserted`);

    // Two presidents overlap when their periods do ([start, end), an open end is for ever) and
    // neither seat is over today; past overlaps in the history are not this batch's business.
    const clashes = await tx.execute(sql`
      SELECT DISTINCT r.i FROM json_to_recordset(${json}::json) AS r(i int, building_id uuid, person_id uuid, start_date date)
      JOIN ${councilMemberships} a ON a.agency_id = ${agencyId} AND a.building_id = r.building_id AND a.person_id = r.person_id AND a.start_date = r.start_date
      JOIN ${councilMemberships} b ON b.agency_id = ${agencyId} AND b.building_id = a.building_id AND b.id <> a.id AND b.role = 'PRESIDENT'
      WHERE a.role = 'PRESIDENT'
        AND (a.end_date IS NULL OR a.end_date > current_date) AND (b.end_date IS NULL OR b.end_date > current_date)
        AND a.start_date < coalesce(b.end_date, 'infinity'::date) AND b.start_date < coalesce(a.end_date, 'infinity'::date)
      ORDER BY r.i`);
    for (const { i } of rowsOf<{ i: number }>(clashes)) {
      errors.add(`memberships[${i}].role`, 'PRESIDENT_ALREADY_SEATED', 'Another president of this building is seated over the same period');
    }
    errors.throwIfAny();
    return tallyUpserts(input.length, rowsOf<{ inserted: boolean }>(returned));
  });
}
