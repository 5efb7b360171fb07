import { Access, laCodeOf, scopeOf, withoutNulls } from '@rollcall/api-core';
import type { RequestContext } from '@rollcall/api-core';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { InterventionService } from '../intervention.service';
import { AttendanceContractResult } from './attendance-contract.type';
import { attendanceContractRefused } from './intervention-refusals';
import { AttendanceContractStepInput, ProposeAttendanceContractInput, ReviewAttendanceContractInput, SignAttendanceContractInput } from './intervention.input';
import { interventionView } from './intervention.type';
import type { InterventionView } from './intervention.type';
import { takeStep } from './step-input';

type Result = InterventionView | InstanceType<typeof attendanceContractRefused.Refused>;

/** Attendance contracts (domain §6): proposed, agreed, reviewed and ended by the school or the LA. */
@Resolver()
export class AttendanceContractResolver {
  constructor(private readonly service: InterventionService) {}

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => AttendanceContractResult, { description: 'Proposes a contract (not at independent or non-maintained special schools).' })
  proposeAttendanceContract(@Arg('input') input: ProposeAttendanceContractInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return attendanceContractRefused.orRefused(async () =>
      interventionView(await this.service.proposeAttendanceContract(scope, { ...withoutNulls(input), laCode: laCodeOf(scope, input.laCode) })),
    );
  }

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => AttendanceContractResult, { description: 'Every parent on the contract agrees and takes part: it starts.' })
  signAttendanceContract(@Arg('input') input: SignAttendanceContractInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return attendanceContractRefused.orRefused(() =>
      takeStep(this.service, scope, 'ATTENDANCE_CONTRACT', input, 'AGREE', { signatures: input.signatures.map((s) => ({ ...s })), endsOn: input.endsOn }),
    );
  }

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => AttendanceContractResult, { description: 'Records a review of a running contract (the next is due after the LA’s interval).' })
  reviewAttendanceContract(@Arg('input') input: ReviewAttendanceContractInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    return attendanceContractRefused.orRefused(() => takeStep(this.service, scope, 'ATTENDANCE_CONTRACT', input, 'RECORD_REVIEW', {}));
  }

  @Authorized(...Access.SCHOOL, ...Access.LA)
  @Mutation(() => AttendanceContractResult, { description: 'Any step: AGREE, DECLINE, RECORD_REVIEW, RECORD_NON_COMPLIANCE, COMPLETE, END_EARLY or ESCALATE.' })
  takeAttendanceContractStep(@Arg('input') input: AttendanceContractStepInput, @Ctx() ctx: RequestContext): Promise<Result> {
    const scope = scopeOf(ctx);
    const data = { signatures: input.signatures?.map((s) => ({ ...s })), endsOn: input.endsOn, note: input.note, to: input.escalateTo };
    return attendanceContractRefused.orRefused(() => takeStep(this.service, scope, 'ATTENDANCE_CONTRACT', input, input.action, data, { to: 'escalateTo' }));
  }
}
