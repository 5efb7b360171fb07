import { Access, LocalDateScalar, PageArgs, decodeCursor, pageSizeOf, scopeOf } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext } from '@rollcall/api-core';
import type { LocalDate, Session } from '@rollcall/rules';
import { getArgumentValues, getNamedType } from 'graphql';
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
// graphql-js's field collection: marked internal, but the pinned graphql 16 ships it, and it is what execution uses.
import { collectSubfields } from 'graphql/execution/collectFields';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { AttendanceCodeDirectory } from '../attendance-code-directory';
import type { AttendanceCodeRecord } from '../attendance-codes';
import { ClassRegisterService, markKeyOf } from '../class-register.service';
import type {
  EntriesPage,
  EntriesPageRecord,
  EntryFieldReader,
  MarkKey,
  RegisterCounts as RegisterCountsRecord,
  RegisterEntryRecord,
  RegisterKey,
  RegisterSessionRecord,
  ReplacedEntryRecord,
} from '../class-register.service';
import { AttendanceCodeInfo } from './attendance-code.type';
import { RegisterSessionEnum } from './register-enums';
import { Register, RegisterCounts, RegisterEntry, RegisterEntryConnection, ReplacedRegisterEntry } from './register.type';

/** Who reads registers: the school's staff, the LA's officers and admins, and keys that write or read attendance. */
export const REGISTER_READERS = [...Access.SCHOOL, ...Access.LA, 'registers:write', 'attendance:read'] as const;

/**
 * The extension another context puts on its field of `RegisterEntry` (`@Extensions({ [READ_WITH_REGISTER]: reader })`,
 * an `EntryFieldReader`) so that, when a request selects the field under `register { entries }`, it is read in the
 * register's own transaction; the field's resolver then finds the value with `readWithRegister`.
 */
export const READ_WITH_REGISTER = 'rollcall.readWithRegister';

/** The value of `field` read for this entry in its register's transaction, if it was. */
export function readWithRegister<T>(entry: RegisterEntryRecord, field: string): T | undefined {
  return entry.readWith?.get(field) as T | undefined;
}

/** What the `register` field read with the register, in its one transaction, for the fields under it. */
interface ReadWithRegister {
  readonly counts: RegisterCountsRecord | null;
  readonly total: number | null;
  /** Pages of entries by the response key of the `entries` field that asked for them. */
  readonly pages: ReadonlyMap<string, { readonly asked: EntriesPage; readonly page: EntriesPageRecord }>;
}

/** A register as the GraphQL `Register` reads it: the record with its key laid flat, and what was read with it. */
export type RegisterValue = RegisterSessionRecord & RegisterKey & { readonly readWith: ReadWithRegister };

/** The `entries` connection; its total is read when the request asks for it. */
type RegisterEntriesValue = Omit<ConnectionShape<RegisterEntryRecord>, 'totalCount'> & { readonly totalCount: number | Promise<number> };

@Resolver(() => Register)
export class RegisterResolver {
  constructor(private readonly registers: ClassRegisterService) {}

