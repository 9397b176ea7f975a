import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { entityIdsByCode, personIdsAmong } from '../../db/references';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { accounts, accountKind } from '../../db/schema';
import { assertBatch, assertCode, assertText, RowErrors, tallyUpserts, unknownReference, writerAgencyId, type ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { expectGlobalId } from '../../graphql/node';
import type { AccountInput } from '../ledger-import.types';

/**
 * Upserts accounts by (entity, number), one transaction and a fixed number of statements; every
 * bad row is reported and nothing is written then. The balance is never written here: it moves
 * only with the entries (ledger.service.ts).
 */
export async function upsertAccounts(ctx: Ctx, input: AccountInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'ledger.import');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('accounts', input.length);
  return ctx.db.transaction(async (tx) => {
    const errors = new RowErrors();
    const personIds = input.map((row, i) => (row.personId ? errors.check(() => expectGlobalId(row.personId!, 'Person', `accounts[${i}].personId`)) : null));
    const entityIds = await entityIdsByCode(
      tx,
      agencyId,
      input.map((row) => row.entityCode),
    );
    const known = await personIdsAmong(
      tx,
      agencyId,
      personIds.flatMap((id) => id ?? []),
    );
    const seen = new Set<string>();
    const rows = input.map((row, i) => {
      const field = (name: string) => `accounts[${i}].${name}`;
      const entityId = entityIds.get(row.entityCode);
      if (!entityId) unknownReference(errors, field('entityCode'), 'entity');
      const personId = personIds[i];
      if (personId && !known.has(personId)) unknownReference(errors, field('personId'), 'person');
      const number = errors.check(() => assertCode(field('number'), row.number));
      if (entityId && number !== undefined) {
        const key = `${entityId}|${number}`;
        if (seen.has(key)) errors.add(field('number'), 'DUPLICATE_IN_BATCH', 'The batch holds this account twice');
        seen.add(key);
      }
      return {
        entity_id: entityId,
        number,
        label: errors.check(() => assertText(field('label'), row.label)),
        kind: row.kind,
        person_id: personId ?? null,
        is_published: row.isPublished ?? null,
      };
    });
    errors.throwIfAny();
    const returned = await upsertFromSelect(tx, {
      table: accounts,
      values: [
        [accounts.agencyId, sql`${agencyId}::uuid`],
        [accounts.entityId, sql`r.entity_id`],
        [accounts.number, sql`r.number`],
        [accounts.label, sql`r.label`],
        [accounts.kind, sql`r.kind::${sql.identifier(accountKind.enumName)}`],
        [accounts.personId, sql`r.person_id`],
        // No publication flag given: an existing account keeps its own (publication is the
        // agency's act), a new one is published.
        [
          accounts.isPublished,
          sql`coalesce(r.is_published, (SELECT a.is_published FROM ${accounts} a WHERE a.agency_id = ${agencyId}::uuid AND a.entity_id = r.entity_id AND a.number = r.number), true)`,
        ],
      ],
      from: recordset(rows, 'r', { entity_id: 'uuid', number: 'text', label: 'text', kind: 'text', person_id: 'uuid', is_published: 'boolean' }),
      conflict: [accounts.agencyId, accounts.entityId, accounts.number],
      update: [accounts.label, accounts.kind, accounts.personId, accounts.isPublished],
    });
    return tallyUpserts(input.length, returned);
  });
}
