import { LocalDate, refuse } from '../../core';
import { InterventionTransition, TransitionNotAllowed, decideAll, moveTo, transitionNotAllowed } from '../intervention-transition';
import type { PenaltyNotice } from '../penalty-notices/penalty-notice';
import { esoDirectionResponseDueBy } from './eso-direction-response-due-by';
import { ProsecutionEvidenceItem, prosecutionFileCheck } from './prosecution-evidence';
import { prosecutionTimeLimit } from './prosecution-time-limit';
import { LA_ONLY_OFFENCES, SCHOOL_ATTENDANCE_OFFENCES, SchoolAttendanceOffence, SentencingOption } from './school-attendance-offences';

export type ProsecutionState = 'PREPARING' | 'INFORMATION_LAID' | 'CONVICTED' | 'ACQUITTED' | 'WITHDRAWN';

export interface EsoDirection {
  readonly directedOn: LocalDate;
  /** The LA must apply for an ESO or tell the court why not by this day (EA 1996 s447(4)). */
  readonly respondBy: LocalDate;
  readonly response?: { readonly on: LocalDate; readonly kind: 'APPLIED_FOR_ESO' | 'REASONS_GIVEN'; readonly late: boolean };
}

/** A prosecution of one parent for one child's attendance. */
export interface Prosecution {
  readonly id: string;
  readonly parentId: string;
  readonly childId: string;
  readonly offence: SchoolAttendanceOffence;
  readonly state: ProsecutionState;
  /** The last day of absence (or non-compliance) the information covers; the 6 months run from it. */
  readonly offenceDate: LocalDate;
  readonly informationLaidOn?: LocalDate;
  readonly esoDirection?: EsoDirection;
  readonly verdictOn?: LocalDate;
  readonly sentence?: readonly SentencingOption[];
  readonly withdrawnOn?: LocalDate;
}

export type ProsecutionEvent =
  | {
      readonly type: 'LAY_INFORMATION';
      readonly on: LocalDate;
      readonly prosecutor: 'LOCAL_AUTHORITY' | 'SCHOOL' | 'POLICE' | 'OTHER';
      /** When the LA considered applying for an ESO instead of or as well as prosecuting (EA 1996 s447(1)). */
      readonly esoConsideredOn?: LocalDate;
      /** The penalty notice issued for the same absence, if any. */
      readonly penaltyNotice?: Pick<PenaltyNotice, 'state' | 'terms'>;
      readonly noticeToImproveIssued: boolean;
      readonly evidence: readonly ProsecutionEvidenceItem[];
      /** For s443: a school attendance order is in force and was served. */
      readonly schoolAttendanceOrderInForce?: boolean;
    }
  | { readonly type: 'DIRECT_ESO'; readonly on: LocalDate }
  | { readonly type: 'RESPOND_TO_ESO_DIRECTION'; readonly on: LocalDate; readonly kind: 'APPLIED_FOR_ESO' | 'REASONS_GIVEN' }
  | { readonly type: 'RECORD_VERDICT'; readonly on: LocalDate; readonly verdict: 'GUILTY' | 'NOT_GUILTY'; readonly sentence?: readonly SentencingOption[] }
  | { readonly type: 'WITHDRAW'; readonly on: LocalDate };

export type ProsecutionRefusal =
  | TransitionNotAllowed
  | 'ONLY_LA_MAY_PROSECUTE'
  | 'ESO_NOT_CONSIDERED'
  | 'OUT_OF_TIME'
  | 'PENALTY_NOTICE_PAID'
  | 'PENALTY_NOTICE_WITHDRAWN'
  | 'PENALTY_NOTICE_PAYMENT_PERIOD_RUNNING'
  | 'NO_SCHOOL_ATTENDANCE_ORDER_IN_FORCE'
  | 'EVIDENCE_INCOMPLETE'
  | 'ESO_DIRECTION_NOT_AVAILABLE'
  | 'NO_ESO_DIRECTION'
  | 'SENTENCE_NOT_AVAILABLE';

export const PROSECUTION_TRANSITIONS: Readonly<Record<ProsecutionState, readonly ProsecutionEvent['type'][]>> = {
  PREPARING: ['LAY_INFORMATION', 'WITHDRAW'],
  INFORMATION_LAID: ['DIRECT_ESO', 'RESPOND_TO_ESO_DIRECTION', 'RECORD_VERDICT', 'WITHDRAW'],
  CONVICTED: ['DIRECT_ESO', 'RESPOND_TO_ESO_DIRECTION'],
  ACQUITTED: [],
  WITHDRAWN: [],
};

type Result = InterventionTransition<ProsecutionRefusal, Prosecution>;
type LayEvent = Extract<ProsecutionEvent, { type: 'LAY_INFORMATION' }>;

