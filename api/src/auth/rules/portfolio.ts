import { eq, or } from 'drizzle-orm';
import { allocationKeys, buildings, councilMemberships, lots, lotShares, ownerships } from '../../db/schema';
import type { AgencyActor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { agencyScope, within } from '../scope-helpers';

export const portfolioRules = {
  'building.list': { description: 'List every building of the agency.', staff: true, integrator: 'portfolio:read' },
  'ownership.recordSale': {
    description: "Record a co-owner's sale (mutation): ends the ownership, may switch access off.",
    staff: true,
    integrator: 'portfolio:write',
  },
  'entity.upsert': {
    description: 'Upsert accounting entities (G001 gérance, S001 syndicates) by code, with their bank details (batch, mutation).',
    staff: true,
    integrator: 'portfolio:write',
  },
  'building.upsert': { description: 'Upsert buildings by code, with address and syndicate entity (batch, mutation).', staff: true, integrator: 'portfolio:write' },
  'allocationKey.upsert': { description: "Upsert a building's allocation keys by (building code, key code) (batch, mutation).", staff: true, integrator: 'portfolio:write' },
  'lot.upsert': {
    description: 'Upsert lots by code with their shares under the keys given; other keys keep theirs (batch, mutation).',
    staff: true,
    integrator: 'portfolio:write',
  },
  'ownership.upsert': {
    description: 'Load ownerships from a back-office (upsertOwnerships); an end date is a sale and runs its access automation.',
    staff: true,
    integrator: 'portfolio:write',
  },
  'council.upsert': { description: 'Load or elect council seats (upsertCouncilMemberships); one president at a time per building.', staff: true, integrator: 'portfolio:write' },
  'building.readManagerContact': {
    description:
      "Read the name, professional e-mail and phone of a building's manager in charge (or the agency's): the building's clients and staff. A manager's contact is professional; this does not open person.readContact.",
    client: true,
    staff: true,
    row: (actor: AgencyActor, building: { agencyId: string; id: string }) =>
      actor.kind === 'person' &&
      building.agencyId === actor.agencyId &&
      (actor.isStaff || actor.buildingIds.includes(building.id) || actor.councilBuildingIds.includes(building.id)),
  },
  'agency.readContact': {
    description:
      'Read the contact cards of one\'s buildings (managers in charge, else one\'s own agency: name, address, phone, e-mail); clients only while the agency enables "Contact agence".',
    client: true,
    staff: true,
    moduleSwitch: { setting: 'agencyContactEnabled', appliesTo: 'clients' },
    row: (actor: AgencyActor, agency: { id: string }) => actor.kind === 'person' && agency.id === actor.agencyId,
  },
  'lot.readShares': {
    description: 'Read a lot\'s tantièmes per key ("Mes biens"); clients only while the agency enables the module.',
    client: true,
    staff: true,
    integrator: 'portfolio:read',
    moduleSwitch: { setting: 'propertiesEnabled', appliesTo: 'clients' },
  },
  'syndicate.readBankDetails': {
    description: "Read a syndicate's IBAN/BIC: hidden from clients when the agency says so.",
    client: true,
    staff: true,
    integrator: 'portfolio:read',
    row: (actor: AgencyActor, syndicate: { hideBankDetails: boolean }) => actor.kind === 'integrator' || actor.isStaff || !syndicate.hideBankDetails,
  },
} satisfies RuleSet;

/** Buildings: for a person, buildings where they hold a lot, rent, own or sit on the council. */
export const buildingScope: RowScope = agencyScope(buildings.agencyId, 'portfolio:read', (p) => within(buildings.id, p.buildingIds));

/** Lots: a person sees the lots they co-own, own under mandate or rent; never their neighbours'. */
export const lotScope: RowScope = agencyScope(lots.agencyId, 'portfolio:read', (p) => within(lots.id, p.lotIds));

export const lotShareScope: RowScope = agencyScope(lotShares.agencyId, 'portfolio:read', (p) => within(lotShares.lotId, p.lotIds));

/** Allocation keys are the building's: visible with the building. */
export const allocationKeyScope: RowScope = agencyScope(allocationKeys.agencyId, 'portfolio:read', (p) => within(allocationKeys.buildingId, p.buildingIds));

/** Ownerships: a co-owner sees their own; the co-owner list is a council document, not this path. */
export const ownershipScope: RowScope = agencyScope(ownerships.agencyId, 'portfolio:read', (p) => eq(ownerships.personId, p.personId));

/** Council memberships: one's own, and the composition of the councils one sits on. */
export const councilScope: RowScope = agencyScope(councilMemberships.agencyId, 'portfolio:read', (p) =>
  or(eq(councilMemberships.personId, p.personId), within(councilMemberships.buildingId, p.councilBuildingIds)),
);
