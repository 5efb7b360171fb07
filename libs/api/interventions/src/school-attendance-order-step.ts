import { SchoolAttendanceOrder, SchoolAttendanceOrderEvent, schoolAttendanceOrderTransition } from '@rollcall/rules';
import { pupilFacts } from './intervention-facts';
import { StepContext, StepOutcome, allowedOrRefuse, detailsAfter, recordOf } from './step-context';

// domain §9; EA 1996 ss437–443: notices, the order, amendment, revocation and end, decided by `schoolAttendanceOrderTransition`
export async function schoolAttendanceOrderStep(ctx: StepContext<'SCHOOL_ATTENDANCE_ORDER'>): Promise<StepOutcome> {
  const { tx, intervention, occurredOn: on, data } = ctx;
  const order = recordOf<SchoolAttendanceOrder>(intervention);
  let event = { ...data, type: ctx.action, on } as SchoolAttendanceOrderEvent;
  if (event.type === 'SERVE_NOTICE_TO_SATISFY') {
    const pupil = await pupilFacts(tx, intervention.laCode, intervention.pupilId);
    event = { ...event, childInLaArea: pupil.homeLaCode === intervention.laCode };
  }
  const { next, detail } = allowedOrRefuse(schoolAttendanceOrderTransition(order, event));
  const reason = event.type === 'REVOKE' ? event.ground : undefined;
  return { state: next.state, details: detailsAfter(intervention.details, next), detail, ...(reason ? { reason } : {}) };
}
