import { Decision, LocalDate } from '../../core';
import { isCompulsorySchoolAge } from '../../calendar';
import { InterventionSchoolType } from '../intervention-school-type';
import { decideAll } from '../intervention-transition';
import { PenaltyNoticeAlternative, PenaltyNoticeHistoryItem, PenaltyNoticeLimitDetail, penaltyNoticeLimit } from './penalty-notice-limit';
import { DEFAULT_PENALTY_NOTICE_SETTINGS, PenaltyNoticeSettings } from './penalty-notice-settings';

/** Who may issue: the head, a deputy/assistant head the head authorises, an authorised LA officer, a police constable, a designated PCSO/accredited person. */
export type PenaltyNoticeIssuerRole =
  | 'HEADTEACHER'
  | 'DEPUTY_OR_ASSISTANT_HEAD'
  | 'LA_OFFICER'
  | 'POLICE_CONSTABLE'
  | 'PCSO_OR_ACCREDITED_PERSON';

/** Where support stands: a notice needs support tried and failed or not engaged with, or support to be inappropriate (e.g. a term-time holiday). */
export type PenaltyNoticeSupportPosition =
  | 'SUPPORT_PROVIDED_NOT_WORKED'
  | 'SUPPORT_NOT_ENGAGED_WITH'
  | 'SUPPORT_NOT_APPROPRIATE'
  | 'SUPPORT_NOT_YET_OFFERED'
  | 'SUPPORT_UNDER_WAY';

/** Why an authorised officer went straight to a notice without a Notice to Improve. */
export type NoticeToImproveSkipReason =
  | 'PARENT_ALREADY_HAD_NOTICE_TO_IMPROVE'
  | 'WOULD_NOT_CHANGE_BEHAVIOUR'
  | 'SUPPORT_NOT_APPROPRIATE';

export interface PenaltyNoticeEligibilityInput {
  readonly proposedIssueDate: LocalDate;
  /** Either the answer, or the date of birth to work it out over the offence period. */
  readonly child: { readonly compulsorySchoolAge: boolean } | { readonly dateOfBirth: LocalDate };
  /** First and last day of the absence the notice would cover. */
  readonly offencePeriod: { readonly from: LocalDate; readonly to: LocalDate };
  /** From `penaltyNoticeThreshold(...).met` (or `firstMetOn` within the offence period). */
  readonly thresholdMet: boolean;
  readonly schoolType: InterventionSchoolType;
  /** The LA the school is in, and the LA whose code of conduct the notice is issued under. */
  readonly schoolLa: string;
  readonly codeOfConductLa: string;
  readonly issuer: { readonly role: PenaltyNoticeIssuerRole; readonly authorised: boolean };
  readonly support: PenaltyNoticeSupportPosition;
  readonly likelyToChangeParentalBehaviour: boolean;
  /** The Notice to Improve for this absence, if one was sent, with its outcome (see `noticeToImproveOutcome`). */
  readonly noticeToImprove?: {
    readonly periodEndsOn: LocalDate;
    readonly outcome: 'IN_PROGRESS' | 'SUFFICIENT_IMPROVEMENT' | 'INSUFFICIENT_IMPROVEMENT';
    /** The LA's grounds for a notice before the period ends are met (see `noticeToImproveEarlyPenaltyNotice`). */
    readonly earlyIssueGroundsMet?: boolean;
  };
  /** Recorded by an authorised officer when no Notice to Improve was sent. */
  readonly noticeToImproveSkipped?: { readonly reason: NoticeToImproveSkipReason; readonly authorisedOfficer: string };
  /** Earlier notices to the same parent for the same child. */
  readonly previousNotices: readonly PenaltyNoticeHistoryItem[];
  readonly settings?: PenaltyNoticeSettings;
}

export type PenaltyNoticeIneligibility =
  | 'NOT_COMPULSORY_SCHOOL_AGE'
  | 'SCHOOL_TYPE_OUT_OF_SCOPE'
  | 'THRESHOLD_NOT_MET'
  | 'NOT_UNDER_SCHOOL_LA_CODE_OF_CONDUCT'
  | 'ISSUER_NOT_AUTHORISED'
  | 'SUPPORT_NOT_YET_TRIED'
  | 'NOT_LIKELY_TO_CHANGE_BEHAVIOUR'
  | 'NOTICE_TO_IMPROVE_REQUIRED'
  | 'NOTICE_TO_IMPROVE_SKIP_NOT_RECORDED_BY_OFFICER'
  | 'NOTICE_TO_IMPROVE_PERIOD_RUNNING'
  | 'NOTICE_TO_IMPROVE_OUTCOME_NOT_ASSESSED'
  | 'IMPROVED_AFTER_NOTICE_TO_IMPROVE'
  | 'LIMIT_REACHED_IN_3_YEARS';

