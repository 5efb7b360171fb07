import { Access, LocalDateScalar, PageArgs, connectionOf, pageSizeOf, scopeOf } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext } from '@rollcall/api-core';
import type { LocalDate, Session } from '@rollcall/rules';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AttendanceCodeDirectory } from '../attendance-code-directory';
import type { AttendanceCodeRecord } from '../attendance-codes';
import { ClassRegisterService, markKeyOf } from '../class-register.service';
import type { MarkKey, RegisterEntryRecord, RegisterKey, RegisterRecord, ReplacedEntryRecord } from '../class-register.service';
import { AttendanceCodeInfo } from './attendance-code.type';
import { RegisterSessionEnum } from './register-enums';
import { Register, RegisterEntry, RegisterEntryConnection, ReplacedRegisterEntry } from './register.type';

/** Who reads registers: the school's staff, the LA's officers and admins, and keys that write or read attendance. */
export const REGISTER_READERS = [...Access.SCHOOL, ...Access.LA, 'registers:write', 'attendance:read'] as const;

/** A register as the GraphQL `Register` reads it: the record with its key laid flat. */
export type RegisterValue = RegisterRecord & RegisterKey;

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
  ): Promise<RegisterValue> {
    const record = await this.registers.register(scopeOf(ctx), { urn, date, session, yearGroup });
    return { ...record, ...record.key };
  }

  @FieldResolver(() => RegisterEntryConnection, { description: 'The pupils on roll, by surname, forename and id.' })
  async entries(@Root() register: RegisterValue, @Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<RegisterEntryRecord>> {
    const first = pageSizeOf(page);
    const key = { urn: register.urn, date: register.date, session: register.session, yearGroup: register.yearGroup };
    return connectionOf(await this.registers.entries(scopeOf(ctx), key, { first, after: page.after }));
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
