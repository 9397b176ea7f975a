import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { isCurrentCouncilSeat, isCurrentLease } from '../../db/current';
import { councilMemberships, leases, persons } from '../../db/schema';
import type { Actor, AgencyActor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, hasScope, rowScope, within } from '../scope-helpers';

export const identityRules = {
  'viewer.read': { description: 'Read who is signed in (null when nobody).', anonymous: true, client: true, duringPasswordChange: true },
  'session.login': { description: 'Sign in with identifier and password.', anonymous: true, client: true, duringPasswordChange: true },
  'session.logout': { description: 'End the current session.', anonymous: true, client: true, duringPasswordChange: true },
  'password.change': { description: "Change one's own password.", client: true, duringPasswordChange: true },
  'password.requestReset': { description: 'Ask for a reset link by e-mail ("Mot de passe oublié").', anonymous: true, client: true },
  'password.reset': { description: 'Set a new password from a reset link.', anonymous: true, client: true },
  'password.checkResetLink': {
    description: 'Tell whether a reset link is still usable, without spending it; says nothing of whose it is.',
    anonymous: true,
    client: true,
    duringPasswordChange: true,
  },
  'person.updateOwnPreferences': { description: "Switch one's own new-document notifications.", client: true },
  'person.search': { description: 'Search every person of the agency (portfolio, identities).', staff: true, integrator: 'people:read' },
  'person.upsert': {
    description: "Upsert persons by the back-office's code (externalId): identity, address, e-mails, phones (batch, mutation).",
    staff: true,
    integrator: 'people:write',
  },
  'person.readExternalId': { description: "Read a person's back-office code (externalId): managers and integrators, never clients.", staff: true, integrator: 'people:read' },
  'person.readContact': {
    description: "Read a person's e-mails and phones: the person and managers only.",
    staff: true,
    client: true,
    row: (actor: AgencyActor, person: { agencyId: string; id: string }) =>
      actor.kind === 'person' && person.agencyId === actor.agencyId && (actor.isStaff || person.id === actor.personId),
  },
  'person.readAdministration': {
    description: "Read a person's roles and extranet access: the person and managers only.",
    staff: true,
    client: true,
    row: (actor: AgencyActor, person: { agencyId: string; id: string }) =>
      actor.kind === 'person' && person.agencyId === actor.agencyId && (actor.isStaff || person.id === actor.personId),
  },
  'access.enable': { description: "Switch a client's extranet access on (creates identifier and first password).", staff: true },
  'access.disable': { description: "Switch a client's extranet access off and end their sessions.", staff: true },
  'password.issueTemporary': {
    description: 'Issue a temporary password for a client ("Re-générer le mot de passe"), optionally e-mailed, with a printable letter.',
    staff: true,
  },
  'apiToken.manage': { description: 'Create, list and revoke integrator tokens.', staff: true },
  'collaborator.list': { description: "List the agency's managers (collaborators).", staff: true },
  'collaborator.add': { description: 'Add a manager to the agency, with a sign-in identifier and a first password valid once.', staff: true },
  'collaborator.remove': { description: "End another manager's staff membership (never one's own); their tokens are revoked.", staff: true },
  'agency.readSettings': { description: 'Read the agency\'s switches and choices ("Paramètres"): its managers.', staff: true },
  'agency.updateSettings': { description: "Change the agency's switches and choices: its managers; effective from the next request.", staff: true },
  'agency.readProfile': {
    description: 'Read an agency\'s legal profile (legal notice, "Mentions légales"): public information by law (LCEN art. 6, loi Hoguet).',
    anonymous: true,
    client: true,
    staff: true,
    duringPasswordChange: true,
  },
  'agency.updateProfile': { description: "Change the agency's legal profile (legal name, SIRET, professional card, guarantee, contact): its managers.", staff: true },
  'node.read': { description: 'Fetch any object by global id; rows are scoped.', client: true, staff: true, integrator: 'portfolio:read' },
} satisfies RuleSet;

/**
 * Persons: managers and `people:read` integrators see the agency; a person sees themself, the
 * current tenants of lots under their mandate (owner), and fellow members of their councils.
 */
export const personScope: RowScope = rowScope(
  (actor: Actor) => {
    if (actor.kind === 'anonymous') return 'none';
    if (actor.kind === 'integrator') return hasScope(actor, 'people:read') ? 'agency' : 'none';
    if (actor.isStaff) return 'agency';
    // The subqueries only when the person has such relations: four bounded shapes.
    return `person:${actor.mandatedLotIds.length ? 'tenants' : ''}:${actor.councilBuildingIds.length ? 'council' : ''}`;
  },
  (shape, p) => {
    if (shape === 'none') return denyAll;
    const agency = eq(persons.agencyId, p.agencyId);
    if (shape === 'agency') return agency;
    const reach = [eq(persons.id, p.personId)];
    if (shape.includes(':tenants')) {
      reach.push(
        inArray(
          persons.id,
          sql`(SELECT ${leases.tenantPersonId} FROM ${leases} WHERE ${leases.agencyId} = ${p.agencyId}
      AND ${within(leases.lotId, p.mandatedLotIds)} AND ${isCurrentLease})`,
        ),
      );
    }
    if (shape.endsWith(':council')) {
      reach.push(
        inArray(
          persons.id,
          sql`(SELECT ${councilMemberships.personId} FROM ${councilMemberships}
      WHERE ${councilMemberships.agencyId} = ${p.agencyId} AND ${within(councilMemberships.buildingId, p.councilBuildingIds)}
      AND ${isCurrentCouncilSeat})`,
        ),
      );
    }
    return and(agency, or(...reach))!;
  },
);

export type PersonRow = typeof persons.$inferSelect;
