import { Access, PageArgs, Refusal, Refused, connectionOf, laCodeOf, orRefused, pageSizeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, RequestContext, Scope } from '@rollcall/api-core';
import { CaseworkPupil, loadCaseworkPupil } from '@rollcall/api-plans';
import type { CaseworkPupilRecord } from '@rollcall/api-plans';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { ParentRequestDirectory } from '../parent-request-directory.service';
import type { AbsenceReportRecord, LeaveRequestRecord } from '../parent-request-record';
import { ParentRequestService } from '../parent-request.service';
import { AbsenceReportFilter, DecideLeaveInput, LeaveRequestFilter, ReportAbsenceInput, RequestLeaveInput, ReviewAbsenceReportInput, WithdrawLeaveRequestInput } from './parent-request.input';
import {
  AbsenceReport,
  AbsenceReportConnection,
  AbsenceReportResult,
  DecideLeaveResult,
  LeaveRequest,
  LeaveRequestConnection,
  LeaveRequestResult,
  leaveDecisionRefused,
} from './parent-request.type';

/** Parents act for their own children; the school's staff record on a parent's behalf and decide. */
const PARENTS_AND_SCHOOLS = [...Access.PARENT, ...Access.SCHOOL] as const;

/** A parent makes a request as themselves; the school must say which parent it is recording for. */
function parentIdOf(scope: Scope, given: string | null | undefined): string {
  const parentId = given ?? (scope.role === 'PARENT' ? scope.parentIds?.[0] : undefined);
  if (!parentId) throw new Refusal('INVALID_INPUT', 'Say which parent is making the request (parentId).', { field: 'parentId' });
  return parentId;
}

@Resolver()
export class ParentRequestResolver {
  constructor(
    private readonly requests: ParentRequestService,
    private readonly directory: ParentRequestDirectory,
  ) {}

  @Authorized(...PARENTS_AND_SCHOOLS)
  @Query(() => AbsenceReportConnection, { description: 'Absence reports: a parent’s own, or those for the school’s pupils; latest first.' })
  async absenceReports(
    @Args() page: PageArgs,
    @Arg('filter', () => AbsenceReportFilter, { nullable: true }) filter: AbsenceReportFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<AbsenceReportRecord>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.absenceReports(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }

  @Authorized(...PARENTS_AND_SCHOOLS)
  @Query(() => LeaveRequestConnection, { description: 'Leave-of-absence requests: a parent’s own, or those for the school’s pupils; latest first.' })
  async leaveRequests(
    @Args() page: PageArgs,
    @Arg('filter', () => LeaveRequestFilter, { nullable: true }) filter: LeaveRequestFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<LeaveRequestRecord>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.leaveRequests(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }

  @Authorized(...PARENTS_AND_SCHOOLS)
  @Mutation(() => AbsenceReportResult, { description: 'Reports a child’s absence (someone with parental responsibility, or the school recording their call).' })
  reportAbsence(@Arg('input') input: ReportAbsenceInput, @Ctx() ctx: RequestContext): Promise<AbsenceReportRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(async () =>
      this.requests.reportAbsence(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode), parentId: parentIdOf(scope, input.parentId) }),
    );
  }

  @Authorized(...Access.SCHOOL)
  @Mutation(() => AbsenceReportResult, { description: 'The school accepts the reason given, or queries it with the family.' })
  reviewAbsenceReport(@Arg('input') input: ReviewAbsenceReportInput, @Ctx() ctx: RequestContext): Promise<AbsenceReportRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.requests.reviewAbsenceReport(scope, { laCode: laCodeOf(scope, input.laCode), reportId: input.reportId, status: input.status }));
  }

  @Authorized(...PARENTS_AND_SCHOOLS)
  @Mutation(() => LeaveRequestResult, { description: 'Asks for leave of absence, before it starts (a parent with parental responsibility or whom the child lives with).' })
  requestLeave(@Arg('input') input: RequestLeaveInput, @Ctx() ctx: RequestContext): Promise<LeaveRequestRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(async () =>
      this.requests.requestLeave(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode), parentId: parentIdOf(scope, input.parentId) }),
    );
  }

  @Authorized(...PARENTS_AND_SCHOOLS)
  @Mutation(() => LeaveRequestResult, { description: 'Withdraws a request the school has not yet decided.' })
  withdrawLeaveRequest(@Arg('input') input: WithdrawLeaveRequestInput, @Ctx() ctx: RequestContext): Promise<LeaveRequestRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.requests.withdrawLeaveRequest(scope, { laCode: laCodeOf(scope, input.laCode), requestId: input.requestId }));
  }

  @Authorized(...Access.SCHOOL)
  @Mutation(() => DecideLeaveResult, {
    description: 'The school grants leave only on the grounds in SI 2024/208 reg 11, with the matching code, or refuses it — always giving its reason.',
  })
  decideLeaveRequest(@Arg('input') input: DecideLeaveInput, @Ctx() ctx: RequestContext): Promise<LeaveRequestRecord | InstanceType<typeof leaveDecisionRefused.Refused>> {
    const scope = scopeOf(ctx);
    return leaveDecisionRefused.orRefused(() => this.requests.decideLeave(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }
}

/** The child a report or request is about (school staff; a parent knows their child). */
@Resolver(() => AbsenceReport)
export class AbsenceReportPupilResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => CaseworkPupil, { nullable: true })
  pupil(@Root() r: AbsenceReportRecord, @Ctx() ctx: RequestContext): Promise<CaseworkPupilRecord | null> {
    return loadCaseworkPupil(ctx, this.dataSource, r.laCode, r.pupilId);
  }
}

@Resolver(() => LeaveRequest)
export class LeaveRequestPupilResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => CaseworkPupil, { nullable: true })
  pupil(@Root() r: LeaveRequestRecord, @Ctx() ctx: RequestContext): Promise<CaseworkPupilRecord | null> {
    return loadCaseworkPupil(ctx, this.dataSource, r.laCode, r.pupilId);
  }
}
