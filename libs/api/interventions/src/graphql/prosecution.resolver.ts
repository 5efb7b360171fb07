import { Access, laCodeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { InterventionService } from '../intervention.service';
import { prosecutionRefused } from './intervention-refusals';
import { LayProsecutionInformationInput, PrepareProsecutionInput, ProsecutionStepInput, RecordProsecutionVerdictInput } from './intervention.input';
import { interventionView } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { ProsecutionResult } from './prosecution.type';
import { takeStep } from './step-input';

type Result = InterventionView | InstanceType<typeof prosecutionRefused.Refused>;

/** Prosecutions under EA 1996 ss443–444 (domain §8): only an LA may bring them (s446). */
@Resolver()
export class ProsecutionResolver {
  constructor(private readonly service: InterventionService) {}

  @Authorized(...Access.LA)
  @Mutation(() => ProsecutionResult, { description: 'Opens a prosecution of one parent for one child, to prepare before laying the information.' })
  prepareProsecution(@Arg('input') input: PrepareProsecutionInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return prosecutionRefused.orRefused(async () =>
      interventionView(await this.service.prepareProsecution(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) })),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => ProsecutionResult, {
    description: 'Lays the information: within 6 months of the offence, after an ESO was considered, never for a paid or withdrawn notice, with a complete file.',
  })
  layProsecutionInformation(@Arg('input') input: LayProsecutionInformationInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return prosecutionRefused.orRefused(() =>
      takeStep(this.service, scope, 'PROSECUTION', input, 'LAY_INFORMATION', { evidence: input.evidence, penaltyNoticeId: input.penaltyNoticeId }),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => ProsecutionResult, { description: 'Records the outcome: the verdict and, on conviction, the sentence (only those available for the offence).' })
  recordProsecutionVerdict(@Arg('input') input: RecordProsecutionVerdictInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return prosecutionRefused.orRefused(() =>
      takeStep(this.service, scope, 'PROSECUTION', input, 'RECORD_VERDICT', { verdict: input.verdict, sentence: input.sentence }),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => ProsecutionResult, {
    description: 'A step: LAY_INFORMATION, DIRECT_ESO, RESPOND_TO_ESO_DIRECTION (response), RECORD_VERDICT (verdict, sentence) or WITHDRAW.',
  })
  takeProsecutionStep(@Arg('input') input: ProsecutionStepInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    const data = { evidence: input.evidence, penaltyNoticeId: input.penaltyNoticeId, kind: input.response, verdict: input.verdict, sentence: input.sentence };
    return prosecutionRefused.orRefused(() => takeStep(this.service, scope, 'PROSECUTION', input, input.action, data, { kind: 'response' }));
  }
}
