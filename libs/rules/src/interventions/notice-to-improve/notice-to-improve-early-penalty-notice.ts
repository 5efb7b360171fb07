import { Decision, LocalDate, addDays, allow, refuse, sessionKey } from '../../core';
import { Mark } from '../../codes';
import { DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, NoticeToImproveSettings } from './notice-to-improve-settings';

export type NoticeToImproveEarlyIssueRefusal =
  | 'EARLY_ISSUE_NOT_IN_CODE'
  | 'IMPROVEMENT_PERIOD_ENDED'
  | 'TOO_EARLY_IN_PERIOD'
  | 'NOT_ENOUGH_FURTHER_ABSENCE';

export interface NoticeToImproveEarlyIssueDetail {
  readonly furtherUnauthorisedSessions: number;
  readonly requiredSessions: number;
  readonly earliestOn: LocalDate;
}

export interface NoticeToImproveEarlyIssueInput {
  readonly period: { readonly startsOn: LocalDate; readonly endsOn: LocalDate };
  readonly marks: readonly Mark[];
  readonly proposedOn: LocalDate;
  readonly settings?: NoticeToImproveSettings;
}

// domain §5; Nottinghamshire toolkit and Bucks code: a penalty notice before the improvement period ends, on the grounds the LA's code (and the notice) states
export function noticeToImproveEarlyPenaltyNotice(
  input: NoticeToImproveEarlyIssueInput,
): Decision<NoticeToImproveEarlyIssueRefusal, NoticeToImproveEarlyIssueDetail> {
  const settings = input.settings ?? DEFAULT_NOTICE_TO_IMPROVE_SETTINGS;
  const { allowed, minFurtherUnauthorisedSessions, notBeforeWeeks } = settings.earlyPenaltyNotice;
  const { startsOn, endsOn } = input.period;
  const counted = new Set(
    input.marks
      .filter((m) => m.date >= startsOn && m.date <= input.proposedOn && settings.countedCodes.includes(m.code))
      .map((m) => sessionKey(m)),
  );
  const detail = {
    furtherUnauthorisedSessions: counted.size,
    requiredSessions: minFurtherUnauthorisedSessions,
    earliestOn: addDays(startsOn, 7 * notBeforeWeeks),
  };
  if (!allowed) return refuse('EARLY_ISSUE_NOT_IN_CODE', detail);
  if (input.proposedOn > endsOn) return refuse('IMPROVEMENT_PERIOD_ENDED', detail);
  if (input.proposedOn < detail.earliestOn) return refuse('TOO_EARLY_IN_PERIOD', detail);
  if (counted.size < minFurtherUnauthorisedSessions) return refuse('NOT_ENOUGH_FURTHER_ABSENCE', detail);
  return allow(detail);
}
