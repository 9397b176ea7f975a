import { sql, type SQL, type Column } from 'drizzle-orm';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A keyset position: the sort value and the row id that breaks ties. */
export type Cursor = [sortValue: string, id: string];

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /**
   * The size of the whole list, counted only when a client selects `totalCount`: GraphQL's default
   * resolver calls a function property, so a list that never shows its count never pays for it.
   * One statement for the whole list (a nested connection needs its own batching; none counts yet).
   */
  totalCount?: () => Promise<number>;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (value == null) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return parsed as Cursor;
    }
  } catch {
    // fall through: a cursor we did not issue
  }
  throw badInput('after', 'INVALID_CURSOR', 'Not a cursor issued by this API');
}

/** Validated page arguments: `first` within 1..100 (armor's cost limit ignores list arguments). */
export function pageWindow(args: PageArgs): { first: number; after: Cursor | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', 'PAGE_SIZE_OUT_OF_RANGE', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { first, after: decodeCursor(args.after) };
}

/** Keyset predicate "(sort, id) > cursor" for an ordered list. */
export function afterCursor(sortColumn: Column | SQL, idColumn: Column, after: Cursor | null): SQL | undefined {
  return after ? sql`(${sortColumn}, ${idColumn}) > (${after[0]}, ${after[1]})` : undefined;
}

/**
 * Builds a page from `first + 1` rows fetched in order. `count` (the whole list, without the
 * cursor) runs only if `totalCount` is selected, and not at all when this first page is the whole list.
 */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => Cursor, count?: { after: Cursor | null; count: () => Promise<number> }): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  let edges: Page<T>['edges'] | undefined;
  // Cursors are encoded only for what a query selects: most lists read `nodes` and `endCursor`,
  // and a cursor for every row is work those lists never use.
  const page = {
    nodes,
    get edges() {
      return (edges ??= nodes.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node })));
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      get endCursor() {
        return last === undefined ? null : encodeCursor(cursorOf(last));
      },
    },
  } as Page<T>;
  if (count) {
    let counted: Promise<number> | undefined;
    const whole = !count.after && rows.length <= first;
    page.totalCount = () => (counted ??= whole ? Promise.resolve(nodes.length) : count.count()); // once per page, however often selected
  }
  return page;
}

const connectionTypes = new Map<string, ClassType>();

/** `XConnection` and `XEdge` types for a node type, created once per name. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string): ClassType<Page<T>> {
  const existing = connectionTypes.get(name);
  if (existing) return existing as ClassType<Page<T>>;

  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // simple: graphql's default resolver, which calls a function property (type-graphql's would return it).
    @Field(() => Int, { nullable: true, simple: true, description: 'How many nodes the whole list holds, all pages together; null where the list is not counted.' })
    totalCount?: () => Promise<number>;
  }
  connectionTypes.set(name, ConnectionType);
  return ConnectionType;
}
