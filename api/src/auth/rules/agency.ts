import { sql, type SQL } from 'drizzle-orm';
import { agencyOffices, announcements } from '../../db/schema';
import type { Actor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, readsWholeAgency, rowScope, type Bound } from '../scope-helpers';

/**
 * The agency module: announcements ("Mes informations"), offices ("Bureaux") and the news feed ("Flux RSS"). Announcements' integrators reuse the documents scopes:
 * a resident app that mirrors the documents mirrors the news with them.
 */
export const agencyRules = {
  'announcement.list': {
    description: 'List and open the announcements meant for the actor ("Mes informations"); clients only while the agency enables the module, and only from their publication day.',
    client: true,
    staff: true,
    integrator: 'documents:read',
    moduleSwitch: { setting: 'announcementsEnabled', appliesTo: 'clients' },
  },
  'announcement.publish': {
    description: 'Publish an announcement for an audience (all clients, co-owners, owners, tenants), agency-wide or for one building, from a publication day.',
    staff: true,
    integrator: 'documents:write',
  },
  'announcement.delete': { description: 'Withdraw an announcement (managers).', staff: true, integrator: 'documents:write' },
  'agencyOffice.list': {
    description: 'List the agency\'s offices ("Bureaux", shown to clients in "Contacts agence" / "Contacts syndic"); clients only while the agency enables "Contact agence".',
    client: true,
    staff: true,
    integrator: 'portfolio:read',
    moduleSwitch: { setting: 'agencyContactEnabled', appliesTo: 'clients' },
  },
  'newsFeed.read': {
    description: 'Read the latest items of the agency\'s news feed ("Flux RSS", on the home page); clients only while the agency enables the module.',
    client: true,
    staff: true,
    moduleSwitch: { setting: 'newsFeedEnabled', appliesTo: 'clients' },
  },
  'newsFeed.manage': { description: 'Read and set the address of the agency\'s news feed ("Url du fil d\'actualité"): its managers.', staff: true },
  'agencyOffice.manage': { description: 'Create, change and delete the agency\'s offices ("Agence" → "Bureaux"): its managers.', staff: true },
} satisfies RuleSet;

/**
 * Offices: public details of the agency, so every signed-in person of the agency reads them while
 * "Contact agence" is on (managers and portfolio:read integrators always); nothing across agencies.
 */
export const agencyOfficeScope: RowScope = rowScope(
  (actor) => {
    if (actor.kind === 'anonymous') return 'none';
    if (readsWholeAgency(actor, 'portfolio:read')) return 'agency';
    return actor.kind === 'person' && actor.settings.agencyContactEnabled ? 'agency' : 'none';
  },
  (shape, p) => (shape === 'none' ? denyAll : sql`${agencyOffices.agencyId} = ${p.agencyId}`),
);

/** `building_id = any(list)` for a uuid[] list of the actor. */
const inList = (value: SQL, list: Bound): SQL => sql`${value} = any(${list}::uuid[])`;
/** The audience reaches the person: agency-wide while they hold the role anywhere, or in one of the role's buildings. */
function reaches(building: SQL, lists: Bound[]): SQL {
  const anywhere = sql.join(
    lists.map((list) => sql`cardinality(${list}::uuid[]) > 0`),
    sql` OR `,
  );
  const here = sql.join(
    lists.map((list) => inList(building, list)),
    sql` OR `,
  );
  return sql`((${building} IS NULL AND (${anywhere})) OR ${here})`;
}

function announcementsShape(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'none';
  if (readsWholeAgency(actor, 'documents:read') || (actor.kind === 'integrator' && actor.scopes.includes('documents:write'))) return 'agency';
  if (actor.kind !== 'person' || !actor.settings.announcementsEnabled) return 'none';
  return 'person';
}

/**
 * Announcements: managers and document integrators see every one of the agency, scheduled ones
 * included; a client those whose publication day has come and whose audience holds them — every
 * client (of the building, when it names one), co-owners and council members, owners under
 * mandate, tenants with a current lease. One predicate for node(id:), Viewer.announcements and
 * the managers' list.
 */
export const announcementScope: RowScope = rowScope(announcementsShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = sql`${announcements.agencyId} = ${p.agencyId}`;
  if (shape === 'agency') return agency;
  const building = sql`${announcements.buildingId}`;
  const audience = sql`${announcements.audience}`;
  return sql`${agency} AND ${announcements.publishOn} <= current_date AND (
    (${audience} = 'ALL_CLIENTS' AND (${building} IS NULL OR ${inList(building, p.buildingIds)}))
    OR (${audience} = 'COOWNERS' AND ${reaches(building, [p.coOwnedBuildingIds, p.councilBuildingIds])})
    OR (${audience} = 'OWNERS' AND ${reaches(building, [p.mandatedBuildingIds])})
    OR (${audience} = 'TENANTS' AND ${reaches(building, [p.leasedBuildingIds])}))`;
});
