import type { PersonActor } from '../auth/actor';
import { assertCan, can } from '../auth/policy';
import type { Ctx } from '../graphql/context';
import { Space } from '../identity/identity.types';
import { ContactKind, type ContactCard } from './contact.types';
import type { BuildingWithManager } from './portfolio.loaders';

export type ContactCardRow = Omit<ContactCard, 'buildings'> & { buildings: BuildingWithManager[] };

/** The viewer's buildings in one space: lots held, owned under mandate or rented, council seats. */
async function buildingIdsOf(ctx: Ctx, actor: PersonActor, space: Space): Promise<string[]> {
  const lotIds = space === Space.SYNDIC ? actor.coOwnedLotIds : space === Space.GERANCE ? [...actor.mandatedLotIds, ...actor.leasedLotIds] : [];
  const lots = await ctx.loaders.lotById.loadMany([...new Set(lotIds)]);
  const ids = lots.flatMap((lot) => (lot && !(lot instanceof Error) ? [lot.buildingId] : []));
  if (space === Space.SYNDIC) ids.push(...actor.councilBuildingIds);
  return [...new Set(ids)];
}

/**
 * "Contacts syndic / agence" on a client's home: one card per manager in charge of the viewer's
 * buildings in that space, and the agency's card for buildings with no manager (or no building).
 */
export async function contactCards(ctx: Ctx, actor: PersonActor, space: Space): Promise<ContactCardRow[]> {
  const agencyRow = { id: actor.agencyId };
  assertCan(actor, 'agency.readContact', agencyRow);
  const [agency, buildingIds] = await Promise.all([ctx.loaders.ownAgency.load(actor.agencyId), buildingIdsOf(ctx, actor, space)]);
  if (!agency) return [];
  const buildings = (await ctx.loaders.buildingWithManager.loadMany(buildingIds)).flatMap((row) => (row && !(row instanceof Error) ? [row] : []));
  const cards = new Map<string, ContactCardRow>();
  const withoutManager: BuildingWithManager[] = [];
  for (const building of buildings) {
    const manager = building.manager;
    if (!manager || !can(actor, 'building.readManagerContact', building)) {
      withoutManager.push(building);
      continue;
    }
    const card = cards.get(manager.id) ?? {
      kind: ContactKind.MANAGER,
      name: manager.displayName,
      email: manager.emails[0] ?? null,
      phone: manager.phones[0] ?? null,
      agencyName: agency.name,
      agencyAddress: agency.address,
      buildings: [],
    };
    card.buildings.push(building);
    cards.set(manager.id, card);
  }
  const result = [...cards.values()];
  if (withoutManager.length || result.length === 0) {
    result.push({
      kind: ContactKind.AGENCY,
      name: agency.name,
      email: agency.email,
      phone: agency.phone,
      agencyName: agency.name,
      agencyAddress: agency.address,
      buildings: withoutManager,
    });
  }
  return result;
}
