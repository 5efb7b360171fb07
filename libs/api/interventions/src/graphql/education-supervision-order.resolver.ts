import { Access, laCodeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { InterventionService } from '../intervention.service';
import { EducationSupervisionOrderResult } from './education-supervision-order.type';
import { educationSupervisionOrderRefused } from './intervention-refusals';
import { ConsiderEducationSupervisionOrderInput, EducationSupervisionOrderStepInput } from './intervention.input';
import { interventionView } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { takeStep } from './step-input';

type Result = InterventionView | InstanceType<typeof educationSupervisionOrderRefused.Refused>;

/** Education Supervision Orders (domain §7): the LA's alone. */
@Resolver()
export class EducationSupervisionOrderResolver {
  constructor(private readonly service: InterventionService) {}

  @Authorized(...Access.LA)
  @Mutation(() => EducationSupervisionOrderResult, { description: 'Records the LA considering an ESO (EA 1996 s447(1) requires it before prosecuting).' })
  considerEducationSupervisionOrder(@Arg('input') input: ConsiderEducationSupervisionOrderInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return educationSupervisionOrderRefused.orRefused(async () =>
      interventionView(await this.service.considerEducationSupervisionOrder(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) })),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => EducationSupervisionOrderResult, {
    description:
      'A step: DECIDE_NOT_TO_APPLY (reason), APPLY (childrenServicesConsulted, ground, bothAgreeSchoolLa), COURT_REFUSES, COURT_MAKES, APPLY_FOR_EXTENSION, EXTEND (extendedTo), CARE_ORDER_MADE, DISCHARGE, RECORD_END.',
  })
  takeEducationSupervisionOrderStep(@Arg('input') input: EducationSupervisionOrderStepInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    const data = {
      reason: input.reason,
      childrenServicesConsulted: input.childrenServicesConsulted,
      ground: input.ground,
      bothAgreeSchoolLa: input.bothAgreeSchoolLa,
      extendedTo: input.extendedTo,
    };
    return educationSupervisionOrderRefused.orRefused(() => takeStep(this.service, scope, 'EDUCATION_SUPERVISION_ORDER', input, input.action, data));
  }
}
