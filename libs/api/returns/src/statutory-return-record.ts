import type { DeletionGroundId, LocalDate, LocatingEnquiry } from '@rollcall/rules';

export const STATUTORY_RETURN_KINDS = ['ATTENDANCE', 'SICKNESS', 'NEW_PUPIL', 'DELETION'] as const;
export type StatutoryReturnKind = (typeof STATUTORY_RETURN_KINDS)[number];

export type StatutoryReturnStatus = 'DRAFT' | 'SUBMITTED' | 'ACKNOWLEDGED';

/** One pupil on a return: why they are on it, and the rules' figures (or the pupil's details for a new-pupil or deletion return). */
export interface StatutoryReturnPupil {
  readonly pupilId: string;
  readonly reason: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface StatutoryReturnRecord {
  readonly laCode: string;
  readonly id: string;
  readonly kind: StatutoryReturnKind;
  readonly urn: number;
  readonly periodStart: LocalDate | null;
  readonly periodEnd: LocalDate | null;
  readonly dueOn: LocalDate;
  readonly status: StatutoryReturnStatus;
  readonly content: Readonly<Record<string, unknown>>;
  readonly idempotencyKey: string | null;
  readonly submittedAt: Date | null;
  readonly submittedBy: string | null;
  readonly acknowledgedAt: Date | null;
  readonly acknowledgedBy: string | null;
  readonly pupils: readonly StatutoryReturnPupil[];
}

export interface PrepareReturnInput {
  readonly laCode: string;
  readonly urn: number;
  readonly periodStart: LocalDate;
  readonly periodEnd: LocalDate;
  /** Marks after this day are not read (a return prepared before its period ends covers the days so far). */
  readonly today: LocalDate;
}

export interface PrepareSicknessReturnInput extends PrepareReturnInput {
  /** Further school days of sickness the school expects, by pupil id (e.g. from a doctor's note). */
  readonly expectedFurtherSickDays?: Readonly<Record<string, number>>;
}

export interface NewPupilReturnInput {
  readonly laCode: string;
  readonly urn: number;
  readonly pupilId: string;
  /** Placed in the school's most junior class (reception, or Year 7 at a secondary school). */
  readonly placedInMostJuniorClass?: boolean;
  /** The pupil's previous school, if known. */
  readonly previousSchool?: string;
}

export interface DeletionReturnInput {
  readonly laCode: string;
  readonly urn: number;
  readonly pupilId: string;
  readonly ground: DeletionGroundId;
  /** The day the pupil's name is deleted from the admission register. */
  readonly deletionDate: LocalDate;
  /** The day the ground was met, if earlier. */
  readonly groundMetOn?: LocalDate;
  /** For the 20-school-day ground: whether the school believes the absence is through sickness or unavoidable cause. */
  readonly sicknessOrUnavoidableCauseBelieved?: boolean;
  /** For the 20-school-day ground: the school's and the LA's enquiries to find the pupil. */
  readonly enquiries?: readonly LocatingEnquiry[];
}

export interface SubmitReturnInput {
  readonly laCode: string;
  readonly returnId: string;
  /** The sender's key for this submission (8–200 characters): a repeat with the same key changes nothing. */
  readonly idempotencyKey: string;
}

export interface AcknowledgeReturnInput {
  readonly laCode: string;
  readonly returnId: string;
}
