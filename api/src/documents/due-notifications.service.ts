import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { isDocumentShownToday } from '../db/current';
import * as t from '../db/schema';
import type { RouteDeps } from '../module-manifest';
import { readSettings } from '../settings/registry';
import { queueDocumentNotifications } from './document-notifications';

/** Documents announced per agency and pass (the next pass takes the rest). */
const DUE_PAGE = 1_000;

/**
 * Announces the documents dated ahead whose first day has come (published with `notify`, or without
 * a word in a binder that notifies, never announced): per agency, one batch, so a person gets one message
 * for all of that day's documents. Each agency's batch commits on its own.
 */
export async function queueDueDocumentNotifications(deps: Pick<RouteDeps, 'mailer'> & { db: Db; config: Pick<RouteDeps['config'], 'publicUrl'> }): Promise<number> {
  const due = await deps.db
    .select({ agencyId: t.documents.agencyId, id: t.documents.id })
    .from(t.documents)
    .innerJoin(t.binders, and(eq(t.binders.agencyId, t.documents.agencyId), eq(t.binders.id, t.documents.binderId)))
    .where(
      and(
        isNull(t.documents.notifiedAt),
        eq(t.documents.isPublished, true),
        lte(t.documents.publishedOn, sql`current_date`),
        isDocumentShownToday,
        sql`coalesce(${t.documents.notify}, ${t.binders.notifyByDefault})`,
      ),
    )
    .limit(DUE_PAGE);
  const byAgency = new Map<string, string[]>();
  for (const row of due) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row.id]);
  for (const [agencyId, ids] of byAgency) {
    const [stored] = await deps.db.select({ values: t.agencySettings.values }).from(t.agencySettings).where(eq(t.agencySettings.agencyId, agencyId));
    const settings = readSettings(stored?.values);
    await deps.db.transaction((tx) => queueDocumentNotifications({ db: tx, mailer: deps.mailer, config: deps.config, settings }, agencyId, ids));
  }
  return due.length;
}
