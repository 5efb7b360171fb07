import { laSettings } from '@rollcall/api-core';
import { AttendanceContract, AttendanceContractEvent, DEFAULT_ATTENDANCE_CONTRACT_SETTINGS, attendanceContractTransition } from '@rollcall/rules';
import { StepContext, StepOutcome, allowedOrRefuse, detailsAfter, recordOf } from './step-context';

// domain §6, §17.2; ASBA 2003 s19: agreeing, reviewing, recording non-compliance and ending a contract, decided by `attendanceContractTransition`
export async function attendanceContractStep(ctx: StepContext<'ATTENDANCE_CONTRACT'>): Promise<StepOutcome> {
  const { tx, intervention, occurredOn: on, data } = ctx;
  const contract = recordOf<AttendanceContract>(intervention);
  const settings = await laSettings(tx, intervention.laCode, 'ATTENDANCE_CONTRACT', contract.proposedOn, DEFAULT_ATTENDANCE_CONTRACT_SETTINGS);
  const event = { ...data, type: ctx.action, on } as AttendanceContractEvent;
  const { next, detail } = allowedOrRefuse(attendanceContractTransition(contract, event, settings));
  const reason = event.type === 'RECORD_NON_COMPLIANCE' ? event.note : event.type === 'ESCALATE' ? event.to : undefined;
  return { state: next.state, details: detailsAfter(intervention.details, next), detail, ...(reason ? { reason } : {}) };
}
