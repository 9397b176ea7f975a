import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { clientRequests, type RequestCategory, type RequestStatus } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import { badInput } from '../graphql/errors';
import type { Row } from '../graphql/loaders';
import { expectGlobalId } from '../graphql/node';

export type ClientRequestRow = Row<typeof clientRequests>;
export type StatusCount = { status: RequestStatus; count: number };
/** A page of requests; `countsByStatus` runs only when selected (like `totalCount`). */
export type RequestPage = Page<ClientRequestRow> & { countsByStatus?: () => Promise<StatusCount[]> };

export interface InboxFilters {
  status?: RequestStatus | null;
  buildingId?: string | null;
  category?: RequestCategory | null;
  assigneeId?: string | null;
  /** Opened before this day (the inbox's "age" filter). */
  openedBefore?: string | null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Requests visible to the actor, newest first (opened, then id), as a keyset page: one statement
 * for the page, one for `totalCount` and one for the counts per status, whatever the volume; the
 * request scope ANDed in SQL (a client's own requests, the agency's for managers).
 */
async function requestPage(ctx: Ctx, args: PageArgs, filters: SQL[], status: RequestStatus | null | undefined): Promise<RequestPage> {
  const { first, after } = pageWindow(args);
  // The cursor's parts are cast in SQL: only the shape this list issues is accepted.
  if (after && (!ISO_INSTANT.test(after[0]) || !UUID.test(after[1]))) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const scoped = [scope.clientRequests(ctx.actor), ...filters];
  const byStatus = status ? eq(clientRequests.status, status) : undefined;
  const rows = await ctx.db
    .select()
    .from(clientRequests)
    .where(and(...scoped, byStatus, after ? sql`(${clientRequests.openedAt}, ${clientRequests.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined))
    .orderBy(desc(clientRequests.openedAt), desc(clientRequests.id))
    .limit(first + 1);
  for (const row of rows) ctx.loaders.clientRequestById.prime(row.id, row);
  const page: RequestPage = toPage(rows, first, (row) => [row.openedAt.toISOString(), row.id], {
    after,
    count: async () =>
      (
        await ctx.db
          .select({ n: count() })
          .from(clientRequests)
          .where(and(...scoped, byStatus))
      )[0].n,
  });
  let counted: Promise<StatusCount[]> | undefined;
  // Per status over the other filters, so the inbox's tabs show every status's count at once.
  page.countsByStatus = () =>
    (counted ??= ctx.db
      .select({ status: clientRequests.status, count: count() })
      .from(clientRequests)
      .where(and(...scoped))
      .groupBy(clientRequests.status)
      .then((found) => found.map((c) => ({ status: c.status, count: Number(c.count) }))));
  return page;
}

/** "Mes demandes": the viewer's own requests (the request scope gives a client only theirs). */
export function ownRequestPage(ctx: Ctx, args: PageArgs & { status?: RequestStatus | null }): Promise<RequestPage> {
  assertCan(ctx.actor, 'request.list');
  if (ctx.actor.kind !== 'person') throw new Error('unreachable: Viewer is a person');
  return requestPage(ctx, args, [eq(clientRequests.authorPersonId, ctx.actor.personId)], args.status);
}

/** The managers' inbox across the agency, filtered by status, building, category, assignee and age. */
export function inboxPage(ctx: Ctx, args: PageArgs & InboxFilters): Promise<RequestPage> {
  assertCan(ctx.actor, 'request.inbox');
  const filters: SQL[] = [];
  if (args.buildingId) filters.push(eq(clientRequests.buildingId, expectGlobalId(args.buildingId, 'Building', 'buildingId')));
  if (args.category) filters.push(eq(clientRequests.category, args.category));
  if (args.assigneeId) filters.push(eq(clientRequests.assigneePersonId, expectGlobalId(args.assigneeId, 'Person', 'assigneeId')));
  if (args.openedBefore) filters.push(sql`${clientRequests.openedAt} < ${args.openedBefore}::date`);
  return requestPage(ctx, args, filters, args.status);
}
