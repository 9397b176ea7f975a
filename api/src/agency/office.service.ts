import { and, asc, eq, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { agencyOffices } from '../db/schema';
import { assertText, optionalText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import { badInput, notFound } from '../graphql/errors';
import type { Row } from '../graphql/loaders';
import { expectGlobalId } from '../graphql/node';
import { isPlausibleEmail, isValidSiret, normalizeApeCode } from '../identity/agency-profile';
import type { AgencyOfficeInput } from './office.types';

export type AgencyOfficeRow = Row<typeof agencyOffices>;
type OfficeValues = Omit<typeof agencyOffices.$inferInsert, 'agencyId' | 'id' | 'createdAt'>;

/** The columns of an office, validated with the agency profile's rules (SIRET Luhn, code APE, e-mail). */
function officeValues(input: AgencyOfficeInput): OfficeValues {
  const siret = optionalText('siret', input.siret, TEXT_LIMITS.code)?.replace(/\s/g, '') ?? '';
  if (siret && !isValidSiret(siret)) throw badInput('siret', 'INVALID_SIRET', 'A SIRET is 14 digits passing the Luhn check');
  const ape = optionalText('apeCode', input.apeCode, TEXT_LIMITS.code);
  const apeCode = ape ? normalizeApeCode(ape) : '';
  if (apeCode === null) throw badInput('apeCode', 'INVALID_VALUE', 'A code APE is 4 digits and a letter (68.32A)');
  const email = optionalText('email', input.email, TEXT_LIMITS.name) ?? '';
  if (email && !isPlausibleEmail(email)) throw badInput('email', 'INVALID_EMAIL', 'A malformed e-mail address');
  const phone = optionalText('phone', input.phone, TEXT_LIMITS.code) ?? '';
  if (phone && !/\d/.test(phone)) throw badInput('phone', 'INVALID_VALUE', 'A phone number has digits');
  return {
    name: assertText('name', input.name, TEXT_LIMITS.name),
    address: optionalText('address', input.address) ?? '',
    phone,
    email,
    openingHours: optionalText('openingHours', input.openingHours) ?? '',
    legalForm: optionalText('legalForm', input.legalForm) ?? '',
    siret,
    apeCode,
  };
}

/** The agency's offices by name, as a keyset page (one statement), scoped like node(id:). */
export async function officePage(ctx: Ctx, args: PageArgs): Promise<Page<AgencyOfficeRow>> {
  assertCan(ctx.actor, 'agencyOffice.list');
  const { first, after } = pageWindow(args);
  if (after && !/^[0-9a-f-]{36}$/.test(after[1])) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const rows = await ctx.db
    .select()
    .from(agencyOffices)
    .where(and(scope.agencyOffices(ctx.actor), after ? sql`(${agencyOffices.name}, ${agencyOffices.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined))
    .orderBy(asc(agencyOffices.name), asc(agencyOffices.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.agencyOfficeById.prime(row.id, row);
  return toPage(rows, first, (row) => [row.name, row.id]);
}

/** Adds an office to the manager's agency ("Agence" → "Bureaux"). */
export async function createAgencyOffice(ctx: Ctx, input: AgencyOfficeInput): Promise<AgencyOfficeRow> {
  assertCan(ctx.actor, 'agencyOffice.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const [row] = await ctx.db
    .insert(agencyOffices)
    .values({ agencyId, ...officeValues(input) })
    .returning();
  return row;
}

/** Replaces an office's details; NOT_FOUND for an id outside the manager's agency. */
export async function updateAgencyOffice(ctx: Ctx, officeId: string, input: AgencyOfficeInput): Promise<AgencyOfficeRow> {
  assertCan(ctx.actor, 'agencyOffice.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const id = expectGlobalId(officeId, 'AgencyOffice', 'officeId');
  const values = officeValues(input);
  const [row] = await ctx.db
    .update(agencyOffices)
    .set(values)
    .where(and(eq(agencyOffices.agencyId, agencyId), eq(agencyOffices.id, id)))
    .returning();
  if (!row) throw notFound('AgencyOffice');
  return row;
}

/** Deletes an office; NOT_FOUND for an id outside the manager's agency. */
export async function deleteAgencyOffice(ctx: Ctx, officeId: string): Promise<boolean> {
  assertCan(ctx.actor, 'agencyOffice.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const id = expectGlobalId(officeId, 'AgencyOffice', 'officeId');
  const deleted = await ctx.db
    .delete(agencyOffices)
    .where(and(eq(agencyOffices.agencyId, agencyId), eq(agencyOffices.id, id)))
    .returning({ id: agencyOffices.id });
  if (!deleted.length) throw notFound('AgencyOffice');
  return true;
}
