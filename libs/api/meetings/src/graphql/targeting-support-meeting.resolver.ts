import { Access, PageArgs, Refused, connectionOf, laCodeOf, orRefused, pageSizeOf, recordKey, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, RecordKey, RequestContext } from '@rollcall/api-core';
import { CaseworkPupil, loadCaseworkPupil } from '@rollcall/api-plans';
import type { CaseworkPupilRecord } from '@rollcall/api-plans';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { TargetingSupportMeetingDirectory } from '../targeting-support-meeting-directory.service';
import type { MeetingActionRow, TargetingSupportMeetingSummary } from '../targeting-support-meeting-directory.service';
import type { TargetingSupportMeetingRecord } from '../targeting-support-meeting-record';
import { TargetingSupportMeetingService } from '../targeting-support-meeting.service';
import { CompleteMeetingActionInput, RecordTargetingSupportMeetingInput, ScheduleTargetingSupportMeetingInput, TargetingSupportMeetingFilter } from './targeting-support-meeting.input';
import { TargetingSupportMeeting, TargetingSupportMeetingAction, TargetingSupportMeetingConnection, TargetingSupportMeetingResult } from './targeting-support-meeting.type';

type MeetingValue = TargetingSupportMeetingSummary | TargetingSupportMeetingRecord;

@Resolver(() => TargetingSupportMeeting)
export class TargetingSupportMeetingResolver {
  constructor(
    private readonly meetings: TargetingSupportMeetingService,
    private readonly directory: TargetingSupportMeetingDirectory,
  ) {}

  @Authorized(...Access.SCHOOL, ...Access.LA, 'casework:read')
  @Query(() => TargetingSupportMeetingConnection, { description: 'Targeting Support Meetings of the caller’s schools (or LA), latest first.' })
  async targetingSupportMeetings(
    @Args() page: PageArgs,
    @Arg('filter', () => TargetingSupportMeetingFilter, { nullable: true }) filter: TargetingSupportMeetingFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<TargetingSupportMeetingSummary>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }

  @Authorized(...Access.SCHOOL, ...Access.LA, 'casework:read')
  @Query(() => TargetingSupportMeeting, { nullable: true, description: 'One meeting, or null if there is none the caller may see.' })
  async targetingSupportMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('laCode', () => String, { nullable: true }) laCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TargetingSupportMeetingSummary | null> {
    const scope = scopeOf(ctx);
    return (await this.directory.byId(scope, laCodeOf(scope, laCode), id)) ?? null;
  }

  @Authorized(...Access.LA)
  @Mutation(() => TargetingSupportMeetingResult, { description: 'Schedules the termly meeting with a school (one per school per term, in that term).' })
  scheduleTargetingSupportMeeting(@Arg('input') input: ScheduleTargetingSupportMeetingInput, @Ctx() ctx: RequestContext): Promise<TargetingSupportMeetingRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.meetings.schedule(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => TargetingSupportMeetingResult, { description: 'Records the meeting, once: attendees, minutes and the actions agreed for pupils and cohorts.' })
  recordTargetingSupportMeeting(@Arg('input') input: RecordTargetingSupportMeetingInput, @Ctx() ctx: RequestContext): Promise<TargetingSupportMeetingRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() =>
      this.meetings.recordMeeting(scope, {
        laCode: laCodeOf(scope, input.laCode),
        meetingId: input.meetingId,
        heldOn: input.heldOn,
        attendees: input.attendees,
        minutes: input.minutes,
        actions: input.actions.map((a) => withoutNulls({ ...a })),
      }),
    );
  }

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => TargetingSupportMeetingResult, { description: 'Marks an open action done, or dropped.' })
  completeTargetingSupportMeetingAction(@Arg('input') input: CompleteMeetingActionInput, @Ctx() ctx: RequestContext): Promise<TargetingSupportMeetingRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.meetings.completeAction(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @FieldResolver(() => [TargetingSupportMeetingAction], { description: 'The actions agreed, oldest first.' })
  actions(@Root() meeting: MeetingValue, @Ctx() ctx: RequestContext): Promise<MeetingActionRow[]> | MeetingActionRow[] {
    if ('actions' in meeting) return meeting.actions.map((a) => ({ ...a, laCode: meeting.laCode }));
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, MeetingActionRow[]>('targetingSupportMeeting.actions', (keys) => this.directory.actionsFor(scope, keys), { cacheKeyFn: (k) => recordKey(k.laCode, k.id) })
      .load({ laCode: meeting.laCode, id: meeting.id });
  }
}

@Resolver(() => TargetingSupportMeetingAction)
export class TargetingSupportMeetingActionResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => CaseworkPupil, { nullable: true })
  async pupil(@Root() action: MeetingActionRow, @Ctx() ctx: RequestContext): Promise<CaseworkPupilRecord | null> {
    return action.pupilId === null ? null : loadCaseworkPupil(ctx, this.dataSource, action.laCode, action.pupilId);
  }
}
