import { sql, type SQL } from 'drizzle-orm';
import { assertCan, scope } from '../auth/policy';
import { scopeValues } from '../auth/scope-helpers';
import { runCompiled } from '../db/compiled';
import { buildings, clientRequests, lots, persons, type RequestCategory, type RequestStatus } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { pageWindow, toPage, type Page, type PageArgs } from '../graphql/connection';
import { badInput } from '../graphql/errors';
import { ph, rowReader, type Row } from '../graphql/loaders';
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
const REQUEST = rowReader(clientRequests);
const LOT = rowReader(lots, 'l.');
const BUILDING = rowReader(buildings, 'b.');
const AUTHOR = rowReader(persons, 'p.');

/** The filters a list may carry, each as SQL with one placeholder of its own name: a statement's text depends only on which are present. */
const FILTERS = {
  authorPersonId: sql`${clientRequests.authorPersonId} = ${ph('authorPersonId')}::uuid`,
  buildingId: sql`${clientRequests.buildingId} = ${ph('buildingId')}::uuid`,
  category: sql`${clientRequests.category} = ${ph('category')}::text`,
  assigneePersonId: sql`${clientRequests.assigneePersonId} = ${ph('assigneePersonId')}::uuid`,
  openedBefore: sql`${clientRequests.openedAt} < ${ph('openedBefore')}::date`,
  status: sql`${clientRequests.status} = ${ph('status')}::text`,
  after: sql`(${clientRequests.openedAt}, ${clientRequests.id}) < (${ph('afterAt')}::timestamptz, ${ph('afterId')}::uuid)`,
} as const;
type FilterName = keyof typeof FILTERS;
type FilterValues = Partial<Record<FilterName, unknown>> & { afterAt?: string; afterId?: string };

/** `scope AND` each present filter, for the names given. */
const where = (shape: string, names: FilterName[]): SQL => sql.join([sql`(${scope.clientRequests.template(shape)})`, ...names.map((name) => FILTERS[name])], sql` AND `);

/**
 * Requests visible to the actor, newest first (opened, then id), as a keyset page, the request
 * scope ANDed in SQL (a client's own requests, the agency's for managers), in a bounded number of
 * statements whatever the volume: the page; the counts per status when selected, started beside
 * the page; `totalCount` from those counts when a status filter is given, else counted within the
 * page's statement (a separate count only for an empty page after a cursor). The page brings each row's lot, building
 * and author under their own scopes. Each statement is compiled once per scope shape and set of
 * filters (`runCompiled`): Drizzle's builder cost about as much CPU per inbox as the statements
 * themselves (issue 12's benchmark, `pnpm bench:requests`).
 */
