import { Decision, LocalDate, allow, refuse } from '../core';

export type SupportPlanDatesProblem =
  | 'ENDS_BEFORE_START'
  | 'REVIEW_BEFORE_START'
  | 'PART_TIME_TIMETABLE_NEEDS_END_DATE'
  | 'PART_TIME_TIMETABLE_NEEDS_REVIEW_DATE'
  | 'PART_TIME_TIMETABLE_REVIEW_AFTER_END';

export interface SupportPlanDates {
  readonly kind: string;
  readonly startsOn: LocalDate;
  readonly reviewOn?: LocalDate | null;
  readonly endsOn?: LocalDate | null;
}

// domain §13 (sendiass.org, Dorset, Rotherham): a part-time timetable is time-limited, with an end date, and formally reviewed before it ends
export function supportPlanDatesCheck(plan: SupportPlanDates): Decision<SupportPlanDatesProblem, { readonly field: 'endsOn' | 'reviewOn' }> {
  const { startsOn, reviewOn, endsOn } = plan;
  if (endsOn && endsOn < startsOn) return refuse('ENDS_BEFORE_START', { field: 'endsOn' });
  if (reviewOn && reviewOn < startsOn) return refuse('REVIEW_BEFORE_START', { field: 'reviewOn' });
  if (plan.kind !== 'PART_TIME_TIMETABLE') return allow();
  if (!endsOn) return refuse('PART_TIME_TIMETABLE_NEEDS_END_DATE', { field: 'endsOn' });
  if (!reviewOn) return refuse('PART_TIME_TIMETABLE_NEEDS_REVIEW_DATE', { field: 'reviewOn' });
  if (reviewOn > endsOn) return refuse('PART_TIME_TIMETABLE_REVIEW_AFTER_END', { field: 'reviewOn' });
  return allow();
}
