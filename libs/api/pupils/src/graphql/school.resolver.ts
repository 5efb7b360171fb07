import { PageArgs, connectionOf, pageSizeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { SchoolDirectoryService } from '../school-directory.service';
import type { LocalAuthorityRecord, SchoolCalendarRecord, SchoolRecord } from '../school-record';
import { SCHOOL_READERS } from './access';
import { loadCalendar } from './school-loaders';
import { SchoolFilter } from './school.input';
import { LocalAuthority, School, SchoolCalendar, SchoolConnection } from './school.type';

@Resolver(() => School)
export class SchoolResolver {
  constructor(private readonly directory: SchoolDirectoryService) {}

  @Authorized(...SCHOOL_READERS)
  @Query(() => SchoolConnection, {
    description: "The schools the caller works with, by name: school staff their own; the LA's officers and the Virtual School the LA's.",
  })
  async schools(
    @Args() page: PageArgs,
    @Arg('filter', () => SchoolFilter, { nullable: true }) filter: SchoolFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<SchoolRecord>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }

  @Authorized(...SCHOOL_READERS)
  @Query(() => School, { nullable: true, description: 'One school the caller works with, or null.' })
  async school(@Arg('urn', () => Int) urn: number, @Ctx() ctx: RequestContext): Promise<SchoolRecord | null> {
    return (await this.directory.byUrn(scopeOf(ctx), urn)) ?? null;
  }

  @FieldResolver(() => SchoolCalendar, { description: 'Half terms and closures for one academic year.' })
  calendar(
    @Root() school: SchoolRecord,
    @Arg('academicYear', () => Int, { description: 'The year it starts: 2025 for 2025/26.' }) academicYear: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SchoolCalendarRecord> {
    return loadCalendar(ctx, this.directory, school.urn, academicYear);
  }
}

@Resolver(() => LocalAuthority)
export class LocalAuthorityResolver {
  constructor(private readonly directory: SchoolDirectoryService) {}

  @Authorized(...SCHOOL_READERS)
  @Query(() => LocalAuthority, { nullable: true, description: "The caller's own local authority." })
  async localAuthority(@Ctx() ctx: RequestContext): Promise<LocalAuthorityRecord | null> {
    return (await this.directory.localAuthority(scopeOf(ctx))) ?? null;
  }

  @FieldResolver(() => SchoolConnection, { description: "The LA's schools the caller works with (school staff: their own), by name." })
  async schools(
    @Root() _la: LocalAuthorityRecord,
    @Args() page: PageArgs,
    @Arg('filter', () => SchoolFilter, { nullable: true }) filter: SchoolFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<SchoolRecord>> {
    const first = pageSizeOf(page);
    // Only the caller's own LA is ever returned (one per response), so this runs once: no loader needed.
    return connectionOf(await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }
}
