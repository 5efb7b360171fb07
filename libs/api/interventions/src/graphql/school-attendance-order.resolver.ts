import { Access, laCodeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { InterventionService } from '../intervention.service';
import { schoolAttendanceOrderRefused } from './intervention-refusals';
import { ConsiderSchoolAttendanceOrderInput, SchoolAttendanceOrderStepInput } from './intervention.input';
import { interventionView } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { SchoolAttendanceOrderResult } from './school-attendance-order.type';
import { takeStep } from './step-input';

type Result = InterventionView | InstanceType<typeof schoolAttendanceOrderRefused.Refused>;

/** School Attendance Orders (domain §9; EA 1996 ss437–443): the LA's. */
@Resolver()
export class SchoolAttendanceOrderResolver {
  constructor(private readonly service: InterventionService) {}

  @Authorized(...Access.LA)
  @Mutation(() => SchoolAttendanceOrderResult, { description: 'Records the LA considering whether a child in its area is receiving suitable education.' })
  considerSchoolAttendanceOrder(@Arg('input') input: ConsiderSchoolAttendanceOrderInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return schoolAttendanceOrderRefused.orRefused(async () =>
      interventionView(await this.service.considerSchoolAttendanceOrder(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) })),
    );
  }

  @Authorized(...Access.LA)
  @Mutation(() => SchoolAttendanceOrderResult, {
    description:
      'A step: SERVE_NOTICE_TO_SATISFY (periodDays ≥ 15), PARENT_SATISFIES, SERVE_NOTICE_OF_INTENTION (intendedSchool, alternatives), SERVE_ORDER (namedSchool, expedientToAttendSchool, parentSelection), AMEND (namedSchool), REVOKE (revocationGround), REFER_FOR_PROSECUTION, RECORD_CEASED.',
  })
  takeSchoolAttendanceOrderStep(@Arg('input') input: SchoolAttendanceOrderStepInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    const data = {
      periodDays: input.periodDays,
      intendedSchool: input.intendedSchool,
      alternatives: input.alternatives,
      namedSchool: input.namedSchool,
      expedientToAttendSchool: input.expedientToAttendSchool,
      parentSelection: input.parentSelection ? { ...input.parentSelection } : undefined,
      ground: input.revocationGround,
    };
    return schoolAttendanceOrderRefused.orRefused(() => takeStep(this.service, scope, 'SCHOOL_ATTENDANCE_ORDER', input, input.action, withoutNulls(data), { ground: 'revocationGround' }));
  }
}
