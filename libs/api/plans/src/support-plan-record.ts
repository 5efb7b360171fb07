import type { LocalDate } from '@rollcall/rules';

export const SUPPORT_PLAN_KINDS = [
  'SCHOOL_ATTENDANCE_PLAN',
  'EARLY_HELP',
  'CHILD_IN_NEED',
  'CHILD_PROTECTION',
  'PERSONAL_EDUCATION_PLAN',
  'PART_TIME_TIMETABLE',
] as const;

/** The kinds of support plan (the `support_plan.kind` CHECK list). */
export type SupportPlanKind = (typeof SUPPORT_PLAN_KINDS)[number];

export type SupportPlanStatus = 'DRAFT' | 'ACTIVE' | 'CLOSED';

export const SUPPORT_PLAN_REVIEW_OUTCOMES = ['CONTINUE', 'ADJUST', 'ESCALATE', 'CLOSE'] as const;

/** What a review decided: carry on, change the plan, step up the response, or close the plan. */
export type SupportPlanReviewOutcome = (typeof SUPPORT_PLAN_REVIEW_OUTCOMES)[number];

export interface SupportPlanAction {
  readonly id: string;
  readonly description: string;
  /** Who will do it (a person or a service, as written). */
  readonly owner: string;
  readonly dueOn: LocalDate | null;
  readonly doneOn: LocalDate | null;
}

export interface SupportPlanReview {
  readonly id: string;
  readonly reviewedOn: LocalDate;
  readonly notes: string;
  readonly outcome: SupportPlanReviewOutcome;
  readonly reviewedBy: string;
}

export interface SupportPlanRecord {
  readonly laCode: string;
  readonly id: string;
  readonly pupilId: string;
  readonly urn: number | null;
  readonly kind: SupportPlanKind;
  readonly status: SupportPlanStatus;
  readonly startsOn: LocalDate;
  /** The next review due. */
  readonly reviewOn: LocalDate | null;
  /** The planned end (a part-time timetable always has one), or the day the plan was closed. */
  readonly endsOn: LocalDate | null;
  /** The barriers to attendance the plan addresses, in the family's and school's words. */
  readonly barriers: readonly string[];
  readonly childViews: string | null;
  readonly parentViews: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  /** Oldest first. */
  readonly actions: readonly SupportPlanAction[];
  readonly reviews: readonly SupportPlanReview[];
}

export interface CreateSupportPlanInput {
  readonly laCode: string;
  readonly pupilId: string;
  /** The school leading the plan, if a school does (the pupil must be on its roll when the plan starts). */
  readonly urn?: number;
  readonly kind: SupportPlanKind;
  readonly startsOn: LocalDate;
  readonly reviewOn?: LocalDate;
  /** Required for a part-time timetable. */
  readonly endsOn?: LocalDate;
  readonly barriers: readonly string[];
  readonly childViews?: string;
  readonly parentViews?: string;
  /** Start as a draft to be agreed with the family (default: active from the start date). */
  readonly draft?: boolean;
}

export interface AddSupportPlanActionInput {
  readonly laCode: string;
  readonly planId: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn?: LocalDate;
}

export interface CompleteSupportPlanActionInput {
  readonly laCode: string;
  readonly actionId: string;
  readonly doneOn: LocalDate;
}

export interface RecordSupportPlanReviewInput {
  readonly laCode: string;
  readonly planId: string;
  readonly reviewedOn: LocalDate;
  readonly notes: string;
  readonly outcome: SupportPlanReviewOutcome;
  /** The next review; required to continue a part-time timetable. */
  readonly nextReviewOn?: LocalDate;
  /** A new planned end (e.g. a part-time timetable extended or shortened at review). */
  readonly endsOn?: LocalDate;
}

export interface CloseSupportPlanInput {
  readonly laCode: string;
  readonly planId: string;
  readonly closedOn: LocalDate;
}

export interface ActivateSupportPlanInput {
  readonly laCode: string;
  readonly planId: string;
}
