import { and, asc, eq, sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { suppliers } from '../db/schema';
import { assertText, TEXT_LIMITS, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import { badInput, notFound } from '../graphql/errors';
import type { Row } from '../graphql/loaders';
import { expectGlobalId } from '../graphql/node';
import type { SupplierInput } from './ticket.types';

export type SupplierRow = Row<typeof suppliers>;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/[^\s<>"]+$/i;

/** The stored values of a supplier input: bounded texts, a well-formed e-mail, an http(s) website (it becomes a link on clients' page). */
function valuesOf(input: SupplierInput) {
  const optional = (field: 'email' | 'phone' | 'website', value: string | null | undefined) => {
    const text = value?.trim() ? assertText(field, value, TEXT_LIMITS.name) : null;
    if (text && field === 'email' && !EMAIL.test(text)) throw badInput(field, 'INVALID_EMAIL', 'A malformed e-mail address');
    if (text && field === 'website' && !WEBSITE.test(text)) throw badInput(field, 'INVALID_VALUE', 'An http(s) address');
    return text;
  };
  return {
    name: assertText('name', input.name, TEXT_LIMITS.name),
    trade: input.trade?.trim() ? assertText('trade', input.trade, TEXT_LIMITS.name) : '',
    email: optional('email', input.email),
    phone: optional('phone', input.phone),
    addressLine: input.addressLine?.trim() ? assertText('addressLine', input.addressLine) : '',
    website: optional('website', input.website),
    isPartner: input.isPartner ?? false,
  };
}

/** Adds a supplier to the agency. */
export async function createSupplier(ctx: Ctx, input: SupplierInput): Promise<SupplierRow> {
  assertCan(ctx.actor, 'supplier.manage');
  const [row] = await ctx.db
    .insert(suppliers)
    .values({ agencyId: writerAgencyId(ctx.actor), ...valuesOf(input) })
    .returning();
  return row;
}

/** Replaces a supplier's details (NOT_FOUND for another agency's). */
export async function updateSupplier(ctx: Ctx, supplierId: string, input: SupplierInput): Promise<SupplierRow> {
  assertCan(ctx.actor, 'supplier.manage');
  const supplier = await ctx.loaders.supplierById.load(expectGlobalId(supplierId, 'Supplier', 'supplierId'));
  if (!supplier) throw notFound('Supplier');
  const [row] = await ctx.db
    .update(suppliers)
    .set(valuesOf(input))
    .where(and(eq(suppliers.agencyId, supplier.agencyId), eq(suppliers.id, supplier.id)))
    .returning();
  return row;
}

/**
 * Suppliers by name, as a keyset page through the supplier scope: the agency's for managers
 * (`suppliers`), the partners for clients ("Nos partenaires", `onlyPartners`).
 */
export async function supplierPage(ctx: Ctx, args: PageArgs, onlyPartners: boolean): Promise<Page<SupplierRow>> {
  assertCan(ctx.actor, onlyPartners ? 'partner.list' : 'supplier.list');
  const { first, after } = pageWindow(args);
  if (after && !/^[0-9a-f-]{36}$/.test(after[1])) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const rows = await ctx.db
    .select()
    .from(suppliers)
    .where(
      and(
        scope.suppliers(ctx.actor),
        onlyPartners ? eq(suppliers.isPartner, true) : undefined,
        after ? sql`(${suppliers.name}, ${suppliers.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(suppliers.name), asc(suppliers.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.supplierById.prime(row.id, row);
  return toPage(rows, first, (row) => [row.name, row.id]);
}
