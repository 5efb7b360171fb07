import { LocalDate, refuse } from '../../core';
import { InterventionTransition, TransitionNotAllowed, decideAll, moveTo, transitionNotAllowed } from '../intervention-transition';
import { noticeToSatisfyPeriod, schoolSelectionPeriodEnds } from './school-attendance-order-deadlines';

export type SchoolAttendanceOrderState =
  | 'CONSIDERING'
  | 'NOTICE_TO_SATISFY_SERVED'
  | 'SATISFIED'
  | 'NOTICE_OF_INTENTION_SERVED'
  | 'IN_FORCE'
  | 'REVOKED'
  | 'CEASED';

export type SchoolAttendanceOrderRevocationGround = 'EDUCATION_OTHERWISE' | 'COURT_DIRECTION_ON_ACQUITTAL' | 'ESO_MADE';

/** A parent's choice of school: an alternative named in the notice, or a school that offered a place after an application. */
export interface SchoolSelection {
  readonly school: string;
  readonly on: LocalDate;
  readonly route: 'ALTERNATIVE_IN_NOTICE' | 'PLACE_OFFERED_AFTER_APPLICATION';
}

/** The SAO process for one child: notice to satisfy → notice of intention → order (EA 1996 ss437–443). */
export interface SchoolAttendanceOrder {
  readonly id: string;
  readonly childId: string;
  readonly parentId: string;
  readonly state: SchoolAttendanceOrderState;
  readonly la: string;
  /** The school leaving date: the order lasts while the child is of compulsory school age. */
  readonly compulsorySchoolAgeEndsOn: LocalDate;
  /** For a child with an EHC plan naming a school, that school is named instead (s441; detail UNCONFIRMED). */
  readonly ehcPlanSchool?: string;
  readonly noticeToSatisfy?: { readonly servedOn: LocalDate; readonly satisfyBy: LocalDate };
  readonly noticeOfIntention?: { readonly servedOn: LocalDate; readonly intendedSchool: string; readonly alternatives: readonly string[]; readonly selectBy: LocalDate };
  readonly servedOn?: LocalDate;
  readonly namedSchool?: string;
  readonly amendments: readonly { readonly on: LocalDate; readonly namedSchool: string }[];
  readonly prosecutionReferredOn?: LocalDate;
  readonly endedOn?: LocalDate;
  readonly revocationGround?: SchoolAttendanceOrderRevocationGround;
}

export type SchoolAttendanceOrderEvent =
  | { readonly type: 'SERVE_NOTICE_TO_SATISFY'; readonly on: LocalDate; readonly periodDays: number; readonly childInLaArea: boolean }
  | { readonly type: 'PARENT_SATISFIES'; readonly on: LocalDate }
  | { readonly type: 'SERVE_NOTICE_OF_INTENTION'; readonly on: LocalDate; readonly intendedSchool: string; readonly alternatives: readonly string[] }
  | { readonly type: 'SERVE_ORDER'; readonly on: LocalDate; readonly namedSchool: string; readonly expedientToAttendSchool: boolean; readonly parentSelection?: SchoolSelection }
  | { readonly type: 'AMEND'; readonly on: LocalDate; readonly namedSchool: string }
  | { readonly type: 'REVOKE'; readonly on: LocalDate; readonly ground: SchoolAttendanceOrderRevocationGround }
  | { readonly type: 'REFER_FOR_PROSECUTION'; readonly on: LocalDate }
  | { readonly type: 'RECORD_CEASED'; readonly on: LocalDate };

export type SchoolAttendanceOrderRefusal =
  | TransitionNotAllowed
  | 'CHILD_NOT_IN_LA_AREA'
  | 'NOT_COMPULSORY_SCHOOL_AGE'
  | 'PERIOD_TOO_SHORT'
  | 'SATISFY_PERIOD_RUNNING'
  | 'EHC_PLAN_NAMES_SCHOOL'
  | 'NOTICE_OF_INTENTION_REQUIRED'
  | 'SELECTION_PERIOD_RUNNING'
  | 'MUST_NAME_PARENTS_CHOICE'
  | 'MUST_NAME_EHC_PLAN_SCHOOL'
  | 'NOT_EXPEDIENT_TO_ATTEND_SCHOOL'
  | 'STILL_COMPULSORY_SCHOOL_AGE';

export const SCHOOL_ATTENDANCE_ORDER_TRANSITIONS: Readonly<Record<SchoolAttendanceOrderState, readonly SchoolAttendanceOrderEvent['type'][]>> = {
  CONSIDERING: ['SERVE_NOTICE_TO_SATISFY'],
  NOTICE_TO_SATISFY_SERVED: ['PARENT_SATISFIES', 'SERVE_NOTICE_OF_INTENTION', 'SERVE_ORDER'],
  NOTICE_OF_INTENTION_SERVED: ['PARENT_SATISFIES', 'SERVE_ORDER'],
  SATISFIED: [],
  IN_FORCE: ['AMEND', 'REVOKE', 'REFER_FOR_PROSECUTION', 'RECORD_CEASED'],
  REVOKED: [],
  CEASED: [],
};

type Result = InterventionTransition<SchoolAttendanceOrderRefusal, SchoolAttendanceOrder>;
type ServeOrderEvent = Extract<SchoolAttendanceOrderEvent, { type: 'SERVE_ORDER' }>;