export interface PenaltyNoticeEligibilityDetail {
  /** 1 or 2 when the limit allows a notice: a second is payable at £160 with no discount. */
  readonly noticeNumber?: number;
  readonly limit?: PenaltyNoticeLimitDetail;
  /** On a third breach within 3 years: the tools to consider instead. */
  readonly alternatives?: readonly PenaltyNoticeAlternative[];
}

export type PenaltyNoticeEligibility = Decision<
  PenaltyNoticeIneligibility,
  PenaltyNoticeEligibilityDetail & { readonly reasons: readonly PenaltyNoticeIneligibility[] }
>;

const ALWAYS_AUTHORISED: readonly PenaltyNoticeIssuerRole[] = ['HEADTEACHER', 'POLICE_CONSTABLE'];
const SUPPORT_DONE: readonly PenaltyNoticeSupportPosition[] = ['SUPPORT_PROVIDED_NOT_WORKED', 'SUPPORT_NOT_ENGAGED_WITH', 'SUPPORT_NOT_APPROPRIATE'];

function compulsorySchoolAge(input: PenaltyNoticeEligibilityInput): boolean {
  const { child, offencePeriod } = input;
  if ('compulsorySchoolAge' in child) return child.compulsorySchoolAge;
  return isCompulsorySchoolAge(child.dateOfBirth, offencePeriod.from) && isCompulsorySchoolAge(child.dateOfBirth, offencePeriod.to);
}

function noticeToImproveReasons(input: PenaltyNoticeEligibilityInput): PenaltyNoticeIneligibility[] {
  const { noticeToImprove, noticeToImproveSkipped, proposedIssueDate } = input;
  if (noticeToImprove) {
    if (noticeToImprove.outcome === 'SUFFICIENT_IMPROVEMENT') return ['IMPROVED_AFTER_NOTICE_TO_IMPROVE'];
    if (proposedIssueDate <= noticeToImprove.periodEndsOn) {
      return noticeToImprove.earlyIssueGroundsMet ? [] : ['NOTICE_TO_IMPROVE_PERIOD_RUNNING'];
    }
    return noticeToImprove.outcome === 'IN_PROGRESS' ? ['NOTICE_TO_IMPROVE_OUTCOME_NOT_ASSESSED'] : [];
  }
  if (!noticeToImproveSkipped) return ['NOTICE_TO_IMPROVE_REQUIRED'];
  return noticeToImproveSkipped.authorisedOfficer.trim() === '' ? ['NOTICE_TO_IMPROVE_SKIP_NOT_RECORDED_BY_OFFICER'] : [];
}

// domain §5; EA 1996 s444A, SI 2007/1867 as amended by SI 2024/210, DfE Working together (2024) ch. 11: may a penalty notice be issued to this parent for this child?
export function penaltyNoticeEligibility(input: PenaltyNoticeEligibilityInput): PenaltyNoticeEligibility {
  const settings = input.settings ?? DEFAULT_PENALTY_NOTICE_SETTINGS;
  const reasons: PenaltyNoticeIneligibility[] = [];
  if (!compulsorySchoolAge(input)) reasons.push('NOT_COMPULSORY_SCHOOL_AGE');
  if (settings.schoolTypesOutOfScope.includes(input.schoolType)) reasons.push('SCHOOL_TYPE_OUT_OF_SCOPE');
  if (!input.thresholdMet) reasons.push('THRESHOLD_NOT_MET');
  if (input.codeOfConductLa !== input.schoolLa) reasons.push('NOT_UNDER_SCHOOL_LA_CODE_OF_CONDUCT');
  if (!ALWAYS_AUTHORISED.includes(input.issuer.role) && !input.issuer.authorised) reasons.push('ISSUER_NOT_AUTHORISED');
  if (!SUPPORT_DONE.includes(input.support)) reasons.push('SUPPORT_NOT_YET_TRIED');
  if (!input.likelyToChangeParentalBehaviour) reasons.push('NOT_LIKELY_TO_CHANGE_BEHAVIOUR');
  reasons.push(...noticeToImproveReasons(input));

  const limit = penaltyNoticeLimit(input.previousNotices, input.proposedIssueDate, settings);
  if (!limit.allowed) reasons.push('LIMIT_REACHED_IN_3_YEARS');
  return decideAll(reasons, {
    limit: limit.detail,
    ...(limit.allowed ? { noticeNumber: limit.detail?.noticeNumber } : { alternatives: limit.detail?.alternatives }),
  });
}
