import { LocalDate, refuse } from '../../core';
import { InterventionTransition, TransitionNotAllowed, decideAll, moveTo, transitionNotAllowed } from '../intervention-transition';
import { EducationSupervisionOrderDesignatedLaInput, educationSupervisionOrderDesignatedLa } from './education-supervision-order-designated-la';
import {
  EducationSupervisionOrderEndReason,
  educationSupervisionOrderEnd,
  educationSupervisionOrderExpiry,
  educationSupervisionOrderExtensionApplication,
  educationSupervisionOrderMaxExtension,
} from './education-supervision-order-duration';

export type EducationSupervisionOrderState = 'CONSIDERING' | 'DECIDED_NOT_TO_APPLY' | 'APPLIED' | 'REFUSED_BY_COURT' | 'IN_FORCE' | 'ENDED';

/** Why the court can find the child not properly educated; the first two raise a presumption (CA 1989 s36(5)). */
export type EducationSupervisionOrderGround = 'SCHOOL_ATTENDANCE_ORDER_NOT_COMPLIED_WITH' | 'NOT_ATTENDING_REGULARLY' | 'NOT_PROPERLY_EDUCATED_OTHERWISE';

/** An ESO from the LA's consideration of it (which EA 1996 s447 requires before prosecuting) to its end. */
export interface EducationSupervisionOrder {
  readonly id: string;
  readonly childId: string;
  readonly state: EducationSupervisionOrderState;
  readonly consideredOn: LocalDate;
  /** The school leaving date: the order ends when the child ceases to be of compulsory school age. */
  readonly compulsorySchoolAgeEndsOn: LocalDate;
  readonly decisionNotToApply?: { readonly on: LocalDate; readonly reason: string };
  readonly applyingLa?: string;
  readonly designatedLa?: string;
  readonly appliedOn?: LocalDate;
  readonly ground?: EducationSupervisionOrderGround;
  readonly madeOn?: LocalDate;
  /** The last day in force as made or extended, before any early end. */
  readonly expiresOn?: LocalDate;
  /** The last day in force allowing for the end of compulsory school age, a care order or discharge. */
  readonly endsOn?: LocalDate;
  readonly endReason?: EducationSupervisionOrderEndReason;
  readonly extensionAppliedOn?: LocalDate;
  readonly extensions: readonly { readonly decidedOn: LocalDate; readonly extendedTo: LocalDate }[];
}

export type EducationSupervisionOrderEvent =
  | { readonly type: 'DECIDE_NOT_TO_APPLY'; readonly on: LocalDate; readonly reason: string }
  | {
      readonly type: 'APPLY';
      readonly on: LocalDate;
      readonly applyingLa: string;
      readonly designation: EducationSupervisionOrderDesignatedLaInput;
      readonly inCareOfLocalAuthority: boolean;
      readonly childrenServicesConsulted: boolean;
      readonly ground?: EducationSupervisionOrderGround;
    }
  | { readonly type: 'COURT_REFUSES'; readonly on: LocalDate }
  | { readonly type: 'COURT_MAKES'; readonly on: LocalDate }
  | { readonly type: 'APPLY_FOR_EXTENSION'; readonly on: LocalDate }
  | { readonly type: 'EXTEND'; readonly on: LocalDate; readonly extendedTo: LocalDate }
  | { readonly type: 'CARE_ORDER_MADE'; readonly on: LocalDate }
  | { readonly type: 'DISCHARGE'; readonly on: LocalDate }
  | { readonly type: 'RECORD_END'; readonly on: LocalDate };

export type EducationSupervisionOrderRefusal =
  | TransitionNotAllowed
  | 'REASON_REQUIRED'
  | 'CHILD_IN_LA_CARE'
  | 'NOT_COMPULSORY_SCHOOL_AGE'
  | 'GROUNDS_NOT_SHOWN'
  | 'CHILDREN_SERVICES_NOT_CONSULTED'
  | 'EXTENSION_APPLICATION_TOO_EARLY'
  | 'ORDER_ALREADY_EXPIRED'
  | 'ORDER_ENDS_WITH_COMPULSORY_SCHOOL_AGE'
  | 'EXTENSION_ALREADY_APPLIED_FOR'
  | 'NO_EXTENSION_APPLICATION'
  | 'EXTENSION_TOO_LONG'
  | 'ORDER_STILL_IN_FORCE';

export const EDUCATION_SUPERVISION_ORDER_TRANSITIONS: Readonly<Record<EducationSupervisionOrderState, readonly EducationSupervisionOrderEvent['type'][]>> = {
  CONSIDERING: ['DECIDE_NOT_TO_APPLY', 'APPLY'],
  DECIDED_NOT_TO_APPLY: ['APPLY'],
  APPLIED: ['COURT_REFUSES', 'COURT_MAKES'],
  REFUSED_BY_COURT: [],
  IN_FORCE: ['APPLY_FOR_EXTENSION', 'EXTEND', 'CARE_ORDER_MADE', 'DISCHARGE', 'RECORD_END'],
  ENDED: [],
};

/** What making the order changes for the family (CA 1989 Sch 3 paras 13–14). */
export const EDUCATION_SUPERVISION_ORDER_EFFECTS = [
  'PARENT_DUTY_REPLACED_BY_DUTY_TO_COMPLY_WITH_DIRECTIONS',
  'SCHOOL_ATTENDANCE_ORDER_CEASES',
  'PARENTAL_PREFERENCE_AND_APPEAL_RIGHTS_SUSPENDED',
] as const;

