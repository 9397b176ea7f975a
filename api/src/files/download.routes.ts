import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { actorFromRequest } from '../auth/request-actor';
import { agencies } from '../db/schema';
import type { Db } from '../db/client';
import type { Config } from '../config';
import type { Mailer } from '../identity/mailer';
import { createContext, type Ctx } from '../graphql/context';
import { fromGlobalId } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { requestStorage } from '../observability/request-context';
import { log } from '../observability/log';
import { accountStatement, statementPage } from '../accounts/statement.service';
import { statementCsv, statementPdf } from '../accounts/statement-export';
import { visibleExpense } from '../accounts/expense.service';
import type { FileStore } from './file-store';

/** Statements longer than this are refused: narrow the range (a PDF of 200 pages helps nobody). */
export const MAX_EXPORT_LINES = 20_000;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PASSWORD_CHANGE_REQUIRED: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * Downloads, authorised exactly like the data: the same actor, the same scoped loaders, so a
 * link copied to someone else answers 404 (or 401 when signed out).
 */
export function downloadRoutes(deps: { db: Db; config: Config; mailer: Mailer; files: FileStore }): Router {
  const router = Router();
  const context = async (req: Request): Promise<Ctx> => {
    const actor = await actorFromRequest(deps.db, req);
    if (actor.kind === 'anonymous') throw new GraphQLError('Sign-in required', { extensions: { code: 'UNAUTHENTICATED' } });
    if (actor.kind === 'person' && actor.mustChangePassword) throw new GraphQLError('Change password first', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    return createContext({ ...deps, actor, req, requestId: requestStorage.getStore()?.requestId ?? randomUUID(), clientAddress: req.ip ?? 'unknown' });
  };
  const fail = (res: Response, error: unknown) => {
    const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
    if (!STATUS[code]) log({ level: 'error', msg: 'download failed', error: String((error as Error)?.stack ?? error) });
    res.status(STATUS[code] ?? 500).json({ error: { code, message: STATUS[code] ? (error as Error).message : 'Internal server error' } });
  };

  router.get('/exports/accounts/:id/statement.:format', async (req, res) => {
    try {
      const format = req.params.format;
      if (format !== 'pdf' && format !== 'csv') throw new GraphQLError('Unknown format', { extensions: { code: 'NOT_FOUND' } });
      const from = LocalDateScalar.parseValue(req.query.from) as string;
      const to = LocalDateScalar.parseValue(req.query.to) as string;
      const ctx = await context(req);
      const { type, id } = fromGlobalId(String(req.params.id));
      const account = type === 'Account' ? await ctx.loaders.accountById.load(id) : null;
      if (!account) throw new GraphQLError('Account not found', { extensions: { code: 'NOT_FOUND' } });
      const statement = await accountStatement(ctx, account, from, to);
      const page = await statementPage(ctx, account, statement.raw.view, { from, to }, statement.raw.opening, {}, MAX_EXPORT_LINES + 1);
      if (page.pageInfo.hasNextPage) throw new GraphQLError('Too many lines: narrow the range', { extensions: { code: 'BAD_USER_INPUT' } });
      const [holder, [agency]] = await Promise.all([
        account.personId ? ctx.loaders.personById.load(account.personId) : null,
        deps.db.select().from(agencies).where(eq(agencies.id, account.agencyId)),
      ]);
      const document = {
        agencyName: agency.name,
        agencyAddress: agency.address,
        holderName: holder?.displayName ?? account.label,
        holderAddress: holder ? [holder.addressLine1, holder.addressLine2, `${holder.postalCode} ${holder.city}`.trim()] : [],
        accountNumber: account.number,
        accountLabel: account.label,
        from,
        to,
        openingBalance: statement.openingBalance,
        closingBalance: statement.closingBalance,
        lines: page.nodes,
      };
      const filename = `extrait-${account.number}-${from}-${to}.${format}`;
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.setHeader('cache-control', 'private, no-store');
      if (format === 'pdf') res.type('application/pdf').send(await statementPdf(document));
      else res.type('text/csv; charset=utf-8').send(statementCsv(document));
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/files/expenses/:id/invoice.pdf', async (req, res) => {
    try {
      const ctx = await context(req);
      const { type, id } = fromGlobalId(String(req.params.id));
      const expense = type === 'Expense' ? await visibleExpense(ctx, id) : null;
      const bytes = expense?.invoiceFile ? await deps.files.get(expense.invoiceFile) : null;
      if (!bytes) throw new GraphQLError('Invoice not found', { extensions: { code: 'NOT_FOUND' } });
      res.setHeader('cache-control', 'private, no-store');
      res.type('application/pdf').send(bytes);
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}
