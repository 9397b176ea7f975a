import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { agencies } from '../db/schema';
import { renderPdf } from '../files/document-renderer';
import { attachment, downloadRoute, found } from '../files/download-route';
import { TEXT_LIMITS } from '../graphql/batch';
import { badInput, notFound } from '../graphql/errors';
import { fromGlobalId } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import type { RouteDeps } from '../module-manifest';
import { visibleExpense } from './expense.service';
import { statementCsv, type StatementDocument } from './statement-export';
import { accountStatement, statementPage } from './statement.service';
import { legalLinesOf } from '../identity/agency-profile';
import { agencyToday } from '../db/calendar';

/** Statements longer than this are refused: narrow the range (a PDF of 200 pages helps nobody). */
export const MAX_EXPORT_LINES = 20_000;
/**
 * The PDF's own bound: laying out a line whose label is 300 characters without a space costs
 * tens of milliseconds on a busy machine even off the event loop, so the largest statement (some
 * 60 pages) stays well within RENDER_LIMITS.timeoutMs. A longer range downloads as CSV.
 */
export const MAX_PDF_LINES = 1_000;

/** Rendered in a worker thread (files/document-renderer.ts): the module that lays the statement out. */
const STATEMENT_PDF = new URL('./statement-export.ts', import.meta.url);

/** The accounts module's downloads: statements (PDF, CSV) and expense invoices. */
export function accountDownloadRoutes(deps: RouteDeps): Router {
  const router = Router();

  router.get(
    '/exports/accounts/:id/statement.:format',
    downloadRoute(deps, async (ctx, req, res) => {
      const format = req.params.format;
      if (format !== 'pdf' && format !== 'csv') throw notFound('Export');
      const from = LocalDateScalar.parseValue(req.query.from);
      const to = LocalDateScalar.parseValue(req.query.to);
      assertCan(ctx.actor, 'account.exportStatement');
      const { type, id } = fromGlobalId(String(req.params.id));
      const account = found(type === 'Account' ? await ctx.loaders.accountById.load(id) : null, 'Account');
      const statement = await accountStatement(ctx, account, from, to);
      const maxLines = format === 'pdf' ? MAX_PDF_LINES : MAX_EXPORT_LINES;
      const page = await statementPage(ctx, account, statement.raw.view, { from, to }, statement.raw.opening, {}, maxLines);
      if (page.pageInfo.hasNextPage) throw badInput('to', 'INVALID_RANGE', 'Too many lines: narrow the range');
      const [holder, [agency]] = await Promise.all([
        account.personId ? ctx.loaders.personById.load(account.personId) : null,
        ctx.db.select().from(agencies).where(eq(agencies.id, account.agencyId)),
      ]);
      const document: StatementDocument = {
        agencyName: agency.name,
        agencyAddress: agency.address,
        agencyPhone: agency.phone,
        agencyEmail: agency.email,
        agencyLegalLines: legalLinesOf(agency),
        issuedOn: agencyToday(),
        holderName: holder?.displayName ?? account.label,
        holderAddress: holder ? [holder.addressLine1, holder.addressLine2, `${holder.postalCode} ${holder.city}`.trim()] : [],
        accountNumber: account.number,
        accountLabel: account.label,
        from,
        to,
        openingBalance: statement.openingBalance,
        closingBalance: statement.closingBalance,
        totalDebit: statement.totalDebit,
        totalCredit: statement.totalCredit,
        // Bounded input: rows written before the label limit are cut to it (a label is one line of text).
        lines: page.nodes.map((line) => ({ ...line, label: line.label.slice(0, TEXT_LIMITS.label) })),
      };
      res.setHeader('content-disposition', attachment(`extrait-${account.number}-${from}-${to}.${format}`));
      res.setHeader('cache-control', 'private, no-store');
      if (format === 'pdf') res.type('application/pdf').send(await renderPdf(STATEMENT_PDF, 'statementPdf', document));
      else res.type('text/csv; charset=utf-8').send(statementCsv(document));
    }),
  );

  router.get(
    '/files/expenses/:id/invoice.pdf',
    downloadRoute(deps, async (ctx, req, res) => {
      assertCan(ctx.actor, 'expense.downloadInvoice');
      const { type, id } = fromGlobalId(String(req.params.id));
      const expense = found(type === 'Expense' ? await visibleExpense(ctx, id) : null, 'Invoice');
      const bytes = found(expense.invoiceFile ? await ctx.files.get(expense.invoiceFile) : null, 'Invoice');
      // The URL keeps its stable "invoice.pdf"; the saved file is named for what it is.
      res.setHeader('content-disposition', attachment(`Facture-${expense.expenseDate}-${expense.label}.pdf`));
      res.setHeader('cache-control', 'private, no-store');
      res.type('application/pdf').send(bytes);
    }),
  );
  return router;
}