async function requestPage(ctx: Ctx, args: PageArgs, filters: FilterValues, selected: ReadonlySet<string>): Promise<RequestPage> {
  const { first, after } = pageWindow(args);
  // The cursor's parts are cast in SQL: only the shape this list issues is accepted.
  if (after && (!ISO_INSTANT.test(after[0]) || !UUID.test(after[1]))) throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
  const shape = scope.clientRequests.shapeOf(ctx.actor);
  const given = (Object.keys(filters) as FilterName[]).filter((name) => name !== 'status' && filters[name] != null).sort();
  const counted = filters.status ? [...given, 'status' as const] : given;
  const values = { ...scopeValues(ctx.actor), ...filters, ...(after ? { afterAt: after[0], afterId: after[1] } : {}) };
  const key = (what: string, names: FilterName[]) => `requestPage|${what}|${shape}|${names.join(',')}`;

  let byStatus: Promise<StatusCount[]> | undefined;
  // Per status over the other filters, so the inbox's tabs show every status's count at once.
  const countsByStatus = () =>
    (byStatus ??= runCompiled<{ status: RequestStatus; n: number | string }>(
      ctx.db,
      key('byStatus', given),
      () => sql`SELECT ${clientRequests.status} AS status, count(*) AS n FROM ${clientRequests} WHERE ${where(shape, given)} GROUP BY ${clientRequests.status}`,
      values,
    ).then((found) => found.map((c) => ({ status: c.status, count: Number(c.n) }))));
  const countsWanted = selected.has('countsByStatus');
  // Beside the page (its own connection); a failure surfaces where the field awaits it.
  if (countsWanted) countsByStatus().catch(() => {});

  const pageNames = after ? [...counted, 'after' as const] : counted;
  // A total the counts per status do not give is counted inside the page's statement (a sub-select run once).
  const isTotalInPage = selected.has('totalCount') && !(filters.status && countsWanted);
  const total = isTotalInPage ? sql`, (SELECT count(*) FROM ${clientRequests} WHERE ${where(shape, counted)}) AS total_` : sql``;
  const [lotShape, buildingShape, authorShape] = [scope.lots, scope.buildings, scope.requestParticipants].map((s) => s.shapeOf(ctx.actor));
  // Each row comes with its lot, building and author, each under its own row scope (the flags say
  // whether the actor may see it), priming their loaders: the list's page takes one statement, not four.
  // Tables keep their own names (no alias): the row scopes name them so.
  const raws = await runCompiled<Record<string, unknown>>(
    ctx.db,
    `${key('page', pageNames)}|${lotShape}|${buildingShape}|${authorShape}|${isTotalInPage}`,
    () => sql`SELECT ${REQUEST.list},
        ${LOT.list}, coalesce((${scope.lots.template(lotShape)}), false) AS lot_visible_,
        ${BUILDING.list}, coalesce((${scope.buildings.template(buildingShape)}), false) AS building_visible_,
        ${AUTHOR.list}, coalesce((${scope.requestParticipants.template(authorShape)}), false) AS author_visible_${total}
      FROM ${clientRequests}
      LEFT JOIN ${lots} ON lots.agency_id = client_requests.agency_id AND lots.id = client_requests.lot_id
      LEFT JOIN ${buildings} ON buildings.agency_id = client_requests.agency_id AND buildings.id = client_requests.building_id
      LEFT JOIN ${persons} ON persons.agency_id = client_requests.agency_id AND persons.id = client_requests.author_person_id
      WHERE ${where(shape, pageNames)}
      ORDER BY ${clientRequests.openedAt} DESC, ${clientRequests.id} DESC LIMIT ${ph('limit')}`,
    { ...values, limit: first + 1 },
  );
  const rows = raws.map((raw) => {
    const row = REQUEST.read(raw);
    ctx.loaders.clientRequestById.prime(row.id, row);
    if (row.lotId && raw.lot_visible_ === true) ctx.loaders.lotById.prime(row.lotId, LOT.read(raw));
    if (row.buildingId && raw.building_visible_ === true) ctx.loaders.buildingById.prime(row.buildingId, BUILDING.read(raw));
    if (raw.author_visible_ === true) ctx.loaders.requestParticipantById.prime(row.authorPersonId, AUTHOR.read(raw));
    return row;
  });

  const page: RequestPage = toPage(rows, first, (row) => [row.openedAt.toISOString(), row.id], {
    after,
    count: async () => {
      if (filters.status && countsWanted) return (await countsByStatus()).find((c) => c.status === filters.status)?.count ?? 0;
      if (isTotalInPage && raws.length > 0) return Number(raws[0].total_);
      const [{ n }] = await runCompiled<{ n: number | string }>(
        ctx.db,
        key('count', counted),
        () => sql`SELECT count(*) AS n FROM ${clientRequests} WHERE ${where(shape, counted)}`,
        values,
      );
      return Number(n);
    },
  });
  page.countsByStatus = countsByStatus;
  return page;
}

/** "Mes demandes": the viewer's own requests (the request scope gives a client only theirs). */
export function ownRequestPage(ctx: Ctx, args: PageArgs & { status?: RequestStatus | null }, selected: ReadonlySet<string>): Promise<RequestPage> {
  assertCan(ctx.actor, 'request.list');
  if (ctx.actor.kind !== 'person') throw new Error('unreachable: Viewer is a person');
  return requestPage(ctx, args, { authorPersonId: ctx.actor.personId, status: args.status }, selected);
}

/** The managers' inbox across the agency, filtered by status, building, category, assignee and age. */
export function inboxPage(ctx: Ctx, args: PageArgs & InboxFilters, selected: ReadonlySet<string>): Promise<RequestPage> {
  assertCan(ctx.actor, 'request.inbox');
  return requestPage(
    ctx,
    args,
    {
      status: args.status,
      buildingId: args.buildingId ? expectGlobalId(args.buildingId, 'Building', 'buildingId') : null,
      category: args.category,
      assigneePersonId: args.assigneeId ? expectGlobalId(args.assigneeId, 'Person', 'assigneeId') : null,
      openedBefore: args.openedBefore,
    },
    selected,
  );
}
