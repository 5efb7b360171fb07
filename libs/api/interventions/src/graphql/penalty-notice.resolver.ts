import { Access, laCodeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { InterventionService } from '../intervention.service';
import { penaltyNoticeRefused } from './intervention-refusals';
import { DecidePenaltyNoticeNonPaymentInput, IssuePenaltyNoticeInput, RecordPenaltyNoticePaymentInput, WithdrawPenaltyNoticeInput } from './intervention.input';
import { interventionView } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { IssuePenaltyNoticeResult, PenaltyNoticeNonPaymentResult, PenaltyNoticeResult } from './penalty-notice.type';

type Refused = InstanceType<typeof penaltyNoticeRefused.Refused>;

/**
 * Penalty notices (domain §5): a headteacher (or a deputy or assistant head they authorise) or an authorised LA officer
 * issues; payment is always to the LA, which alone records payment, withdraws, and decides what follows non-payment.
 */
@Resolver()
export class PenaltyNoticeResolver {
  constructor(private readonly service: InterventionService) {}

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => IssuePenaltyNoticeResult, {
    description: 'Issues a penalty notice to one parent for one child, if the national framework and the LA’s code allow it (at most 2 in 3 years).',
  })
  issuePenaltyNotice(@Arg('input') input: IssuePenaltyNoticeInput, @Ctx() ctx: RequestContext): Promise<InterventionView | Refused> {
    const scope = scopeOf(ctx);
    const given = withoutNulls(input);
    return penaltyNoticeRefused.orRefused(async () =>
      interventionView(
        await this.service.issuePenaltyNotice(scope, {
          ...given,
          laCode: laCodeOf(scope, input.laCode),
          issuer: { ...input.issuer },
          ...(input.noticeToImproveSkipped ? { noticeToImproveSkipped: { ...input.noticeToImproveSkipped } } : {}),
        }),
      ),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => PenaltyNoticeResult, { description: 'Records a payment (the reduced rate within 21 days of receipt, else the full rate within 28).' })
  recordPenaltyNoticePayment(@Arg('input') input: RecordPenaltyNoticePaymentInput, @Ctx() ctx: RequestContext): Promise<InterventionView | Refused> {
    const scope = scopeOf(ctx);
    return penaltyNoticeRefused.orRefused(async () =>
      interventionView(
        await this.service.recordPenaltyNoticePayment(scope, {
          laCode: laCodeOf(scope, input.laCode),
          interventionId: input.id,
          paidOn: input.paidOn,
          amountPence: input.amountPence,
          ...(input.reference ? { reference: input.reference } : {}),
        }),
      ),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => PenaltyNoticeResult, { description: 'Withdraws a notice on a ground in SI 2007/1867 reg 8 (any payment is refunded).' })
  withdrawPenaltyNotice(@Arg('input') input: WithdrawPenaltyNoticeInput, @Ctx() ctx: RequestContext): Promise<InterventionView | Refused> {
    const scope = scopeOf(ctx);
    return penaltyNoticeRefused.orRefused(async () =>
      interventionView(
        await this.service.withdrawPenaltyNotice(scope, { laCode: laCodeOf(scope, input.laCode), interventionId: input.id, withdrawnOn: input.withdrawnOn, ground: input.ground }),
      ),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => PenaltyNoticeNonPaymentResult, {
    description: 'After the payment period: prosecute the original offence (opening a prosecution) or withdraw the notice — it must be one or the other.',
  })
  decidePenaltyNoticeNonPayment(
    @Arg('input') input: DecidePenaltyNoticeNonPaymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<{ penaltyNotice: InterventionView; prosecution: InterventionView | null } | Refused> {
    const scope = scopeOf(ctx);
    return penaltyNoticeRefused.orRefused(async () => {
      const decided = await this.service.penaltyNoticeNonPayment(scope, {
        laCode: laCodeOf(scope, input.laCode),
        interventionId: input.id,
        decidedOn: input.decidedOn,
        decision: input.decision,
        ...(input.offence ? { offence: input.offence } : {}),
      });
      return { penaltyNotice: interventionView(decided.penaltyNotice), prosecution: decided.prosecution ? interventionView(decided.prosecution) : null };
    });
  }
}
