import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { rowsOf } from '../../db/client';
import { accountsByNumber, lotReferencesByCode, personIdsByExternalId, type AccountReference } from '../../db/references';
import { ownerships } from '../../db/schema';
import { assertBatch, type ImportResult, RowErrors, tallyUpserts, writerAgencyId } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { switchOffAfterRelationsEnd, type RelationEnd } from '../../identity/access-automation.service';
import { accountOf, checkNotBefore, codeOf, dateText, isNewlySet, optionalCodeOf, referenceOf } from './relation-batch';
import type { OwnershipInput } from './relation-inputs.types';

interface OwnershipRow {
  lot_id: string;
  person_id: string;
  account_id: string | null;
  start_date: string;
  end_date: string | null;
}

interface Upserted {
  id: string;
  person_id: string;
  account_id: string | null;
  end_date: string | Date | null;
  previous_end_date: string | Date | null;
  inserted: boolean;
}

/**
 * Upserts ownerships by (lot, person, start date), one transaction, every bad row reported and
 * nothing written then. A row is the ownership's state, except that an omitted account number
 * keeps the account already linked (a sale sent without it must not detach it). An end date newly set (or moved) is a sale: the same automation as
 * recordSale, for all sales of the batch at once. Statements: three look-ups, one upsert, at most
 * three for the automation, whatever the batch size.
 */
export async function upsertOwnerships(ctx: Ctx, input: OwnershipInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'ownership.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('ownerships', input.length);
  return ctx.db.transaction(async (tx) => {
    const errors = new RowErrors();
    const parsed = input.map((row, i) => ({
      lotCode: codeOf(errors, `ownerships[${i}].lotCode`, row.lotCode),
      personExternalId: codeOf(errors, `ownerships[${i}].personExternalId`, row.personExternalId),
      accountNumber: optionalCodeOf(errors, `ownerships[${i}].accountNumber`, row.accountNumber),
    }));
    const lotsByCode = await lotReferencesByCode(
      tx,
      agencyId,
      parsed.flatMap((row) => row.lotCode ?? []),
    );
    const personIds = await personIdsByExternalId(
      tx,
      agencyId,
      parsed.flatMap((row) => row.personExternalId ?? []),
    );
    const syndicates = [...lotsByCode.values()].flatMap((lot) => lot.syndicateEntityId ?? []);
    const accountNumbers = parsed.flatMap((row) => row.accountNumber ?? []);
    const accounts = accountNumbers.length ? await accountsByNumber(tx, agencyId, syndicates, accountNumbers) : new Map<string, AccountReference>();

    const seen = new Set<string>();
    const rows: OwnershipRow[] = [];
    input.forEach((row, i) => {
      const { lotCode, personExternalId, accountNumber } = parsed[i];
      const lot = referenceOf(errors, `ownerships[${i}].lotCode`, lotCode, lotsByCode, 'lot');
      const personId = referenceOf(errors, `ownerships[${i}].personExternalId`, personExternalId, personIds, 'person');
      checkNotBefore(errors, `ownerships[${i}].endDate`, row.startDate, row.endDate);
      let accountId: string | null = null;
      if (accountNumber && lot) accountId = accountOf(errors, `ownerships[${i}].accountNumber`, accounts.get(`${lot.syndicateEntityId}|${accountNumber}`), personId);
      if (!lot || !personId) return;
      const key = `${lot.id}|${personId}|${row.startDate}`;
      if (seen.has(key)) errors.add(`ownerships[${i}].lotCode`, 'DUPLICATE_IN_BATCH', 'The batch holds this ownership (lot, person, start date) twice');
      seen.add(key);
      rows.push({ lot_id: lot.id, person_id: personId, account_id: accountId, start_date: row.startDate, end_date: row.endDate ?? null });
    });
    errors.throwIfAny();

    // The CTE `previous` reads the rows as they were before this statement (one snapshot for the
    // whole statement), so the sale test below sees the end date the batch replaces.
    const result = await tx.execute(sql`
      WITH input AS (
        SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
          AS r(lot_id uuid, person_id uuid, account_id uuid, start_date date, end_date date)
      ),
      previous AS (
        SELECT o.id, o.end_date FROM ${ownerships} o
        JOIN input USING (lot_id, person_id, start_date) WHERE o.agency_id = ${agencyId}
      ),
      upserted AS (
        INSERT INTO ${ownerships} (agency_id, lot_id, person_id, account_id, start_date, end_date)
        SELECT ${agencyId}, lot_id, person_id, account_id, start_date, end_date FROM input
        ON CONFLICT (agency_id, lot_id, person_id, start_date) DO UPDATE
          SET account_id = coalesce(excluded.account_id, ${ownerships.accountId}), end_date = excluded.end_date
          WHERE (${ownerships.accountId}, ${ownerships.endDate}) IS DISTINCT FROM (coalesce(excluded.account_id, ${ownerships.accountId}), excluded.end_date)
        RETURNING id, person_id, account_id, end_date, (xmax = 0) AS inserted
      )
      SELECT upserted.*, previous.end_date AS previous_end_date FROM upserted LEFT JOIN previous USING (id)`);
    const upserted = rowsOf<Upserted>(result);

    if (ctx.settings.disableAccessOnSale) {
      const sales: RelationEnd[] = upserted
        .filter((row) => isNewlySet(row.end_date, row.previous_end_date))
        .map((row) => ({ personId: row.person_id, accountId: row.account_id, date: dateText(row.end_date!), ownershipId: row.id }));
      await switchOffAfterRelationsEnd(tx, agencyId, sales);
    }
    return tallyUpserts(input.length, upserted);
  });
}
