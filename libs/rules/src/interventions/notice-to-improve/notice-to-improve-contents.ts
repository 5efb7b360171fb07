import { Decision, allow, refuse } from '../../core';

/** What a Notice to Improve must set out. */
export type NoticeToImproveContent =
  | 'ATTENDANCE_RECORD_AND_OFFENCES'
  | 'BENEFITS_OF_ATTENDANCE_AND_S7_DUTY'
  | 'SUPPORT_PROVIDED_SO_FAR'
  | 'FURTHER_SUPPORT_OFFERED'
  | 'WARNING_OF_PENALTY_NOTICE_OR_PROSECUTION'
  | 'IMPROVEMENT_PERIOD'
  | 'SUFFICIENT_IMPROVEMENT_DEFINED'
  | 'GROUNDS_FOR_EARLY_PENALTY_NOTICE';

// domain §5; Nottinghamshire toolkit (S15): the contents a Notice to Improve is expected to contain, in order
export const NOTICE_TO_IMPROVE_CONTENTS: readonly { readonly item: NoticeToImproveContent; readonly description: string }[] = [
  { item: 'ATTENDANCE_RECORD_AND_OFFENCES', description: "The pupil's attendance record and the offences it may amount to" },
  { item: 'BENEFITS_OF_ATTENDANCE_AND_S7_DUTY', description: "The benefits of regular attendance and the parent's duty under EA 1996 s7" },
  { item: 'SUPPORT_PROVIDED_SO_FAR', description: 'The support provided so far' },
  { item: 'FURTHER_SUPPORT_OFFERED', description: 'Further support offered, or the chance to access support previously offered' },
  { item: 'WARNING_OF_PENALTY_NOTICE_OR_PROSECUTION', description: 'A clear warning that a penalty notice or prosecution may follow' },
  { item: 'IMPROVEMENT_PERIOD', description: 'The improvement period, between 3 and 6 weeks' },
  { item: 'SUFFICIENT_IMPROVEMENT_DEFINED', description: 'What "sufficient improvement" in the period means' },
  { item: 'GROUNDS_FOR_EARLY_PENALTY_NOTICE', description: 'The grounds on which a penalty notice may be issued before the period ends' },
];

// domain §5; Nottinghamshire toolkit (S15): a draft Notice to Improve checked against the required contents
export function noticeToImproveContentsCheck(
  included: readonly NoticeToImproveContent[],
): Decision<'CONTENTS_MISSING', { readonly missing: readonly NoticeToImproveContent[] }> {
  const missing = NOTICE_TO_IMPROVE_CONTENTS.map((c) => c.item).filter((item) => !included.includes(item));
  return missing.length === 0 ? allow({ missing }) : refuse('CONTENTS_MISSING', { missing });
}
