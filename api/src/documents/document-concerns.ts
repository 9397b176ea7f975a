import type { Ctx } from '../graphql/context';
import type { DocumentRow } from './document-list.service';

/**
 * The manual's "Concerne" column, in words ("Bâtiment GILBERT, 4, rue Gilbert 54000 NANCY",
 * "YALOXE CORTON Denise, compte 450ALOXECO"), from the caller's scoped loaders: batched across a
 * list, and nothing the caller may not read (an integrator without people:read gets the kind only).
 */
export async function concernsOf(ctx: Ctx, document: DocumentRow): Promise<string> {
  if (document.agencyWide) return document.agencyWide === 'COUNCILS' ? 'Tous les conseils syndicaux' : 'Tous les copropriétaires';
  if (document.buildingId) {
    const building = await ctx.loaders.buildingById.load(document.buildingId);
    return building ? `Bâtiment ${building.name}, ${[building.addressLine1, `${building.postalCode} ${building.city}`.trim()].filter(Boolean).join(' ')}` : 'Bâtiment';
  }
  if (document.accountId) {
    const account = await ctx.loaders.accountById.load(document.accountId);
    const holder = account?.personId ? await ctx.loaders.personById.load(account.personId) : null;
    return account ? `${holder?.displayName ?? account.label}, compte ${account.number}` : 'Compte';
  }
  if (document.leaseId) {
    const lease = await ctx.loaders.leaseById.load(document.leaseId);
    const [tenant, lot] = lease ? await Promise.all([ctx.loaders.personById.load(lease.tenantPersonId), ctx.loaders.lotById.load(lease.lotId)]) : [null, null];
    return lease ? `Bail de ${tenant?.displayName ?? '?'}${lot ? `, lot ${lot.code}` : ''}` : 'Bail';
  }
  if (document.lotId) {
    const lot = await ctx.loaders.lotById.load(document.lotId);
    return lot ? `Lot ${lot.code} (${lot.type})` : 'Lot';
  }
  const person = document.personId ? await ctx.loaders.personById.load(document.personId) : null;
  return person?.displayName ?? 'Tiers';
}
