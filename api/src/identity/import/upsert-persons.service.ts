import { sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { recordset, upsertFromSelect } from '../../db/recordset';
import { persons } from '../../db/schema';
import type { Ctx } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { assertBatch, assertText, optionalText, RowErrors, TEXT_LIMITS, tallyUpserts, writerAgencyId, type ImportResult } from '../../graphql/batch';
import { addressColumns } from './postal-address';
import type { PersonInput } from './person-import.types';

/**
 * An e-mail address by the HTML specification's "valid e-mail address" grammar (what browsers
 * check in <input type=email>), at most 254 characters (RFC 5321's path limit).
 */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
const MAX_EMAIL = 254;

export function assertEmail(field: string, value: string): string {
  const email = value.trim();
  if (email.length > MAX_EMAIL) throw badInput(field, 'TEXT_TOO_LONG', `At most ${MAX_EMAIL} characters`);
  if (!EMAIL.test(email)) throw badInput(field, 'INVALID_VALUE', 'Not an e-mail address');
  return email;
}

/** A phone is kept as the back-office writes it ("03 83 00 10 11", "+33 6 …"), but it must hold digits. */
export function assertPhone(field: string, value: string): string {
  const phone = assertText(field, value, TEXT_LIMITS.code);
  if (!/\d/.test(phone)) throw badInput(field, 'INVALID_VALUE', 'A phone number holds digits');
  return phone;
}

/**
 * Upserts persons by the back-office's code (`externalId`), in one transaction and a fixed number
 * of statements: identity, postal address, e-mails and phones. Roles come from relations (other
 * batches); access and notification preferences are kept. Every bad row is reported, then nothing
 * is written.
 */
export async function upsertPersons(ctx: Ctx, input: PersonInput[]): Promise<ImportResult> {
  assertCan(ctx.actor, 'person.upsert');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('persons', input.length);
  const errors = new RowErrors();
  const seen = new Set<string>();
  const rows = input.map((row, i) => {
    const field = (name: string) => `persons[${i}].${name}`;
    const externalId = errors.check(() => assertText(field('externalId'), row.externalId, TEXT_LIMITS.code));
    if (externalId !== undefined) {
      if (seen.has(externalId)) errors.add(field('externalId'), 'DUPLICATE_IN_BATCH', `The batch holds person ${externalId} twice`);
      seen.add(externalId);
    }
    return {
      external_id: externalId,
      civility: errors.check(() => optionalText(field('civility'), row.civility, TEXT_LIMITS.name)) ?? '',
      display_name: errors.check(() => assertText(field('displayName'), row.displayName, TEXT_LIMITS.name)),
      ...addressColumns(errors, field('postalAddress'), row.postalAddress),
      emails: (row.emails ?? []).map((email, j) => errors.check(() => assertEmail(`${field('emails')}[${j}]`, email))),
      phones: (row.phones ?? []).map((phone, j) => errors.check(() => assertPhone(`${field('phones')}[${j}]`, phone))),
    };
  });
  errors.throwIfAny();
  return ctx.db.transaction(async (tx) => {
    const returned = await upsertFromSelect(tx, {
      table: persons,
      values: [
        [persons.agencyId, sql`${agencyId}::uuid`],
        [persons.externalId, sql`r.external_id`],
        [persons.civility, sql`r.civility`],
        [persons.displayName, sql`r.display_name`],
        [persons.addressLine1, sql`r.line1`],
        [persons.addressLine2, sql`r.line2`],
        [persons.postalCode, sql`r.postal_code`],
        [persons.city, sql`r.city`],
        [persons.emails, sql`r.emails`],
        [persons.phones, sql`r.phones`],
      ],
      from: recordset(rows, 'r', {
        external_id: 'text',
        civility: 'text',
        display_name: 'text',
        line1: 'text',
        line2: 'text',
        postal_code: 'text',
        city: 'text',
        emails: 'text[]',
        phones: 'text[]',
      }),
      conflict: [persons.agencyId, persons.externalId],
      update: [persons.civility, persons.displayName, persons.addressLine1, persons.addressLine2, persons.postalCode, persons.city, persons.emails, persons.phones],
    });
    return tallyUpserts(input.length, returned);
  });
}
