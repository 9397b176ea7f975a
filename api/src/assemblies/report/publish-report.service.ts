import { and, eq, isNull, sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { Db } from '../../db/client';
import { binders, generalAssemblies } from '../../db/schema';
import { publishDocuments } from '../../documents/publish-document.service';
import { createLoaders, type Ctx } from '../../graphql/context';
import { conflict } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/node';
import type { Mailer } from '../../mail/mailer';
import { readAssemblyState, type AssemblyRow } from '../assembly-state';
import { visibleAssembly } from '../assembly-access';
import { buildReport, minutesRecipients } from './report-data';
import { queueMinutesNotifications } from './report-notifications';
import { printedAssembly, renderReport } from './report-printing';
import { agencyDay } from '../../db/calendar';

/** The syndic binder the minutes, attendance sheets and convocations are filed in (default binders). */
export const ASSEMBLY_BINDER = 'Assemblées Générales';

/** A mailer that queues in the transaction and leaves delivery to after the commit. */
const deferred = (mailer: Mailer): Mailer => ({ ...mailer, deliverPending: () => Promise.resolve() });

/**
 * A context whose reads and writes run in `tx`: the loaders are rebuilt on it (a loader on the
 * pool would wait forever for PGlite's single connection), and mail waits for the commit.
 */
export function inTransaction(ctx: Ctx, tx: Db): Ctx {
  return { ...ctx, db: tx, loaders: createLoaders(ctx.loaderFactories, tx, ctx.actor), mailer: deferred(ctx.mailer) };
}

/** "2020-07-20": the calendar day of an instant in Paris (a document's first day of publication). */

/** The AG binder of the agency, or CONFLICT ASSEMBLY_BINDER_MISSING (renamed or deleted by the agency). */
export async function assemblyBinderId(db: Db, agencyId: string): Promise<string> {
  const [binder] = await db
    .select({ id: binders.id })
    .from(binders)
    .where(and(eq(binders.agencyId, agencyId), eq(binders.module, 'SYNDIC'), eq(binders.name, ASSEMBLY_BINDER)));
  if (!binder) throw conflict('ASSEMBLY_BINDER_MISSING', `The syndic binder "${ASSEMBLY_BINDER}" is missing`);
  return toGlobalId('Binder', binder.id);
}

/** Not in the API: for the demo, whose AG of 13/07/2020 had its minutes published on 20/07/2020. */
export interface PublishReportOptions {
  /** When the minutes were published (default now): reportPublishedAt and the documents' first day. Never before the AG. */
  publishedAt?: Date;
}

/**
 * Publishes the minutes ("Calculer le rapport", then publication): freezes the AG
 * (reportPublishedAt, after which co-owners read every result and no vote changes), renders the
 * procès-verbal and the feuille de présence from the same state, files both in "Assemblées
 * Générales" for the building's co-owners, and queues the notification to the absent, défaillant
 * and opposing co-owners: all in one transaction, so a failed rendering or publication leaves the
 * AG open and nothing filed. Only once the AG has started (ASSEMBLY_NOT_HELD), once
 * (REPORT_PUBLISHED; a concurrent second call waits for the first's row lock, then finds it set).
 * The documents are published through the documents module, so the caller also needs
 * `document.publish`.
 */
export async function publishAssemblyReport(ctx: Ctx, assemblyId: string, options: PublishReportOptions = {}): Promise<AssemblyRow> {
  assertCan(ctx.actor, 'assembly.publishReport');
  const visible = await visibleAssembly(ctx, assemblyId);
  if (visible.reportPublishedAt) throw conflict('REPORT_PUBLISHED', 'The minutes are already published');
  if (visible.startsAt.getTime() > Date.now()) throw conflict('ASSEMBLY_NOT_HELD', 'The AG has not started yet');
  const { publishedAt } = options;
  if (publishedAt && (publishedAt.getTime() < visible.startsAt.getTime() || publishedAt.getTime() > Date.now())) {
    throw conflict('ASSEMBLY_NOT_HELD', 'Minutes are published after the AG and not in the future');
  }
  assertCan(ctx.actor, 'document.publish');
  const binderId = await assemblyBinderId(ctx.db, visible.agencyId);
  const published = await ctx.db.transaction(async (tx) => {
    const [assembly] = await tx
      .update(generalAssemblies)
      .set({ reportPublishedAt: publishedAt ?? sql`now()` })
      .where(and(eq(generalAssemblies.agencyId, visible.agencyId), eq(generalAssemblies.id, visible.id), isNull(generalAssemblies.reportPublishedAt)))
      .returning();
    if (!assembly) throw conflict('REPORT_PUBLISHED', 'The minutes are already published');
    const report = buildReport(await readAssemblyState(tx, assembly));
    const printed = await printedAssembly(tx, assembly);
    const rendered = await renderReport(report, printed);
    const day = printed.heldAt.slice(0, 10);
    const slug = `${printed.buildingCode.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${assembly.startsAt.toISOString().slice(0, 10)}`;
    const common = {
      binderId,
      contentType: 'application/pdf',
      target: { buildingId: toGlobalId('Building', assembly.buildingId) },
      useFileNameAsTitle: false,
      notify: false,
      publishOn: publishedAt ? agencyDay(publishedAt) : null,
    };
    const txCtx = inTransaction(ctx, tx);
    const [minutes, sheet] = await publishDocuments(txCtx, [
      { ...common, title: `Procès-verbal de l’AG du ${day}`, fileName: `proces-verbal-ag-${slug}.pdf`, contentBase64: rendered.minutes.toString('base64') },
      { ...common, title: `Feuille de présence de l’AG du ${day}`, fileName: `feuille-de-presence-ag-${slug}.pdf`, contentBase64: rendered.attendanceSheet.toString('base64') },
    ]);
    const [row] = await tx
      .update(generalAssemblies)
      .set({ minutesDocumentId: minutes.id, attendanceSheetDocumentId: sheet.id })
      .where(and(eq(generalAssemblies.agencyId, assembly.agencyId), eq(generalAssemblies.id, assembly.id)))
      .returning();
    await queueMinutesNotifications(tx, ctx.mailer, ctx.config.publicUrl, row, printed, minutesRecipients(report));
    return row;
  });
  void ctx.mailer.deliverPending(ctx.db);
  ctx.loaders.assemblyById.clear(published.id).prime(published.id, published);
  ctx.loaders.assemblyState.clear(published.id);
  return published;
}
