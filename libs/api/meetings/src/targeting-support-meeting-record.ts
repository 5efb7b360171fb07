import type { LocalDate } from '@rollcall/rules';

export const TERMS = ['AUTUMN', 'SPRING', 'SUMMER'] as const;
export type Term = (typeof TERMS)[number];

export type MeetingActionStatus = 'OPEN' | 'DONE' | 'DROPPED';

export interface TargetingSupportMeetingAction {
  readonly id: string;
  /** The pupil the action is about; absent for a cohort or whole-school action. */
  readonly pupilId: string | null;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: LocalDate | null;
  readonly status: MeetingActionStatus;
}

/** A termly Targeting Support Meeting between the LA's attendance team and one school. */
export interface TargetingSupportMeetingRecord {
  readonly laCode: string;
  readonly id: string;
  readonly urn: number;
  /** 2025 for 2025/26. */
  readonly academicYear: number;
  readonly term: Term;
  readonly scheduledFor: LocalDate;
  /** Null until the meeting is recorded. */
  readonly heldOn: LocalDate | null;
  readonly attendees: readonly string[];
  readonly minutes: string | null;
  /** Oldest first. */
  readonly actions: readonly TargetingSupportMeetingAction[];
}

export interface ScheduleMeetingInput {
  readonly laCode: string;
  readonly urn: number;
  readonly academicYear: number;
  readonly term: Term;
  readonly scheduledFor: LocalDate;
}

export interface MeetingActionInput {
  readonly pupilId?: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn?: LocalDate;
}

export interface RecordMeetingInput {
  readonly laCode: string;
  readonly meetingId: string;
  readonly heldOn: LocalDate;
  /** Who attended, e.g. "Jo Bloggs (Senior Attendance Champion)". */
  readonly attendees: readonly string[];
  readonly minutes: string;
  readonly actions: readonly MeetingActionInput[];
}

export interface CompleteMeetingActionInput {
  readonly laCode: string;
  readonly actionId: string;
  /** DONE (default), or DROPPED when it is no longer needed. */
  readonly status?: 'DONE' | 'DROPPED';
}
