import { Access, PageArgs, connectionOf, pageSizeOf, recordKeyOf, scopeOf } from '@rollcall/api-core';
import type { ConnectionShape, RecordKey, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ChildrenOfParentService } from '../children-of-parent.service';
import type { ChildRecord, ParentContactRecord } from '../children-of-parent.service';
import { SchoolDirectoryService } from '../school-directory.service';
import type { SchoolCalendarRecord, SchoolRecord } from '../school-record';
import { ChildOfParent, ChildOfParentConnection, ChildSchool, ParentContactDetails } from './child-of-parent.type';
import { loadCalendar } from './school-loaders';
import { SchoolCalendar } from './school.type';

const keyOf = (child: ChildRecord): RecordKey => ({ laCode: child.laCode, id: child.id });

@Resolver(() => ChildOfParent)
export class ChildOfParentResolver {
  constructor(private readonly children: ChildrenOfParentService) {}

  @Authorized(...Access.PARENT)
  @Query(() => ChildOfParentConnection, { description: 'The children you hold parental responsibility for.' })
  async myChildren(@Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<ChildRecord>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.children.list(scopeOf(ctx), { first, after: page.after }));
  }

  @FieldResolver(() => ChildSchool, { nullable: true, description: 'The school your child is on roll at (or joining next).' })
  school(@Root() child: ChildRecord, @Ctx() ctx: RequestContext): Promise<SchoolRecord | null> {
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, SchoolRecord | null>('pupils.childSchool', (keys) => this.children.schoolsOf(scope, keys), { cacheKeyFn: recordKeyOf })
      .load(keyOf(child));
  }

  @FieldResolver(() => ParentContactDetails, { nullable: true, description: 'Your own contact details as the school holds them for this child.' })
  myContactDetails(@Root() child: ChildRecord, @Ctx() ctx: RequestContext): Promise<ParentContactRecord | null> {
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, ParentContactRecord | null>('pupils.myContactDetails', (keys) => this.children.contactDetailsOf(scope, keys), {
        cacheKeyFn: recordKeyOf,
      })
      .load(keyOf(child));
  }
}

@Resolver(() => ChildSchool)
export class ChildSchoolResolver {
  constructor(private readonly schools: SchoolDirectoryService) {}

  @FieldResolver(() => SchoolCalendar, { description: 'Term dates and closures for one academic year.' })
  calendar(
    @Root() school: SchoolRecord,
    @Arg('academicYear', () => Int, { description: 'The year it starts: 2025 for 2025/26.' }) academicYear: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SchoolCalendarRecord> {
    return loadCalendar(ctx, this.schools, school.urn, academicYear);
  }
}
