import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { allocationKeys, buildings, councilMemberships, lots, lotShares, ownerships } from '../../db/schema';
import type { Actor, AgencyActor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, readsWholeAgency } from '../scope-helpers';

export const portfolioRules = {
  'building.list': { description: 'List every building of the agency.', staff: true, integrator: 'portfolio:read' },
  'ownership.recordSale': {
    description: 'Record a co-owner\'s sale (mutation): ends the ownership, may switch access off.',
    staff: true,
    integrator: 'portfolio:write',
  },
  'syndicate.readBankDetails': {
    description: 'Read a syndicate\'s IBAN/BIC: hidden from clients when the agency says so.',
    client: true,
    staff: true,
    integrator: 'portfolio:read',
    row: (actor: AgencyActor, syndicate: { hideBankDetails: boolean }) =>
      actor.kind === 'integrator' || actor.isStaff || !syndicate.hideBankDetails,
  },
} satisfies RuleSet;

/** `column IN (ids)`, or no row for an empty list (a relation the person does not have). */
function within(column: Parameters<typeof inArray>[0], ids: string[]): SQL {
  return ids.length ? inArray(column, ids) : denyAll;
}

/** Buildings: the agency for staff; for a person, buildings where they hold a lot, rent, own or sit on the council. */
export const buildingScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(buildings.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  if (actor.kind !== 'person') return denyAll;
  return and(agency, within(buildings.id, actor.buildingIds))!;
};

function personLotIds(actor: Actor): string[] | null {
  if (actor.kind !== 'person') return null;
  return [...new Set([...actor.coOwnedLotIds, ...actor.mandatedLotIds, ...actor.leasedLotIds])];
}

/** Lots: a person sees the lots they co-own, own under mandate or rent; never their neighbours'. */
export const lotScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(lots.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  const ids = personLotIds(actor);
  return ids ? and(agency, within(lots.id, ids))! : denyAll;
};

export const lotShareScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(lotShares.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  const ids = personLotIds(actor);
  return ids ? and(agency, within(lotShares.lotId, ids))! : denyAll;
};

/** Allocation keys are the building's: visible with the building. */
export const allocationKeyScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(allocationKeys.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  if (actor.kind !== 'person') return denyAll;
  return and(agency, within(allocationKeys.buildingId, actor.buildingIds))!;
};

/** Ownerships: a co-owner sees their own; the co-owner list is a council document, not this path. */
export const ownershipScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(ownerships.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  if (actor.kind !== 'person') return denyAll;
  return and(agency, eq(ownerships.personId, actor.personId))!;
};

/** Council memberships: one's own, and the composition of the councils one sits on. */
export const councilScope: RowScope = (actor: Actor) => {
  if (actor.kind === 'anonymous') return denyAll;
  const agency = eq(councilMemberships.agencyId, actor.agencyId);
  if (readsWholeAgency(actor, 'portfolio:read')) return agency;
  if (actor.kind !== 'person') return denyAll;
  return and(agency, or(eq(councilMemberships.personId, actor.personId), within(councilMemberships.buildingId, actor.councilBuildingIds)))!;
};
