import { EducationSupervisionOrder, EducationSupervisionOrderEvent, EducationSupervisionOrderGround, educationSupervisionOrderTransition } from '@rollcall/rules';
import { isLookedAfter, pupilFacts } from './intervention-facts';
import { StepContext, StepOutcome, allowedOrRefuse, detailsAfter, recordOf } from './step-context';

async function applyEvent(ctx: StepContext<'EDUCATION_SUPERVISION_ORDER'>): Promise<EducationSupervisionOrderEvent> {
  const { tx, intervention, occurredOn: on, data } = ctx;
  const pupil = await pupilFacts(tx, intervention.laCode, intervention.pupilId);
  const ground = data['ground'] as EducationSupervisionOrderGround | undefined;
  return {
    type: 'APPLY',
    on,
    applyingLa: intervention.laCode,
    designation: {
      homeLa: pupil.homeLaCode,
      ...(intervention.urn === null ? {} : { schoolLa: intervention.laCode }),
      bothAgreeSchoolLa: data['bothAgreeSchoolLa'] === true,
    },
    inCareOfLocalAuthority: await isLookedAfter(tx, intervention.laCode, intervention.pupilId, on),
    childrenServicesConsulted: data['childrenServicesConsulted'] === true,
    ...(ground === undefined ? {} : { ground }),
  };
}

// domain §7; Children Act 1989 s36 and Sch 3: applying for, making, extending and ending an ESO, decided by `educationSupervisionOrderTransition`
export async function educationSupervisionOrderStep(ctx: StepContext<'EDUCATION_SUPERVISION_ORDER'>): Promise<StepOutcome> {
  const { intervention, occurredOn: on, data } = ctx;
  const order = recordOf<EducationSupervisionOrder>(intervention);
  const event = ctx.action === 'APPLY' ? await applyEvent(ctx) : ({ ...data, type: ctx.action, on } as EducationSupervisionOrderEvent);
  const { next, detail } = allowedOrRefuse(educationSupervisionOrderTransition(order, event));
  const reason = event.type === 'DECIDE_NOT_TO_APPLY' ? event.reason : undefined;
  return { state: next.state, details: detailsAfter(intervention.details, next), detail, ...(reason ? { reason } : {}) };
}
