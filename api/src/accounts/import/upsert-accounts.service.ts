import { and, eq, inArray, sql } from 'drizzle-orm';
import { accounts, persons } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { fromGlobalId } from '../../graphql/node';
import type { AccountInput } from '../ledger-import.types';
import { assertBatch, assertCode, assertText, entityIdsByCode, MAX_ROWS_PER_BATCH, tallyUpserts, writerAgency, type ImportResult } from './batch';

/** Upserts accounts by (entity, number), one transaction; a bad row names itself and writes nothing. */
export async function upsertAccounts(ctx: Ctx, input: AccountInput[]): Promise<ImportResult> {
  const agencyId = writerAgency(ctx);
  assertBatch('accounts', input.length, MAX_ROWS_PER_BATCH);
  return ctx.db.transaction(async (tx) => {
    const entityIds = await entityIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.entityCode),
    );
    const personIds = input.map((row, i) => (row.personId ? fromGlobalId(row.personId, `accounts[${i}].personId`) : null));
    personIds.forEach((p, i) => {
      if (p && p.type !== 'Person') throw badInput(`accounts[${i}].personId`, 'INVALID_ID', 'Expected a Person id');
    });
    const wanted = [...new Set(personIds.filter(Boolean).map((p) => p!.id))];
    const found = wanted.length
      ? await tx
          .select({ id: persons.id })
          .from(persons)
          .where(and(eq(persons.agencyId, agencyId), inArray(persons.id, wanted)))
      : [];
    const known = new Set(found.map((row) => row.id));
    const seen = new Set<string>();
    const values = input.map((row, i) => {
      const entityId = entityIds.get(row.entityCode);
      if (!entityId) throw badInput(`accounts[${i}].entityCode`, 'UNKNOWN_REFERENCE', `No entity ${row.entityCode}`);
      const personId = personIds[i]?.id ?? null;
      if (personId && !known.has(personId)) throw badInput(`accounts[${i}].personId`, 'UNKNOWN_REFERENCE', 'No such person');
      const key = `${entityId}|${row.number}`;
      if (seen.has(key)) throw badInput(`accounts[${i}].number`, 'DUPLICATE_IN_BATCH', 'The batch holds this account twice');
      seen.add(key);
      return {
        row: {
          agencyId,
          entityId,
          number: assertCode(`accounts[${i}].number`, row.number),
          label: assertText(`accounts[${i}].label`, row.label),
          kind: row.kind,
          personId,
          isPublished: row.isPublished ?? true,
        },
        // No publication flag given: an existing account keeps its own (publication is the agency's act).
        keepPublished: row.isPublished == null,
      };
    });
    const returned = [];
    for (const { row, keepPublished } of values) {
      const isPublished = sql`CASE WHEN ${keepPublished} THEN ${accounts.isPublished} ELSE excluded.is_published END`;
      const [result] = await tx
        .insert(accounts)
        .values(row)
        .onConflictDoUpdate({
          target: [accounts.agencyId, accounts.entityId, accounts.number],
          set: { label: sql`excluded.label`, kind: sql`excluded.kind`, personId: sql`excluded.person_id`, isPublished },
          setWhere: sql`(${accounts.label}, ${accounts.kind}, ${accounts.personId}, ${accounts.isPublished})
            IS DISTINCT FROM (excluded.label, excluded.kind, excluded.person_id, ${isPublished})`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      returned.push(result);
    }
    return tallyUpserts(input.length, returned);
  });
}
