import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { rowsOf } from '../../db/client';
import { lotIdsByCode, personIdsByExternalId } from '../../db/references';
import { managementMandates, mandateLots } from '../../db/schema';
import { assertBatch, type ImportResult, RowErrors, writerAgencyId } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { accountOf, checkNotBefore, codeOf, optionalCodeOf, referenceOf } from '../../portfolio/import/relation-batch';
import { geranceAccountsByNumber } from './gerance-accounts';
import type { ManagementMandateInput } from './leasing-inputs.types';

/**
 * Upserts management mandates by code, one transaction (an omitted account number keeps the
 * account already linked); the lots given replace the mandate's
 * lots (a mandate whose only change is its lots counts as updated). Statements: four look-ups,
 * one upsert, one lot replacement, whatever the batch size.
 */
export async function upsertManagementMandates(ctx: Ctx, input: ManagementMandateInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'mandate.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('mandates', input.length);
  return ctx.db.transaction(async (tx) => {
    const errors = new RowErrors();
    const parsed = input.map((row, i) => ({
      code: codeOf(errors, `mandates[${i}].code`, row.code),
      ownerExternalId: codeOf(errors, `mandates[${i}].ownerExternalId`, row.ownerExternalId),
      accountNumber: optionalCodeOf(errors, `mandates[${i}].accountNumber`, row.accountNumber),
      lotCodes: row.lotCodes.map((lotCode, j) => codeOf(errors, `mandates[${i}].lotCodes[${j}]`, lotCode)),
    }));
    const personIds = await personIdsByExternalId(
      tx,
      agencyId,
      parsed.flatMap((row) => row.ownerExternalId ?? []),
    );
    const lotIds = await lotIdsByCode(
      tx,
      agencyId,
      parsed.flatMap((row) => row.lotCodes.flatMap((code) => code ?? [])),
    );
    const accounts = await geranceAccountsByNumber(
      tx,
      agencyId,
      parsed.flatMap((row) => row.accountNumber ?? []),
    );

    const seen = new Set<string>();
    const mandates: { code: string; owner_person_id: string; account_id: string | null; start_date: string; end_date: string | null }[] = [];
    const links: { code: string; lot_id: string }[] = [];
    input.forEach((row, i) => {
      const { code, ownerExternalId, accountNumber } = parsed[i];
      const ownerId = referenceOf(errors, `mandates[${i}].ownerExternalId`, ownerExternalId, personIds, 'person');
      checkNotBefore(errors, `mandates[${i}].endDate`, row.startDate, row.endDate);
      const accountId = accountNumber ? accountOf(errors, `mandates[${i}].accountNumber`, accounts.get(accountNumber), ownerId) : null;
      const lotsOfRow = new Set<string>();
      parsed[i].lotCodes.forEach((lotCode, j) => {
        const lotId = referenceOf(errors, `mandates[${i}].lotCodes[${j}]`, lotCode, lotIds, 'lot');
        if (!lotId) return;
        if (lotsOfRow.has(lotId)) return errors.add(`mandates[${i}].lotCodes[${j}]`, 'DUPLICATE_IN_BATCH', 'The mandate lists this lot twice');
        lotsOfRow.add(lotId);
      });
      if (!code || !ownerId) return;
      if (seen.has(code)) errors.add(`mandates[${i}].code`, 'DUPLICATE_IN_BATCH', 'The batch holds this mandate twice');
      seen.add(code);
      mandates.push({ code, owner_person_id: ownerId, account_id: accountId, start_date: row.startDate, end_date: row.endDate ?? null });
      for (const lotId of lotsOfRow) links.push({ code, lot_id: lotId });
    });
    errors.throwIfAny();

    const upserted = await tx.execute(sql`
      INSERT INTO ${managementMandates} (agency_id, code, owner_person_id, account_id, start_date, end_date)
      SELECT ${agencyId}, code, owner_person_id, account_id, start_date, end_date
      FROM json_to_recordset(${JSON.stringify(mandates)}::json) AS r(code text, owner_person_id uuid, account_id uuid, start_date date, end_date date)
      ON CONFLICT (agency_id, code) DO UPDATE
        SET owner_person_id = excluded.owner_person_id, account_id = coalesce(excluded.account_id, ${managementMandates.accountId}), start_date = excluded.start_date, end_date = excluded.end_date
        WHERE (${managementMandates.ownerPersonId}, ${managementMandates.accountId}, ${managementMandates.startDate}, ${managementMandates.endDate})
          IS DISTINCT FROM (excluded.owner_person_id, coalesce(excluded.account_id, ${managementMandates.accountId}), excluded.start_date, excluded.end_date)
      RETURNING code, (xmax = 0) AS inserted`);

    // The batch's mandates (just written, so visible here) and the lots wanted under each: what is
    // not wanted goes, what is missing comes; both report the mandate they changed.
    const relinked = await tx.execute(sql`
      WITH batch AS (
        SELECT m.id, m.code FROM ${managementMandates} m WHERE m.agency_id = ${agencyId} AND m.code = ANY(${sql.param([...seen])}::text[])
      ),
      wanted AS (
        SELECT batch.id AS mandate_id, w.lot_id FROM json_to_recordset(${JSON.stringify(links)}::json) AS w(code text, lot_id uuid) JOIN batch USING (code)
      ),
      removed AS (
        DELETE FROM ${mandateLots} ml USING batch
        WHERE ml.agency_id = ${agencyId} AND ml.mandate_id = batch.id
          AND NOT EXISTS (SELECT 1 FROM wanted WHERE wanted.mandate_id = ml.mandate_id AND wanted.lot_id = ml.lot_id)
        RETURNING ml.mandate_id
      ),
      added AS (
        INSERT INTO ${mandateLots} (agency_id, mandate_id, lot_id) SELECT ${agencyId}, mandate_id, lot_id FROM wanted
        ON CONFLICT DO NOTHING RETURNING mandate_id
      )
      SELECT DISTINCT batch.code FROM batch JOIN (SELECT mandate_id FROM removed UNION ALL SELECT mandate_id FROM added) changed ON changed.mandate_id = batch.id`);

    const outcome = new Map<string, 'created' | 'updated'>();
    for (const row of rowsOf<{ code: string; inserted: boolean }>(upserted)) outcome.set(row.code, row.inserted ? 'created' : 'updated');
    for (const row of rowsOf<{ code: string }>(relinked)) if (!outcome.has(row.code)) outcome.set(row.code, 'updated');
    const created = [...outcome.values()].filter((value) => value === 'created').length;
    const updated = outcome.size - created;
    return { received: input.length, created, updated, unchanged: input.length - created - updated };
  });
}
