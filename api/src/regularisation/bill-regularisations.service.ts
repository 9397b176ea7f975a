import { and, eq, inArray, sql } from 'drizzle-orm';
import { appendEntries, type NewLedgerEntry } from '../accounts/ledger.service';
import { assertCan, scope } from '../auth/policy';
import { chargeRegularisations, tenantRegularisations } from '../db/schema';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { conflict, notFound } from '../graphql/errors';
import { formatFrenchDate } from './french-format';
import { computeRecord, type RecordRow, type RegularisationRow } from './record-figures';
import { firstOfMonthAfter, recordIdsOf } from './record-selection';
import { instalmentParts } from './regularisation-computation';
import { today } from './create-regularisation.service';
import { publishStatements } from './statement.service';

/** The label of a regularisation's entries on the tenant's account, as on their statement. */
export function entryLabel(regularisation: RegularisationRow, part: number, parts: number): string {
  const period = `du ${formatFrenchDate(regularisation.periodStart)} au ${formatFrenchDate(regularisation.periodEnd)}`;
  return `Régularisation des charges ${period}${parts > 1 ? ` (${part}/${parts})` : ''}`;
}

/**
 * The entries of one record: its regularisation in `instalments` parts dated on the next rent
 * calls (the 1st of each following month), a debit when the tenant owes, a credit when they are
 * owed; none for a skipped record. Each entry's external id names the record and the part, so the
 * ledger itself refuses a second billing of the same record.
 */
function entriesOf(regularisation: RegularisationRow, record: RecordRow, billedOn: string): { amount: string; entries: NewLedgerEntry[] } {
  const result = computeRecord(regularisation, record);
  if (result.isSkipped) return { amount: '0.00', entries: [] };
  if (!record.accountId) throw conflict('NO_TENANT_ACCOUNT', "The tenant's lease has no account to bill");
  const accountId = record.accountId;
  const parts = instalmentParts(result.regularisation, result.instalments);
  const entries = parts.flatMap((part, i): NewLedgerEntry[] =>
    part.isZero()
      ? []
      : [
          {
            accountId,
            entryDate: firstOfMonthAfter(billedOn, i + 1),
            label: entryLabel(regularisation, i + 1, parts.length),
            ...(part.isPositive() ? { debit: part.toFixed(2) } : { credit: part.abs().toFixed(2) }),
            externalId: `REGUL-${record.id}-${i + 1}`,
          },
        ],
  );
  return { amount: result.regularisation.toFixed(2), entries };
}

/**
 * "Quittancer" (manual): the validated records of the selection go on their tenants' accounts as
 * ledger entries, in one transaction with the records' new status (balances and monthly totals
 * move with the entries). Idempotent: a record already billed is left as it is; a pending one
 * refuses the whole selection (REGULARISATION_NOT_VALIDATED), nothing written. The records are
 * locked (FOR UPDATE), so two billings at once cannot both bill one record. After commit, each
 * billed record's statement is published (statement.service.ts). Statements: a fixed
 * number whatever the selection's size (lock, one insert per 10 000 entries, totals, update).
 */
export async function billTenantRegularisations(ctx: Ctx, recordIds: readonly string[]): Promise<RecordRow[]> {
  assertCan(ctx.actor, 'regularisation.bill');
  const agencyId = writerAgencyId(ctx.actor);
  const ids = recordIdsOf(recordIds);
  const billedOn = today();
  const rows = await ctx.db.transaction(async (tx) => {
    const locked = await tx
      .select({ record: tenantRegularisations, regularisation: chargeRegularisations })
      .from(tenantRegularisations)
      .innerJoin(
        chargeRegularisations,
        and(eq(chargeRegularisations.agencyId, tenantRegularisations.agencyId), eq(chargeRegularisations.id, tenantRegularisations.regularisationId)),
      )
      .where(and(scope.tenantRegularisations(ctx.actor), inArray(tenantRegularisations.id, ids)))
      .for('update', { of: tenantRegularisations });
    if (locked.length !== ids.length) throw notFound('TenantRegularisation');
    if (locked.some(({ record }) => record.status === 'PENDING')) throw conflict('REGULARISATION_NOT_VALIDATED', 'Validate the records before billing them');
    const toBill = locked.filter(({ record }) => record.status === 'VALIDATED');
    const billed = toBill.map(({ regularisation, record }) => ({ id: record.id, ...entriesOf(regularisation, record, billedOn) }));
    await appendEntries(
      tx,
      agencyId,
      billed.flatMap((b) => b.entries),
    );
    const amounts = JSON.stringify(billed.map((b) => ({ id: b.id, amount: b.amount })));
    const updated = billed.length
      ? await tx
          .update(tenantRegularisations)
          .set({
            status: 'BILLED',
            billedOn,
            billedAmount: sql`(SELECT d.amount FROM json_to_recordset(${amounts}::json) AS d(id uuid, amount numeric) WHERE d.id = ${tenantRegularisations.id})`,
          })
          .where(
            and(
              eq(tenantRegularisations.agencyId, agencyId),
              inArray(
                tenantRegularisations.id,
                billed.map((b) => b.id),
              ),
            ),
          )
          .returning()
      : [];
    const byId = new Map([...locked.map(({ record }) => [record.id, record] as const), ...updated.map((row) => [row.id, row] as const)]);
    return ids.map((id) => byId.get(id)!);
  });
  for (const row of rows) ctx.loaders.tenantRegularisationById.clear(row.id).prime(row.id, row);
  // After commit: the entries stand whatever happens to the statements (a later call publishes the missing ones).
  return publishStatements(ctx, rows);
}
