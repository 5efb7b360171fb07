import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Refusal } from '../refusal';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many to return: 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (`pageInfo.endCursor` of the page before).' })
  after?: string;
}

@ObjectType({ description: 'Where this page sits in the whole list.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A page as a service returns it: items in order, each with its keyset cursor. */
export interface Page<T> {
  readonly items: readonly { readonly cursor: string; readonly node: T }[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** What a service is asked for: `first` items after the cursor `after` (none: from the start). */
export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

/** A page with nothing on it (a filter that can match nothing, a caller who may see nothing). */
export function emptyPage<T>(): Page<T> {
  return { items: [], hasNextPage: false, totalCount: 0 };
}

/** The page size asked for, checked; a bad one is refused with what to send instead. */
export function pageSizeOf(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new Refusal('INVALID_PAGE_SIZE', `Ask for between 1 and ${MAX_PAGE_SIZE} items at a time (first: ${first}).`, { field: 'first' });
  }
  return first;
}

/** An opaque cursor for a keyset position (the sort key of the last item seen). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The keyset position in a cursor this API gave out; anything else is refused. */
export function decodeCursor(cursor: string | undefined | null, arity: number): (string | number)[] | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the refusal
  }
  throw new Refusal('INVALID_CURSOR', 'The cursor is not one this list gave out: use pageInfo.endCursor from the page before.', { field: 'after' });
}

/**
 * Turns rows fetched with `LIMIT first + 1` into a page: the extra row only says there is a next page.
 */
export function pageOf<T>(rows: readonly T[], first: number, totalCount: number, keyOf: (row: T) => readonly (string | number)[]): Page<T> {
  const items = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { items, hasNextPage: rows.length > first, totalCount };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A Relay-style connection type for `Node`: `edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`.
 * Use as `@ObjectType() class PupilConnection extends Connection(Pupil, 'Pupil') {}`.
 */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [Node], { description: 'The items on this page, without their cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** The GraphQL shape of a service's page. */
export function connectionOf<T>(page: Page<T>): ConnectionShape<T> {
  return {
    edges: page.items.map((item) => ({ cursor: item.cursor, node: item.node })),
    nodes: page.items.map((item) => item.node),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
