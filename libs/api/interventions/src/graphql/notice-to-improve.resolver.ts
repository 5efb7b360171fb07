import { Access, laCodeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { InterventionService } from '../intervention.service';
import { noticeToImproveRefused } from './intervention-refusals';
import { IssueNoticeToImproveInput, RecordNoticeToImproveOutcomeInput } from './intervention.input';
import { interventionView } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { NoticeToImproveResult } from './notice-to-improve.type';
import { takeStep } from './step-input';

type Result = InterventionView | InstanceType<typeof noticeToImproveRefused.Refused>;

/** Notices to Improve: issued by the school (head or authorised deputy) or the LA under the LA's code of conduct (domain §5). */
@Resolver()
export class NoticeToImproveResolver {
  constructor(private readonly service: InterventionService) {}

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => NoticeToImproveResult, {
    description: 'Issues a Notice to Improve once the register shows the threshold and support has not worked (or is not appropriate).',
  })
  issueNoticeToImprove(@Arg('input') input: IssueNoticeToImproveInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return noticeToImproveRefused.orRefused(async () =>
      interventionView(await this.service.issueNoticeToImprove(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) })),
    );
  }

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => NoticeToImproveResult, { description: 'Records the outcome of the improvement period, worked out from the register (once it has ended).' })
  recordNoticeToImproveOutcome(@Arg('input') input: RecordNoticeToImproveOutcomeInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return noticeToImproveRefused.orRefused(() => takeStep(this.service, scope, 'NOTICE_TO_IMPROVE', input, 'RECORD_OUTCOME', {}));
  }
}
