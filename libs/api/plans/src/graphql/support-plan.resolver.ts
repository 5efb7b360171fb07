import { Access, PageArgs, Refused, connectionOf, laCodeOf, orRefused, pageSizeOf, recordKeyOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { ConnectionShape, RecordKey, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import type { CaseworkPupilRecord } from '../casework-pupils';
import { SupportPlanDirectory } from '../support-plan-directory.service';
import type { SupportPlanSummary } from '../support-plan-directory.service';
import type { SupportPlanAction as ActionRecord, SupportPlanRecord, SupportPlanReview as ReviewRecord } from '../support-plan-record';
import { SupportPlanService } from '../support-plan.service';
import { CaseworkPupil, loadCaseworkPupil } from './casework-pupil.type';
import {
  ActivateSupportPlanInput,
  AddSupportPlanActionInput,
  CloseSupportPlanInput,
  CompleteSupportPlanActionInput,
  CreateSupportPlanInput,
  RecordSupportPlanReviewInput,
  SupportPlanFilter,
} from './support-plan.input';
import { SupportPlan, SupportPlanAction, SupportPlanConnection, SupportPlanResult, SupportPlanReview } from './support-plan.type';

/** Who may change plans: school staff (their school's), LA officers and admins, the Virtual School (its children). */
const PLAN_WRITERS = ['SCHOOL_STAFF', 'LA_OFFICER', 'LA_ADMIN', 'VIRTUAL_SCHOOL'] as const;

type PlanValue = SupportPlanSummary | SupportPlanRecord;

@Resolver(() => SupportPlan)
export class SupportPlanResolver {
  constructor(
    private readonly plans: SupportPlanService,
    private readonly directory: SupportPlanDirectory,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized(...Access.STAFF, 'casework:read')
  @Query(() => SupportPlanConnection, { description: 'Support plans the caller may see, newest start first.' })
  async supportPlans(
    @Args() page: PageArgs,
    @Arg('filter', () => SupportPlanFilter, { nullable: true }) filter: SupportPlanFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<SupportPlanSummary>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.list(scopeOf(ctx), withoutNulls(filter ?? {}), { first, after: page.after }));
  }

  @Authorized(...Access.STAFF, 'casework:read')
  @Query(() => SupportPlan, { nullable: true, description: 'One plan, or null if there is none the caller may see.' })
  async supportPlan(
    @Arg('id', () => ID) id: string,
    @Arg('laCode', () => String, { nullable: true }) laCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportPlanSummary | null> {
    const scope = scopeOf(ctx);
    return (await this.directory.byId(scope, laCodeOf(scope, laCode), id)) ?? null;
  }

  @Authorized(...PLAN_WRITERS)
  @Mutation(() => SupportPlanResult, { description: 'Starts a support plan for a child (a part-time timetable needs an end date and a review on or before it).' })
  createSupportPlan(@Arg('input') input: CreateSupportPlanInput, @Ctx() ctx: RequestContext): Promise<SupportPlanRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.plans.createPlan(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @Authorized(...PLAN_WRITERS)
  @Mutation(() => SupportPlanResult, { description: 'Makes a draft plan, agreed with the family, active.' })
  activateSupportPlan(@Arg('input') input: ActivateSupportPlanInput, @Ctx() ctx: RequestContext): Promise<SupportPlanRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.plans.activatePlan(scope, { laCode: laCodeOf(scope, input.laCode), planId: input.planId }));
  }

  @Authorized(...PLAN_WRITERS)
  @Mutation(() => SupportPlanResult, { description: 'Adds an action to an open plan.' })
  addSupportPlanAction(@Arg('input') input: AddSupportPlanActionInput, @Ctx() ctx: RequestContext): Promise<SupportPlanRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.plans.addAction(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @Authorized(...PLAN_WRITERS)
  @Mutation(() => SupportPlanResult, { description: 'Records an action as done (once).' })
  completeSupportPlanAction(@Arg('input') input: CompleteSupportPlanActionInput, @Ctx() ctx: RequestContext): Promise<SupportPlanRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.plans.completeAction(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @Authorized(...PLAN_WRITERS)
  @Mutation(() => SupportPlanResult, { description: 'Records a review: continue, adjust, escalate (setting the next review) or close the plan.' })
  recordSupportPlanReview(@Arg('input') input: RecordSupportPlanReviewInput, @Ctx() ctx: RequestContext): Promise<SupportPlanRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.plans.recordReview(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @Authorized(...PLAN_WRITERS)
  @Mutation(() => SupportPlanResult, { description: 'Closes an open plan.' })
  closeSupportPlan(@Arg('input') input: CloseSupportPlanInput, @Ctx() ctx: RequestContext): Promise<SupportPlanRecord | Refused> {
    const scope = scopeOf(ctx);
    return orRefused(() => this.plans.closePlan(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) }));
  }

  @FieldResolver(() => CaseworkPupil, { nullable: true })
  pupil(@Root() plan: PlanValue, @Ctx() ctx: RequestContext): Promise<CaseworkPupilRecord | null> {
    return loadCaseworkPupil(ctx, this.dataSource, plan.laCode, plan.pupilId);
  }

  @FieldResolver(() => [SupportPlanAction], { description: 'Oldest first.' })
  actions(@Root() plan: PlanValue, @Ctx() ctx: RequestContext): Promise<readonly ActionRecord[]> | readonly ActionRecord[] {
    if ('actions' in plan) return plan.actions;
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, ActionRecord[]>('supportPlan.actions', (keys) => this.directory.actionsFor(scope, keys), { cacheKeyFn: recordKeyOf })
      .load({ laCode: plan.laCode, id: plan.id });
  }

  @FieldResolver(() => [SupportPlanReview], { description: 'Oldest first.' })
  reviews(@Root() plan: PlanValue, @Ctx() ctx: RequestContext): Promise<readonly ReviewRecord[]> | readonly ReviewRecord[] {
    if ('reviews' in plan) return plan.reviews;
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, ReviewRecord[]>('supportPlan.reviews', (keys) => this.directory.reviewsFor(scope, keys), { cacheKeyFn: recordKeyOf })
      .load({ laCode: plan.laCode, id: plan.id });
  }
}
