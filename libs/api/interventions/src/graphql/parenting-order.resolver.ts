import { Access, laCodeOf, scopeOf } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { InterventionService } from '../intervention.service';
import { parentingOrderRefused } from './intervention-refusals';
import { MakeParentingOrderInput, ParentingOrderStepInput, ProposeParentingOrderInput } from './intervention.input';
import { interventionView } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { ParentingOrderResult, ParentingOrderTerms } from './parenting-order.type';
import { takeStep } from './step-input';

type Result = InterventionView | InstanceType<typeof parentingOrderRefused.Refused>;

function termsData(terms: ParentingOrderTerms | null | undefined): object | undefined {
  if (!terms) return undefined;
  const { programme, ...rest } = terms;
  return { ...rest, ...(programme ? { programme: { ...programme, ...(programme.residentialJustified == null ? { residentialJustified: undefined } : {}) } } : {}) };
}

/** Parenting orders on conviction (domain §8; CDA 1998 s8): the LA's. */
@Resolver()
export class ParentingOrderResolver {
  constructor(private readonly service: InterventionService) {}

  @Authorized(...Access.LA)
  @Mutation(() => ParentingOrderResult, { description: 'Proposes a parenting order on a convicted prosecution.' })
  proposeParentingOrder(@Arg('input') input: ProposeParentingOrderInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return parentingOrderRefused.orRefused(async () =>
      interventionView(
        await this.service.proposeParentingOrder(scope, { laCode: laCodeOf(scope, input.laCode), prosecutionId: input.prosecutionId, proposedOn: input.proposedOn }),
      ),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => ParentingOrderResult, {
    description: 'The court makes the order: requirements for at most 12 months, a programme of at most 3 months within them (unless an order was made before).',
  })
  makeParentingOrder(@Arg('input') input: MakeParentingOrderInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return parentingOrderRefused.orRefused(() => takeStep(this.service, scope, 'PARENTING_ORDER', input, 'MAKE', { terms: termsData(input.terms) }));
  }

  @Authorized(...Access.LA)
  @Mutation(() => ParentingOrderResult, { description: 'A step: MAKE (terms), RECORD_BREACH, COMPLETE or DISCHARGE.' })
  takeParentingOrderStep(@Arg('input') input: ParentingOrderStepInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return parentingOrderRefused.orRefused(() => takeStep(this.service, scope, 'PARENTING_ORDER', input, input.action, { terms: termsData(input.terms) }));
  }
}