const PENALTY_NOTICE_OFFENCES: readonly SchoolAttendanceOffence[] = ['S444_1', 'S444_1A', 'S444ZA_1', 'S444ZA_1A'];

function penaltyNoticeReasons(offence: SchoolAttendanceOffence, event: LayEvent): ProsecutionRefusal[] {
  const notice = event.penaltyNotice;
  if (!notice || !PENALTY_NOTICE_OFFENCES.includes(offence)) return [];
  if (notice.state === 'PAID_REDUCED' || notice.state === 'PAID_FULL') return ['PENALTY_NOTICE_PAID'];
  if (notice.state === 'WITHDRAWN') return ['PENALTY_NOTICE_WITHDRAWN'];
  if (notice.terms && event.on < notice.terms.proceedingsNotBefore) return ['PENALTY_NOTICE_PAYMENT_PERIOD_RUNNING'];
  return [];
}

function layInformation(prosecution: Prosecution, event: LayEvent): Result {
  const { offence } = prosecution;
  const reasons: ProsecutionRefusal[] = [];
  const laOnly = LA_ONLY_OFFENCES.includes(offence);
  if (laOnly && event.prosecutor !== 'LOCAL_AUTHORITY') reasons.push('ONLY_LA_MAY_PROSECUTE');
  if (laOnly && (event.esoConsideredOn === undefined || event.esoConsideredOn > event.on)) reasons.push('ESO_NOT_CONSIDERED');
  const time = prosecutionTimeLimit(prosecution.offenceDate, event.on);
  if (!time.allowed) reasons.push('OUT_OF_TIME');
  reasons.push(...penaltyNoticeReasons(offence, event));
  if (offence === 'S443' && !event.schoolAttendanceOrderInForce) reasons.push('NO_SCHOOL_ATTENDANCE_ORDER_IN_FORCE');
  const file = prosecutionFileCheck(offence, event.evidence, { penaltyNoticeIssued: event.penaltyNotice !== undefined, noticeToImproveIssued: event.noticeToImproveIssued });
  if (!file.allowed) reasons.push('EVIDENCE_INCOMPLETE');
  const decision = decideAll(reasons, { lastDayToLay: time.detail?.lastDayToLay, missingEvidence: file.detail?.missing });
  if (!decision.allowed) return decision;
  return moveTo({ ...prosecution, state: 'INFORMATION_LAID', informationLaidOn: event.on }, decision.detail);
}

function directEso(prosecution: Prosecution, on: LocalDate): Result {
  // s447(2): the court convicting under s443, or before which a parent is charged under s444, may direct an ESO application.
  const available = prosecution.offence === 'S443' ? prosecution.state === 'CONVICTED' : prosecution.offence !== 'ESO_SCH3_PARA18';
  if (!available) return refuse('ESO_DIRECTION_NOT_AVAILABLE', { offence: prosecution.offence, state: prosecution.state });
  return moveTo({ ...prosecution, esoDirection: { directedOn: on, respondBy: esoDirectionResponseDueBy(on) } });
}

// domain §8; EA 1996 ss443–447, MCA 1980 s127, CDA 1998 s8: the life of a prosecution, each step guarded by a decision
export function prosecutionTransition(prosecution: Prosecution, event: ProsecutionEvent): Result {
  if (!PROSECUTION_TRANSITIONS[prosecution.state].includes(event.type)) return transitionNotAllowed(prosecution.state, event.type);
  switch (event.type) {
    case 'LAY_INFORMATION':
      return layInformation(prosecution, event);
    case 'DIRECT_ESO':
      return directEso(prosecution, event.on);
    case 'RESPOND_TO_ESO_DIRECTION': {
      const direction = prosecution.esoDirection;
      if (!direction) return refuse('NO_ESO_DIRECTION', {});
      const late = event.on > direction.respondBy;
      return moveTo({ ...prosecution, esoDirection: { ...direction, response: { on: event.on, kind: event.kind, late } } }, { late });
    }
    case 'RECORD_VERDICT': {
      const options = SCHOOL_ATTENDANCE_OFFENCES[prosecution.offence].sentencingOptions;
      const sentence = event.sentence ?? [];
      const unavailable = sentence.filter((s) => !options.includes(s));
      if (event.verdict === 'GUILTY' && unavailable.length > 0) return refuse('SENTENCE_NOT_AVAILABLE', { unavailable });
      if (event.verdict === 'NOT_GUILTY') return moveTo({ ...prosecution, state: 'ACQUITTED', verdictOn: event.on });
      return moveTo({ ...prosecution, state: 'CONVICTED', verdictOn: event.on, sentence });
    }
    case 'WITHDRAW':
      return moveTo({ ...prosecution, state: 'WITHDRAWN', withdrawnOn: event.on });
  }
}
