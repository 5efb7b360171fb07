import { Access, LocalDateScalar, PageArgs, connectionOf, decodeCursor, pageOf, pageSizeOf, scopeOf } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext } from '@rollcall/api-core';
import type { LocalDate } from '@rollcall/rules';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AttendanceDashboardService } from '../attendance-dashboard.service';
import type { DashboardRecord, SchoolBreakdownRecord } from '../attendance-dashboard.service';
import { PupilAttendanceService } from '../pupil-attendance.service';
import type { PupilAttendanceRecord } from '../pupil-attendance.service';
import { PupilsNeedingActionService } from '../pupils-needing-action.service';
import type { PupilNeedingActionRecord } from '../pupils-needing-action.service';
import type { StatisticalMethod } from '../statistical-method';
import { AttendanceDashboard, DashboardSchoolConnection } from './attendance-dashboard.type';
import { StatisticalMethodEnum } from './dashboard-enums';
import { PupilAttendance } from './pupil-attendance.type';
import { PupilNeedingActionConnection } from './pupil-needing-action.type';

/** Who reads dashboards: a school's staff (their school), the LA's officers and admins, and keys with `attendance:read`. */
export const DASHBOARD_READERS = [...Access.SCHOOL, ...Access.LA, 'attendance:read'] as const;

@Resolver(() => AttendanceDashboard)
export class AttendanceDashboardResolver {
  constructor(private readonly dashboards: AttendanceDashboardService) {}

  @Authorized(...DASHBOARD_READERS)
  @Query(() => AttendanceDashboard, {
    description: 'A school’s attendance over a period (at most a year), read from the summaries, broken down and compared with national figures.',
  })
  schoolDashboard(
    @Arg('urn', () => Int) urn: number,
    @Arg('from', () => LocalDateScalar) from: LocalDate,
    @Arg('to', () => LocalDateScalar) to: LocalDate,
    @Arg('method', () => StatisticalMethodEnum, { defaultValue: 'ROLLCALL' }) method: StatisticalMethod,
    @Ctx() ctx: RequestContext,
  ): Promise<DashboardRecord> {
    return this.dashboards.schoolDashboard(scopeOf(ctx), urn, { from, to, method });
  }

  @Authorized(...Access.LA, 'attendance:read')
  @Query(() => AttendanceDashboard, {
    description: 'The LA’s schools’ attendance over a period (at most a year), by phase, year group, cohort, school and week, with national figures.',
  })
  laDashboard(
    @Arg('from', () => LocalDateScalar) from: LocalDate,
    @Arg('to', () => LocalDateScalar) to: LocalDate,
    @Arg('method', () => StatisticalMethodEnum, { defaultValue: 'ROLLCALL' }) method: StatisticalMethod,
    @Ctx() ctx: RequestContext,
  ): Promise<DashboardRecord> {
    return this.dashboards.laDashboard(scopeOf(ctx), { from, to, method });
  }

  @FieldResolver(() => DashboardSchoolConnection, { description: 'School by school, by URN.' })
  bySchool(@Root() dashboard: DashboardRecord, @Args() page: PageArgs): ConnectionShape<SchoolBreakdownRecord> {
    const first = pageSizeOf(page);
    const after = decodeCursor(page.after, 1);
    const rest = after ? dashboard.bySchool.filter((s) => s.urn > Number(after[0])) : dashboard.bySchool;
    return connectionOf(pageOf(rest.slice(0, first + 1), first, dashboard.bySchool.length, (s) => [s.urn]));
  }
}

@Resolver()
export class PupilAttendanceResolver {
  constructor(private readonly attendance: PupilAttendanceService) {}

  @Authorized(...Access.EVERY_ROLE, 'attendance:read')
  @Query(() => PupilAttendance, {
    nullable: true,
    description:
      'A pupil’s attendance over a period: sessions, rates, persistent and severe absence, and (for staff) the stage of the LA’s graduated ' +
      'response with the actions due. Null when the caller may not see the pupil.',
  })
  async pupilAttendance(
    @Arg('pupilId', () => ID) pupilId: string,
    @Arg('from', () => LocalDateScalar) from: LocalDate,
    @Arg('to', () => LocalDateScalar) to: LocalDate,
    @Arg('laCode', () => String, { nullable: true, description: 'The LA holding the record; default: any you see (your own first).' }) laCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PupilAttendanceRecord | null> {
    return (await this.attendance.attendance(scopeOf(ctx), { pupilId, laCode, from, to })) ?? null;
  }
}

@Resolver()
export class PupilsNeedingActionResolver {
  constructor(private readonly worklist: PupilsNeedingActionService) {}

  @Authorized(...Access.SCHOOL, ...Access.LA, ...Access.VIRTUAL_SCHOOL, 'attendance:read')
  @Query(() => PupilNeedingActionConnection, {
    description:
      'Pupils the rules flag (severely or persistently absent, penalty-notice threshold met, an N overdue, an attendance or sickness ' +
      'return due, graduated-response actions due), most absent first, each with every reason.',
  })
  async pupilsNeedingAction(
    @Args() page: PageArgs,
    @Arg('urn', () => Int, { nullable: true, description: 'One school; default: every school you work with.' }) urn: number | null,
    @Arg('stage', () => String, { nullable: true, description: 'Only pupils at this stage of the LA’s graduated response, e.g. PERSISTENTLY_ABSENT.' }) stage: string | null,
    @Arg('asAt', () => LocalDateScalar, { nullable: true, description: 'Apply the rules as on this day (default today).' }) asAt: LocalDate | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<PupilNeedingActionRecord>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.worklist.list(scopeOf(ctx), { urn, stage, asAt }, { first, after: page.after }));
  }
}