function serveNoticeToSatisfy(order: SchoolAttendanceOrder, event: Extract<SchoolAttendanceOrderEvent, { type: 'SERVE_NOTICE_TO_SATISFY' }>): Result {
  const period = noticeToSatisfyPeriod(event.on, event.periodDays);
  const reasons: SchoolAttendanceOrderRefusal[] = [];
  if (!event.childInLaArea) reasons.push('CHILD_NOT_IN_LA_AREA');
  if (event.on > order.compulsorySchoolAgeEndsOn) reasons.push('NOT_COMPULSORY_SCHOOL_AGE');
  if (!period.allowed) reasons.push('PERIOD_TOO_SHORT');
  const decision = decideAll(reasons, { ...period.detail });
  if (!decision.allowed) return decision;
  return moveTo({ ...order, state: 'NOTICE_TO_SATISFY_SERVED', noticeToSatisfy: { servedOn: event.on, satisfyBy: period.detail?.satisfyBy as LocalDate } });
}

/** The school the order must name, if the law fixes it: the EHC plan school, or the parent's timely choice. */
function requiredSchool(order: SchoolAttendanceOrder, selection: SchoolSelection | undefined): string | undefined {
  if (order.ehcPlanSchool !== undefined) return order.ehcPlanSchool;
  const notice = order.noticeOfIntention;
  if (!notice || !selection || selection.on > notice.selectBy) return undefined;
  const valid = selection.route === 'PLACE_OFFERED_AFTER_APPLICATION' || notice.alternatives.includes(selection.school);
  return valid ? selection.school : undefined;
}

function serveOrder(order: SchoolAttendanceOrder, event: ServeOrderEvent): Result {
  const reasons: SchoolAttendanceOrderRefusal[] = [];
  const ehc = order.ehcPlanSchool !== undefined;
  const mustName = requiredSchool(order, event.parentSelection);
  if (order.state === 'NOTICE_TO_SATISFY_SERVED') {
    if (!ehc) reasons.push('NOTICE_OF_INTENTION_REQUIRED');
    if (event.on <= (order.noticeToSatisfy?.satisfyBy as LocalDate)) reasons.push('SATISFY_PERIOD_RUNNING');
  } else if (mustName === undefined && event.on <= (order.noticeOfIntention?.selectBy as LocalDate)) {
    reasons.push('SELECTION_PERIOD_RUNNING');
  }
  if (mustName !== undefined && event.namedSchool !== mustName) reasons.push(ehc ? 'MUST_NAME_EHC_PLAN_SCHOOL' : 'MUST_NAME_PARENTS_CHOICE');
  if (!event.expedientToAttendSchool) reasons.push('NOT_EXPEDIENT_TO_ATTEND_SCHOOL');
  if (event.on > order.compulsorySchoolAgeEndsOn) reasons.push('NOT_COMPULSORY_SCHOOL_AGE');
  const decision = decideAll(reasons, mustName === undefined ? {} : { mustName });
  if (!decision.allowed) return decision;
  return moveTo({ ...order, state: 'IN_FORCE', servedOn: event.on, namedSchool: event.namedSchool });
}

// domain §9; EA 1996 ss437–443, 447(5): the school attendance order process, each step guarded by a decision
export function schoolAttendanceOrderTransition(order: SchoolAttendanceOrder, event: SchoolAttendanceOrderEvent): Result {
  if (!SCHOOL_ATTENDANCE_ORDER_TRANSITIONS[order.state].includes(event.type)) return transitionNotAllowed(order.state, event.type);
  switch (event.type) {
    case 'SERVE_NOTICE_TO_SATISFY':
      return serveNoticeToSatisfy(order, event);
    case 'PARENT_SATISFIES':
      return moveTo({ ...order, state: 'SATISFIED', endedOn: event.on });
    case 'SERVE_NOTICE_OF_INTENTION': {
      const satisfyBy = order.noticeToSatisfy?.satisfyBy as LocalDate;
      if (order.ehcPlanSchool !== undefined) return refuse('EHC_PLAN_NAMES_SCHOOL', { ehcPlanSchool: order.ehcPlanSchool });
      if (event.on <= satisfyBy) return refuse('SATISFY_PERIOD_RUNNING', { satisfyBy });
      const noticeOfIntention = { servedOn: event.on, intendedSchool: event.intendedSchool, alternatives: event.alternatives, selectBy: schoolSelectionPeriodEnds(event.on) };
      return moveTo({ ...order, state: 'NOTICE_OF_INTENTION_SERVED', noticeOfIntention });
    }
    case 'SERVE_ORDER':
      return serveOrder(order, event);
    case 'AMEND':
      return moveTo({ ...order, namedSchool: event.namedSchool, amendments: [...order.amendments, { on: event.on, namedSchool: event.namedSchool }] });
    case 'REVOKE':
      return moveTo({ ...order, state: 'REVOKED', endedOn: event.on, revocationGround: event.ground });
    case 'REFER_FOR_PROSECUTION':
      return moveTo({ ...order, prosecutionReferredOn: event.on });
    case 'RECORD_CEASED':
      if (event.on <= order.compulsorySchoolAgeEndsOn) return refuse('STILL_COMPULSORY_SCHOOL_AGE', { compulsorySchoolAgeEndsOn: order.compulsorySchoolAgeEndsOn });
      return moveTo({ ...order, state: 'CEASED', endedOn: event.on });
  }
}
