import { and, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { anyOf } from '../auth/scope-helpers';
import * as t from '../db/schema';
import { assertBatch, writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { expectGlobalId } from '../graphql/node';
import { COUNCIL_BINDER, generateCoOwnerLists } from './co-owner-list.service';
import type { DocumentRow } from './document-list.service';

/** Buildings per call: each list is a PDF render (a worker thread), done before the answer. */
export const MAX_CO_OWNER_LIST_BUILDINGS = 200;

/**
 * "Générer la liste des copropriétaires" on a selection of buildings (manual: from the building
 * list, "Actions"): each syndic building's list generated now, replacing its previous one, and
 * the documents answered. Every id must be a syndic building of the writer's agency, else nothing
 * is generated (UNKNOWN_REFERENCE, INVALID_VALUE for a building without a syndicate).
 */
export async function regenerateCoOwnerLists(ctx: Ctx, buildingIds: string[]): Promise<DocumentRow[]> {
  assertCan(ctx.actor, 'document.generateCoOwnerList');
  const agencyId = writerAgencyId(ctx.actor);
  assertBatch('buildingIds', buildingIds.length, MAX_CO_OWNER_LIST_BUILDINGS);
  const ids = [...new Set(buildingIds.map((id, index) => expectGlobalId(id, 'Building', `buildingIds[${index}]`)))];
  const rows = await ctx.db
    .select({ id: t.buildings.id, syndicate: t.buildings.syndicateEntityId })
    .from(t.buildings)
    .where(and(eq(t.buildings.agencyId, agencyId), anyOf(t.buildings.id, ids)));
  if (rows.length !== ids.length) throw badInput('buildingIds', 'UNKNOWN_REFERENCE', 'A building of the selection is not in the agency');
  if (rows.some((row) => !row.syndicate)) throw badInput('buildingIds', 'INVALID_VALUE', 'A building of the selection has no syndicate (no co-owners to list)');
  const [council] = await ctx.db
    .select({ id: t.binders.id })
    .from(t.binders)
    .where(and(eq(t.binders.agencyId, agencyId), eq(t.binders.module, 'SYNDIC'), eq(t.binders.name, COUNCIL_BINDER)));
  if (!council) throw badInput('buildingIds', 'UNKNOWN_REFERENCE', `No "${COUNCIL_BINDER}" binder to file the lists in`);
  await generateCoOwnerLists({ db: ctx.db, files: ctx.files }, agencyId, ids);
  return ctx.db
    .select()
    .from(t.documents)
    .where(and(eq(t.documents.agencyId, agencyId), anyOf(t.documents.buildingId, ids), inArray(t.documents.generated, ['COOWNER_LIST'])));
}
