import { sql, type SQL } from 'drizzle-orm';
import { photos } from '../../db/schema';
import type { Actor } from '../actor';
import type { RowScope, RuleSet } from '../rule';
import { denyAll, readsWholeAgency, rowScope, type Bound } from '../scope-helpers';

const clientsWhileOn = { setting: 'photosEnabled', appliesTo: 'clients' } as const;

/** Photos per building (manual: "Mes photos"), part of the documents module. */
export const photoRules = {
  'photo.list': {
    description: 'List and open the photos of the buildings the actor belongs to ("Mes photos"); clients only while the agency enables the module.',
    client: true,
    staff: true,
    integrator: 'documents:read',
    moduleSwitch: clientsWhileOn,
  },
  'photo.download': {
    description: 'Download a photo or its thumbnail; the photo is scoped exactly like photo.list.',
    client: true,
    staff: true,
    integrator: 'documents:read',
    moduleSwitch: clientsWhileOn,
  },
  'photo.publish': {
    description: 'Publish a photo of a building (inline or from a staged upload); its thumbnail is made on upload.',
    staff: true,
    integrator: 'documents:write',
  },
  'photo.delete': { description: 'Delete a selection of photos and, when no other photo shares them, their files.', staff: true, integrator: 'documents:write' },
} satisfies RuleSet;

const inList = (value: SQL, list: Bound): SQL => sql`${value} = any(${list}::uuid[])`;

/**
 * The shape for an actor: the whole agency for managers and integrators holding documents:read or
 * documents:write (a writer names photos to delete them); for a client, while "Mes photos" is on,
 * the syndic part ("Photos métier syndic"), the gérance part ("Photos métier gestion"), or both.
 */
function photosShape(actor: Actor): string {
  if (actor.kind === 'anonymous') return 'none';
  if (readsWholeAgency(actor, 'documents:read') || (actor.kind === 'integrator' && actor.scopes.includes('documents:write'))) return 'agency';
  if (actor.kind !== 'person' || !actor.settings.photosEnabled) return 'none';
  const parts = [actor.settings.photosForSyndic ? 'syndic' : '', actor.settings.photosForGerance ? 'gerance' : ''].filter(Boolean);
  return parts.length ? `person:${parts.join('+')}` : 'none';
}

/**
 * Photos: managers and document integrators see every photo of the agency; a client those of a
 * building where they are a co-owner or council member (syndic part), or where they own a lot
 * under mandate or rent one (gérance part): the same building lists as the documents scope's
 * generic documents. One predicate for node(id:), Building.photos, Viewer.photos and downloads.
 */
export const photoScope: RowScope = rowScope(photosShape, (shape, p) => {
  if (shape === 'none') return denyAll;
  const agency = sql`${photos.agencyId} = ${p.agencyId}`;
  if (shape === 'agency') return agency;
  const building = sql`${photos.buildingId}`;
  const branches: SQL[] = [];
  if (shape.includes('syndic')) branches.push(sql`${inList(building, p.coOwnedBuildingIds)} OR ${inList(building, p.councilBuildingIds)}`);
  if (shape.includes('gerance')) branches.push(sql`${inList(building, p.mandatedBuildingIds)} OR ${inList(building, p.leasedBuildingIds)}`);
  return sql`${agency} AND (${sql.join(branches, sql` OR `)})`;
});