type Result = InterventionTransition<EducationSupervisionOrderRefusal, EducationSupervisionOrder>;
type ApplyEvent = Extract<EducationSupervisionOrderEvent, { type: 'APPLY' }>;

function withEnd(order: EducationSupervisionOrder, extra: { careOrderMadeOn?: LocalDate; dischargedOn?: LocalDate } = {}): EducationSupervisionOrder {
  const end = educationSupervisionOrderEnd({
    madeOn: order.madeOn as LocalDate,
    extendedTo: order.extensions.map((e) => e.extendedTo),
    compulsorySchoolAgeEndsOn: order.compulsorySchoolAgeEndsOn,
    ...extra,
  });
  return { ...order, endsOn: end.endsOn, endReason: end.reason };
}

function apply(order: EducationSupervisionOrder, event: ApplyEvent): Result {
  const reasons: EducationSupervisionOrderRefusal[] = [];
  if (event.inCareOfLocalAuthority) reasons.push('CHILD_IN_LA_CARE');
  if (event.on > order.compulsorySchoolAgeEndsOn) reasons.push('NOT_COMPULSORY_SCHOOL_AGE');
  if (event.ground === undefined) reasons.push('GROUNDS_NOT_SHOWN');
  if (!event.childrenServicesConsulted) reasons.push('CHILDREN_SERVICES_NOT_CONSULTED');
  const decision = decideAll(reasons, {});
  if (!decision.allowed) return decision;
  const { designatedLa } = educationSupervisionOrderDesignatedLa(event.designation);
  return moveTo({ ...order, state: 'APPLIED', appliedOn: event.on, applyingLa: event.applyingLa, designatedLa, ground: event.ground });
}

function extend(order: EducationSupervisionOrder, on: LocalDate, extendedTo: LocalDate): Result {
  const expiresOn = order.expiresOn as LocalDate;
  if (order.extensionAppliedOn === undefined) return refuse('NO_EXTENSION_APPLICATION', { expiresOn });
  if (on > expiresOn) return refuse('ORDER_ALREADY_EXPIRED', { expiresOn });
  const maxTo = educationSupervisionOrderMaxExtension(expiresOn);
  if (extendedTo <= expiresOn || extendedTo > maxTo) return refuse('EXTENSION_TOO_LONG', { expiresOn, maxExtendedTo: maxTo });
  const extended = { ...order, expiresOn: extendedTo, extensionAppliedOn: undefined, extensions: [...order.extensions, { decidedOn: on, extendedTo }] };
  return moveTo(withEnd(extended));
}

// domain §7; Children Act 1989 s36 and Sch 3 paras 12–18, EA 1996 s447: the life of an Education Supervision Order
export function educationSupervisionOrderTransition(order: EducationSupervisionOrder, event: EducationSupervisionOrderEvent): Result {
  if (!EDUCATION_SUPERVISION_ORDER_TRANSITIONS[order.state].includes(event.type)) return transitionNotAllowed(order.state, event.type);
  switch (event.type) {
    case 'DECIDE_NOT_TO_APPLY':
      if (event.reason.trim() === '') return refuse('REASON_REQUIRED', {});
      return moveTo({ ...order, state: 'DECIDED_NOT_TO_APPLY', decisionNotToApply: { on: event.on, reason: event.reason } });
    case 'APPLY':
      return apply(order, event);
    case 'COURT_REFUSES':
      return moveTo({ ...order, state: 'REFUSED_BY_COURT' });
    case 'COURT_MAKES':
      if (event.on > order.compulsorySchoolAgeEndsOn) return refuse('NOT_COMPULSORY_SCHOOL_AGE', { compulsorySchoolAgeEndsOn: order.compulsorySchoolAgeEndsOn });
      return moveTo(withEnd({ ...order, state: 'IN_FORCE', madeOn: event.on, expiresOn: educationSupervisionOrderExpiry(event.on) }), {
        effects: EDUCATION_SUPERVISION_ORDER_EFFECTS,
      });
    case 'APPLY_FOR_EXTENSION': {
      if (order.extensionAppliedOn !== undefined) return refuse('EXTENSION_ALREADY_APPLIED_FOR', { appliedOn: order.extensionAppliedOn });
      const window = educationSupervisionOrderExtensionApplication(order.expiresOn as LocalDate, event.on, order.compulsorySchoolAgeEndsOn);
      if (!window.allowed) return refuse(window.reason, { ...window.detail });
      return moveTo({ ...order, extensionAppliedOn: event.on }, { ...window.detail });
    }
    case 'EXTEND':
      return extend(order, event.on, event.extendedTo);
    case 'CARE_ORDER_MADE':
      return moveTo({ ...withEnd(order, { careOrderMadeOn: event.on }), state: 'ENDED' });
    case 'DISCHARGE':
      return moveTo({ ...withEnd(order, { dischargedOn: event.on }), state: 'ENDED' });
    case 'RECORD_END':
      if (event.on <= (order.endsOn as LocalDate)) return refuse('ORDER_STILL_IN_FORCE', { endsOn: order.endsOn });
      return moveTo({ ...order, state: 'ENDED' });
  }
}
