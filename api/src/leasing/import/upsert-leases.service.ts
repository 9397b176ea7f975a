import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { rowsOf } from '../../db/client';
import { lotIdsByCode, personIdsByExternalId } from '../../db/references';
import { leases } from '../../db/schema';
import { assertBatch, type ImportResult, RowErrors, tallyUpserts, writerAgencyId } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { switchOffAfterRelationsEnd, type RelationEnd } from '../../identity/access-automation.service';
import { accountOf, checkNotBefore, codeOf, dateText, isNewlySet, optionalCodeOf, referenceOf } from '../../portfolio/import/relation-batch';
import { geranceAccountsByNumber } from './gerance-accounts';
import type { LeaseInput } from './leasing-inputs.types';

interface Upserted {
  id: string;
  tenant_person_id: string;
  account_id: string | null;
  notice_date: string | Date | null;
  departure_date: string | Date | null;
  previous_notice_date: string | Date | null;
  previous_departure_date: string | Date | null;
  inserted: boolean;
}

/**
 * Upserts leases by externalId, one transaction; an omitted account number keeps the account
 * already linked. A notice or a departure newly set (or moved)
 * runs the automation of recordLeaseNotice / recordLeaseDeparture per the agency settings, for the
 * whole batch at once. Statements: four look-ups, one upsert, at most three for the automation.
 */
export async function upsertLeases(ctx: Ctx, input: LeaseInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'lease.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('leases', input.length);
  return ctx.db.transaction(async (tx) => {
    const errors = new RowErrors();
    const parsed = input.map((row, i) => ({
      externalId: codeOf(errors, `leases[${i}].externalId`, row.externalId),
      lotCode: codeOf(errors, `leases[${i}].lotCode`, row.lotCode),
      tenantExternalId: codeOf(errors, `leases[${i}].tenantExternalId`, row.tenantExternalId),
      accountNumber: optionalCodeOf(errors, `leases[${i}].accountNumber`, row.accountNumber),
    }));
    const lotIds = await lotIdsByCode(
      tx,
      agencyId,
      parsed.flatMap((row) => row.lotCode ?? []),
    );
    const personIds = await personIdsByExternalId(
      tx,
      agencyId,
      parsed.flatMap((row) => row.tenantExternalId ?? []),
    );
    const accounts = await geranceAccountsByNumber(
      tx,
      agencyId,
      parsed.flatMap((row) => row.accountNumber ?? []),
    );

    const seen = new Set<string>();
    const rows = input.flatMap((row, i) => {
      const { externalId, lotCode, tenantExternalId, accountNumber } = parsed[i];
      const lotId = referenceOf(errors, `leases[${i}].lotCode`, lotCode, lotIds, 'lot');
      const tenantId = referenceOf(errors, `leases[${i}].tenantExternalId`, tenantExternalId, personIds, 'person');
      checkNotBefore(errors, `leases[${i}].noticeDate`, row.startDate, row.noticeDate);
      checkNotBefore(errors, `leases[${i}].departureDate`, row.startDate, row.departureDate);
      // A notice is given before leaving: one dated after the departure is a typing error.
      if (row.noticeDate && row.departureDate && row.departureDate >= row.startDate && row.noticeDate > row.departureDate) {
        errors.add(`leases[${i}].noticeDate`, 'INVALID_RANGE', 'The notice is dated after the departure');
      }
      const accountId = accountNumber ? accountOf(errors, `leases[${i}].accountNumber`, accounts.get(accountNumber), tenantId) : null;
      if (!externalId || !lotId || !tenantId) return [];
      if (seen.has(externalId)) errors.add(`leases[${i}].externalId`, 'DUPLICATE_IN_BATCH', 'The batch holds this lease twice');
      seen.add(externalId);
      return [
        {
          external_id: externalId,
          lot_id: lotId,
          tenant_person_id: tenantId,
          account_id: accountId,
          start_date: row.startDate,
          notice_date: row.noticeDate ?? null,
          departure_date: row.departureDate ?? null,
        },
      ];
    });
    errors.throwIfAny();

    // `previous` reads the leases as they were before this statement (one snapshot), so the
    // automation below runs only for a notice or departure this batch sets.
    const result = await tx.execute(sql`
      WITH input AS (
        SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
          AS r(external_id text, lot_id uuid, tenant_person_id uuid, account_id uuid, start_date date, notice_date date, departure_date date)
      ),
      previous AS (
        SELECT l.id, l.notice_date, l.departure_date FROM ${leases} l JOIN input USING (external_id) WHERE l.agency_id = ${agencyId}
      ),
      upserted AS (
        INSERT INTO ${leases} (agency_id, external_id, lot_id, tenant_person_id, account_id, start_date, notice_date, departure_date)
        SELECT ${agencyId}, external_id, lot_id, tenant_person_id, account_id, start_date, notice_date, departure_date FROM input
        ON CONFLICT (agency_id, external_id) DO UPDATE
          SET lot_id = excluded.lot_id, tenant_person_id = excluded.tenant_person_id, account_id = coalesce(excluded.account_id, ${leases.accountId}),
              start_date = excluded.start_date, notice_date = excluded.notice_date, departure_date = excluded.departure_date
          WHERE (${leases.lotId}, ${leases.tenantPersonId}, ${leases.accountId}, ${leases.startDate}, ${leases.noticeDate}, ${leases.departureDate})
            IS DISTINCT FROM (excluded.lot_id, excluded.tenant_person_id, coalesce(excluded.account_id, ${leases.accountId}), excluded.start_date, excluded.notice_date, excluded.departure_date)
        RETURNING id, tenant_person_id, account_id, notice_date, departure_date, (xmax = 0) AS inserted
      )
      SELECT upserted.*, previous.notice_date AS previous_notice_date, previous.departure_date AS previous_departure_date
      FROM upserted LEFT JOIN previous USING (id)`);
    const upserted = rowsOf<Upserted>(result);

    const ends: RelationEnd[] = [];
    for (const row of upserted) {
      const end = (date: string | Date) => ({ personId: row.tenant_person_id, accountId: row.account_id, date: dateText(date), leaseId: row.id });
      if (isNewlySet(row.departure_date, row.previous_departure_date) && ctx.settings.disableAccessOnDeparture) ends.push(end(row.departure_date));
      else if (isNewlySet(row.notice_date, row.previous_notice_date) && ctx.settings.disableAccessOnNotice) ends.push(end(row.notice_date));
    }
    await switchOffAfterRelationsEnd(tx, agencyId, ends);
    return tallyUpserts(input.length, upserted);
  });
}
