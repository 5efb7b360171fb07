import { Access, PageArgs, connectionOf, pageSizeOf, recordKeyOf, scopeOf } from '@rollcall/api-core';
import type { ConnectionShape, RecordKey, RequestContext } from '@rollcall/api-core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { SupportPlanDirectory } from '../support-plan-directory.service';
import type { SupportPlanSummary } from '../support-plan-directory.service';
import type { SupportPlanAction, SupportPlanReview } from '../support-plan-record';
import { ParentSupportPlan, ParentSupportPlanAction, ParentSupportPlanConnection, ParentSupportPlanReview } from './support-plan.type';

/** The parent portal's read of their children's plans: the family-facing kinds, once agreed, without professionals' notes. */
@Resolver(() => ParentSupportPlan)
export class ParentSupportPlanResolver {
  constructor(private readonly directory: SupportPlanDirectory) {}

  @Authorized(...Access.PARENT)
  @Query(() => ParentSupportPlanConnection, {
    description: "Plans agreed with you for your children (School Attendance Plans, early help, part-time timetables), newest first.",
  })
  async myChildrensSupportPlans(
    @Args() page: PageArgs,
    @Arg('pupilId', () => ID, { nullable: true, description: 'One child only.' }) pupilId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<SupportPlanSummary>> {
    const first = pageSizeOf(page);
    return connectionOf(await this.directory.forParent(scopeOf(ctx), pupilId === null ? {} : { pupilId }, { first, after: page.after }));
  }

  @FieldResolver(() => [ParentSupportPlanAction], { description: 'What everyone agreed to do, oldest first.' })
  actions(@Root() plan: SupportPlanSummary, @Ctx() ctx: RequestContext): Promise<SupportPlanAction[]> {
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, SupportPlanAction[]>('supportPlan.actions', (keys) => this.directory.actionsFor(scope, keys), { cacheKeyFn: recordKeyOf })
      .load({ laCode: plan.laCode, id: plan.id });
  }

  @FieldResolver(() => [ParentSupportPlanReview], { description: 'Oldest first.' })
  reviews(@Root() plan: SupportPlanSummary, @Ctx() ctx: RequestContext): Promise<SupportPlanReview[]> {
    const scope = scopeOf(ctx);
    return ctx.loaders
      .get<RecordKey, SupportPlanReview[]>('supportPlan.reviews', (keys) => this.directory.reviewsFor(scope, keys), { cacheKeyFn: recordKeyOf })
      .load({ laCode: plan.laCode, id: plan.id });
  }
}
