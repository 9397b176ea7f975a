import { sql } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { scopeValues } from '../auth/scope-helpers';
import { runCompiled } from '../db/compiled';
import { binders, documents } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { ph, rowReader, type Row } from '../graphql/loaders';
import { Space } from '../identity/identity.types';

export type BinderRow = Row<typeof binders>;
const BINDER = rowReader(binders);

/** The binder modules a space shows: syndic, gérance, or both (the manager's console, integrators). */
export function modulesOf(space: Space | null | undefined): ('GERANCE' | 'SYNDIC')[] {
  if (space === Space.SYNDIC) return ['SYNDIC'];
  if (space === Space.GERANCE) return ['GERANCE'];
  return ['GERANCE', 'SYNDIC'];
}

/** Whether the actor sees binders with no document for them: managers always (manual, "Documents"), clients per "Afficher les classeurs vides". */
function listsEmptyBinders(ctx: Ctx): boolean {
  return ctx.actor.kind === 'integrator' || (ctx.actor.kind === 'person' && (ctx.actor.isStaff || ctx.settings.showEmptyBinders));
}

/**
 * The binders of a space the actor may open, each with the number of documents visible to them,
 * in ONE statement whatever the number of binders and documents: the counts are one grouped
 * `count(*)` over the same document scope as every list (one pass over the viewer's candidate
 * documents, not one sub-select per binder: the benchmark's 200 000 documents made those 15× its
 * floor), and empty binders are left out in SQL unless the agency lists them. Primes the count loader for `Binder.documentCount`.
 */
export async function viewerBinders(ctx: Ctx, space: Space | null | undefined): Promise<BinderRow[]> {
  assertCan(ctx.actor, 'binder.list');
  const binderShape = scope.binders.shapeOf(ctx.actor);
  const documentShape = scope.documents.shapeOf(ctx.actor);
  const withEmpty = listsEmptyBinders(ctx);
  const rows = await runCompiled<Record<string, unknown>>(
    ctx.db,
    `viewerBinders|${binderShape}|${documentShape}|${withEmpty}`,
    () => sql`SELECT * FROM (
      SELECT ${BINDER.list}, coalesce(counted.n, 0)::int AS document_count_
      FROM ${binders} LEFT JOIN (
        SELECT ${documents.binderId} AS binder_id, count(*) AS n FROM ${documents} WHERE (${scope.documents.template(documentShape)}) GROUP BY ${documents.binderId}
      ) counted ON counted.binder_id = ${binders.id}
      WHERE (${scope.binders.template(binderShape)}) AND ${binders.module}::text = any(${ph('modules')}::text[])
    ) listed ${withEmpty ? sql`` : sql`WHERE document_count_ > 0`}
    ORDER BY lower(immutable_unaccent(name)), id`,
    { ...scopeValues(ctx.actor), modules: modulesOf(space) },
  );
  return rows.map((raw) => {
    const binder = BINDER.read(raw);
    ctx.loaders.documentCountOfBinder.prime(binder.id, Number(raw.document_count_));
    ctx.loaders.binderById.prime(binder.id, binder);
    return binder;
  });
}
