import { Decision, LocalDate, addDays, addYears, allow, refuse } from '../../core';
import { PenaltyNotice } from './penalty-notice';
import {
  DEFAULT_PENALTY_NOTICE_SETTINGS,
  PENALTY_NOTICE_LIMIT_PERIOD_YEARS,
  PENALTY_NOTICE_LIMIT_PER_PARENT_PER_CHILD,
  PENALTY_NOTICE_NATIONAL_FRAMEWORK_START,
  PenaltyNoticeSettings,
} from './penalty-notice-settings';

/** What an LA should consider instead when the limit stops a notice (domain §5: usually prosecution under s444). */
export type PenaltyNoticeAlternative = 'PROSECUTION' | 'EDUCATION_SUPERVISION_ORDER' | 'ATTENDANCE_CONTRACT' | 'OTHER_LEGAL_INTERVENTION';

export const PENALTY_NOTICE_ALTERNATIVES: readonly PenaltyNoticeAlternative[] = [
  'PROSECUTION',
  'EDUCATION_SUPERVISION_ORDER',
  'ATTENDANCE_CONTRACT',
  'OTHER_LEGAL_INTERVENTION',
];

/** The part of a notice the limit looks at: earlier notices to the same parent for the same child. */
export type PenaltyNoticeHistoryItem = Pick<PenaltyNotice, 'id' | 'state' | 'issuedOn'>;

export interface PenaltyNoticeLimitDetail {
  /** The 3 years ending with the proposed issue date, inclusive. */
  readonly periodFrom: LocalDate;
  readonly periodTo: LocalDate;
  /** Notices issued in that period that count (not withdrawn; issued on or after 19 Aug 2024 unless the LA says otherwise). */
  readonly countingNotices: readonly PenaltyNoticeHistoryItem[];
  /** 1 or 2 when allowed: a second notice is payable at the flat £160 rate. */
  readonly noticeNumber?: number;
  /** When refused: the first date on which a notice could be issued again. */
  readonly limitLiftsOn?: LocalDate;
  readonly alternatives?: readonly PenaltyNoticeAlternative[];
}

// domain §5; SI 2024/210: whether a notice issued on `issuedOn` lies in the 3 years ending with `date`
export function isWithinPenaltyNoticeLimitPeriod(issuedOn: LocalDate, date: LocalDate): boolean {
  return issuedOn <= date && issuedOn > addYears(date, -PENALTY_NOTICE_LIMIT_PERIOD_YEARS);
}

// domain §5; SI 2024/210: the first date whose 3-year period no longer contains a notice issued on `issuedOn` (the day after its 3 years)
export function penaltyNoticeLimitPeriodEnds(issuedOn: LocalDate): LocalDate {
  const candidate = addYears(issuedOn, PENALTY_NOTICE_LIMIT_PERIOD_YEARS);
  return isWithinPenaltyNoticeLimitPeriod(issuedOn, candidate) ? addDays(candidate, 1) : candidate;
}

// domain §5; Lincolnshire and Manchester codes: withdrawn notices do not count towards the limit; unpaid and prosecuted ones do
export function penaltyNoticeCountsTowardsLimit(
  notice: PenaltyNoticeHistoryItem,
  settings: PenaltyNoticeSettings = DEFAULT_PENALTY_NOTICE_SETTINGS,
): notice is PenaltyNoticeHistoryItem & { readonly issuedOn: LocalDate } {
  if (notice.issuedOn === undefined || notice.state === 'DRAFT' || notice.state === 'WITHDRAWN') return false;
  return !settings.countOnlyNoticesFromNationalFramework || notice.issuedOn >= PENALTY_NOTICE_NATIONAL_FRAMEWORK_START;
}

// domain §5; SI 2007/1867 reg 2A as amended by SI 2024/210: max 2 PNs per parent per child in the 3 years ending with the proposed issue date
export function penaltyNoticeLimit(
  previousNotices: readonly PenaltyNoticeHistoryItem[],
  proposedIssueDate: LocalDate,
  settings: PenaltyNoticeSettings = DEFAULT_PENALTY_NOTICE_SETTINGS,
): Decision<'LIMIT_REACHED_IN_3_YEARS', PenaltyNoticeLimitDetail> {
  const countingNotices = previousNotices
    .flatMap((n) =>
      penaltyNoticeCountsTowardsLimit(n, settings) && isWithinPenaltyNoticeLimitPeriod(n.issuedOn, proposedIssueDate) ? [n] : [],
    )
    .sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1));
  const period = { periodFrom: addDays(addYears(proposedIssueDate, -PENALTY_NOTICE_LIMIT_PERIOD_YEARS), 1), periodTo: proposedIssueDate };
  if (countingNotices.length < PENALTY_NOTICE_LIMIT_PER_PARENT_PER_CHILD) {
    return allow({ ...period, countingNotices, noticeNumber: countingNotices.length + 1 });
  }
  // The limit lifts once all but one of the most recent notices have left the period.
  const oldestThatMustLeave = countingNotices[PENALTY_NOTICE_LIMIT_PER_PARENT_PER_CHILD - 1];
  return refuse('LIMIT_REACHED_IN_3_YEARS', {
    ...period,
    countingNotices,
    limitLiftsOn: penaltyNoticeLimitPeriodEnds(oldestThatMustLeave.issuedOn),
    alternatives: PENALTY_NOTICE_ALTERNATIVES,
  });
}
