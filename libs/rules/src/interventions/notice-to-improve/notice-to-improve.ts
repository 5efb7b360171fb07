import { LocalDate } from '../../core';
import { SchoolCalendar } from '../../calendar';
import { InterventionTransition, moveTo } from '../intervention-transition';
import type { PenaltyNoticeSupportPosition } from '../penalty-notices/penalty-notice-eligibility';
import { NoticeToImproveContent, noticeToImproveContentsCheck } from './notice-to-improve-contents';
import { NoticeToImprovePeriod, noticeToImprovePeriod } from './notice-to-improve-period';
import { DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, NoticeToImproveSettings } from './notice-to-improve-settings';

/** A Notice to Improve: the parent's final chance to engage before a penalty notice. */
export interface NoticeToImprove {
  readonly id: string;
  readonly parentId: string;
  readonly childId: string;
  readonly issuedOn: LocalDate;
  readonly period: NoticeToImprovePeriod;
  readonly contents: readonly NoticeToImproveContent[];
}

export interface IssueNoticeToImproveInput {
  readonly id: string;
  readonly parentId: string;
  readonly childId: string;
  readonly issuedOn: LocalDate;
  /** The first day of the improvement period (the date of the notice, or its receipt, as the LA's code says). */
  readonly periodStartsOn: LocalDate;
  readonly calendar: SchoolCalendar;
  readonly thresholdMet: boolean;
  readonly support: PenaltyNoticeSupportPosition;
  readonly contents: readonly NoticeToImproveContent[];
  readonly settings?: NoticeToImproveSettings;
}

export type IssueNoticeToImproveRefusal = 'THRESHOLD_NOT_MET' | 'SUPPORT_NOT_YET_TRIED' | 'CONTENTS_MISSING';

// domain §5; Nottinghamshire, Norfolk, Manchester, Rotherham codes: a Notice to Improve is sent once the threshold is met and support has not worked or been engaged with
export function issueNoticeToImprove(
  input: IssueNoticeToImproveInput,
): InterventionTransition<IssueNoticeToImproveRefusal, NoticeToImprove, { readonly missing?: readonly NoticeToImproveContent[]; readonly supportNotAppropriate?: true }> {
  if (!input.thresholdMet) return { allowed: false, reason: 'THRESHOLD_NOT_MET' };
  if (input.support === 'SUPPORT_NOT_YET_OFFERED' || input.support === 'SUPPORT_UNDER_WAY') return { allowed: false, reason: 'SUPPORT_NOT_YET_TRIED' };
  const contents = noticeToImproveContentsCheck(input.contents);
  if (!contents.allowed) return { allowed: false, reason: 'CONTENTS_MISSING', detail: contents.detail };
  const period = noticeToImprovePeriod(input.calendar, input.periodStartsOn, input.settings ?? DEFAULT_NOTICE_TO_IMPROVE_SETTINGS);
  const notice: NoticeToImprove = {
    id: input.id,
    parentId: input.parentId,
    childId: input.childId,
    issuedOn: input.issuedOn,
    period,
    contents: input.contents,
  };
  // Where support is not appropriate (e.g. a term-time holiday) a Notice to Improve is not needed, though it may still be sent.
  return input.support === 'SUPPORT_NOT_APPROPRIATE' ? moveTo(notice, { supportNotAppropriate: true as const }) : moveTo(notice);
}