  @Authorized(...REGISTER_READERS)
  @Query(() => Register, {
    description:
      'One session’s register at a school (or one year group of it): whether it needs marks, its counts, and each pupil on roll with their mark. ' +
      'Staff read their own schools’ registers; LA officers those of their LA’s schools.',
  })
  async register(
    @Arg('urn', () => Int) urn: number,
    @Arg('date', () => LocalDateScalar) date: LocalDate,
    @Arg('session', () => RegisterSessionEnum) session: Session,
    @Arg('yearGroup', () => Int, { nullable: true, description: 'National curriculum year (-2 nursery … 14); omit for the whole school.' }) yearGroup: number | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegisterValue> {
    // One transaction for the whole register: what the request selects under it is read with it.
    const wanted = selectedUnderRegister(info);
    const asked = [...wanted.pages.entries()];
    const read = await this.registers.read(scopeOf(ctx), { urn, date, session, yearGroup }, {
      counts: wanted.counts,
      total: wanted.total,
      pages: asked.map(([, page]) => page),
      entryFields: wanted.entryFields,
    });
    return {
      ...read.register,
      ...read.register.key,
      readWith: { counts: read.counts, total: read.total, pages: new Map(asked.map(([responseKey, page], i) => [responseKey, { asked: page, page: read.pages[i] }])) },
    };
  }

  @FieldResolver(() => RegisterCounts)
  async counts(@Root() register: RegisterValue, @Ctx() ctx: RequestContext): Promise<RegisterCountsRecord> {
    return register.readWith.counts ?? (await this.registers.register(scopeOf(ctx), keyOf(register))).counts;
  }

  @FieldResolver(() => RegisterEntryConnection, { description: 'The pupils on roll, by surname, forename and id.' })
  async entries(@Root() register: RegisterValue, @Args() args: PageArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<RegisterEntriesValue> {
    const first = pageSizeOf(args);
    const after = args.after ?? null;
    const key = keyOf(register);
    const held = register.readWith.pages.get(String(info.path.key));
    const page =
      held && held.asked.first === first && held.asked.after === after
        ? held.page
        : (await this.registers.read(scopeOf(ctx), key, { pages: [{ first, after }] })).pages[0];
    const nodes = page.items.map((item) => item.node);
    const shape = {
      edges: page.items.map((item) => ({ cursor: item.cursor, node: item.node })),
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
    };
    const total = register.readWith.total;
    if (total !== null) return { ...shape, totalCount: total };
    // Not asked for with the register (so not selected): read on its own should anything still ask.
    const registers = this.registers;
    return {
      ...shape,
      get totalCount() {
        return registers.read(scopeOf(ctx), key, { total: true }).then((read) => read.total as number);
      },
    };
  }
}

function keyOf(register: RegisterValue): RegisterKey {
  return { urn: register.urn, date: register.date, session: register.session, yearGroup: register.yearGroup };
}

interface SelectedUnderRegister {
  counts: boolean;
  total: boolean;
  /** Each `entries` page, by response key. */
  pages: Map<string, EntriesPage>;
  /** Fields of the entries other contexts read with the register (`READ_WITH_REGISTER`), by name. */
  entryFields: Map<string, EntryFieldReader>;
}

/** What the request selects under `register`: the counts, the entries' total, each page of entries and what of them. */
function selectedUnderRegister(info: GraphQLResolveInfo): SelectedUnderRegister {
  // graphql-js's own field collection (fragments, type conditions, @skip/@include), as execution will see the fields.
  const subfields = (type: GraphQLObjectType, nodes: readonly FieldNode[]) => collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
  const typeOf = (parent: GraphQLObjectType, field: string) => getNamedType(parent.getFields()[field].type) as GraphQLObjectType;
  const registerType = getNamedType(info.returnType) as GraphQLObjectType;
  const connectionType = typeOf(registerType, 'entries');
  const edgeType = typeOf(connectionType, 'edges');
  const entryType = typeOf(connectionType, 'nodes');
  const wanted: SelectedUnderRegister = { counts: false, total: false, pages: new Map(), entryFields: new Map() };
  for (const [responseKey, nodes] of subfields(registerType, info.fieldNodes)) {
    const name = nodes[0].name.value;
    if (name === 'counts') wanted.counts = true;
    if (name !== 'entries') continue;
    const page = pageAsked(getArgumentValues(registerType.getFields()['entries'], nodes[0], info.variableValues));
    // A page the field itself refuses (its size, its cursor) is left to it, so that the refusal names the field.
    if (!page) continue;
    wanted.pages.set(responseKey, page);
    const connection = [...subfields(connectionType, nodes).values()];
    if (connection.some((n) => n[0].name.value === 'totalCount')) wanted.total = true;
    const edges = connection.filter((n) => n[0].name.value === 'edges').flatMap((n) => [...subfields(edgeType, n).values()]);
    const entries = [...connection, ...edges].filter((n) => n[0].name.value === 'nodes' || n[0].name.value === 'node');
    for (const [field] of entries.flatMap((n) => [...subfields(entryType, n).values()])) {
      const reader = entryType.getFields()[field.name.value]?.extensions?.[READ_WITH_REGISTER];
      if (typeof reader === 'function') wanted.entryFields.set(field.name.value, reader as EntryFieldReader);
    }
  }
  return wanted;
}

function pageAsked(args: { first?: number; after?: string | null }): EntriesPage | undefined {
  try {
    const first = pageSizeOf(args as PageArgs);
    decodeCursor(args.after, 4);
    return { first, after: args.after ?? null };
  } catch {
    return undefined;
  }
}

@Resolver(() => RegisterEntry)
export class RegisterEntryResolver {
  constructor(private readonly registers: ClassRegisterService) {}

  @FieldResolver(() => [ReplacedRegisterEntry], {
    description: 'The entries amendments replaced for this session, oldest (the original) first; empty when the mark was never changed.',
  })
  history(@Root() entry: RegisterEntryRecord, @Ctx() ctx: RequestContext): Promise<ReplacedEntryRecord[]> {
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<MarkKey, ReplacedEntryRecord[]>('registers.history', (keys) => this.registers.history(scope, keys), { cacheKeyFn: markKeyOf })
      .load({ laCode: entry.laCode, enrolmentId: entry.enrolmentId, date: entry.date, session: entry.session });
  }
}

@Resolver()
export class AttendanceCodeResolver {
  constructor(private readonly codes: AttendanceCodeDirectory) {}

  @Authorized(...Access.EVERY_ROLE, 'registers:write', 'attendance:read', 'pupils:read', 'casework:read', 'returns:write')
  @Query(() => [AttendanceCodeInfo], {
    description: 'The attendance codes in force on a date (today by default): the 2024 set from 19 August 2024, the 2006 set before.',
  })
  attendanceCodes(@Arg('on', () => LocalDateScalar, { nullable: true }) on: LocalDate | null): AttendanceCodeRecord[] {
    return this.codes.codes(on);
  }
}
