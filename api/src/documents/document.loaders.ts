import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { scope } from '../auth/policy';
import { anyOf, scopeValues } from '../auth/scope-helpers';
import type { Db } from '../db/client';
import { runCompiled } from '../db/compiled';
import { binders, documents } from '../db/schema';
import { byId, childPages, ph, RowPool } from '../graphql/loaders';

/** Binders and documents, each through its row scope; counts of visible documents per binder in one statement. */
export function documentLoaders(db: Db, actor: Actor) {
  // A document read in a binder's page answers a later `documentById` (node, Document.binder's page) without a statement.
  const documentPool = new RowPool<typeof documents.$inferSelect>();
  return {
    binderById: byId(db, actor, binders, scope.binders),
    documentById: byId(db, actor, documents, scope.documents, documentPool),
    /** `Binder.documents(first, after)`: a page per binder, newest first, for every binder of a response in one statement. */
    documentsOfBinder: childPages(db, actor, {
      table: documents,
      parentColumn: documents.binderId,
      sortColumn: documents.publishedOn,
      idColumn: documents.id,
      scope: scope.documents,
      cursorOf: (row) => [row.publishedOn, row.id],
      descending: true,
      pool: documentPool,
    }),
    /** Documents the actor may see per binder (the same scope as the lists): one grouped count for every binder asked. */
    documentCountOfBinder: new DataLoader<string, number>(async (binderIds) => {
      const shape = scope.documents.shapeOf(actor);
      const rows = await runCompiled<{ binder_id: string; count: number | string }>(
        db,
        `documentCountOfBinder|${shape}`,
        () => sql`SELECT ${documents.binderId} AS binder_id, count(*)::int AS count FROM ${documents}
          WHERE (${scope.documents.template(shape)}) AND ${anyOf(documents.binderId, ph('ids'))} GROUP BY ${documents.binderId}`,
        { ...scopeValues(actor), ids: binderIds },
      );
      const counts = new Map(rows.map((row) => [row.binder_id, Number(row.count)]));
      return binderIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

type DocumentLoaders = ReturnType<typeof documentLoaders>;
declare module '../graphql/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds this module's loaders
  interface Loaders extends DocumentLoaders {}
}
