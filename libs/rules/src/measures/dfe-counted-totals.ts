import { MarkCounts, possibleFromCounts } from './count-marks';
import { DfeCohort, DfeCohortExclusion, DfePupil, dfeCohortOf } from './dfe-cohort';

/** Sessions by statistical category, as counted from marks or held in a summary. */
export type SessionCounts = Pick<MarkCounts, 'present' | 'approvedEducationalActivity' | 'authorisedAbsence' | 'unauthorisedAbsence' | 'notPossible'>;

/** One enrolment's sessions over the period, and the part of them in its school's summer 2 half term. */
export interface DfeEnrolmentTotals extends DfePupil {
  readonly all: SessionCounts;
  /** Within `all`: the sessions in the sixth (summer 2) half term. Only used for a pupil aged 15. */
  readonly summer2: SessionCounts;
}

/** Why an enrolment adds nothing to the DfE figures. */
export type DfeExclusionReason = DfeCohortExclusion | 'NO_POSSIBLE_SESSIONS';

/**
 * The enrolment's cohort and either the sessions the cohort's figures count (summer 2 taken off for a pupil aged 15) or
 * why it counts in neither cohort's figures.
 */
export type DfeCountedTotals =
  | { readonly cohort: DfeCohort; readonly counted: SessionCounts; readonly exclusion: null }
  | { readonly cohort: DfeCohort; readonly counted: null; readonly exclusion: DfeExclusionReason };

export const NO_SESSIONS: SessionCounts = { present: 0, approvedEducationalActivity: 0, authorisedAbsence: 0, unauthorisedAbsence: 0, notPossible: 0 };

const minus = (a: SessionCounts, b: SessionCounts): SessionCounts => ({
  present: a.present - b.present,
  approvedEducationalActivity: a.approvedEducationalActivity - b.approvedEducationalActivity,
  authorisedAbsence: a.authorisedAbsence - b.authorisedAbsence,
  unauthorisedAbsence: a.unauthorisedAbsence - b.unauthorisedAbsence,
  notPossible: a.notPossible - b.notPossible,
});

// domain §4 cohort rules; DfE pupil absence methodology (S8): the DfE method on one enrolment's totals — its cohort
// (`dfeCohortOf`), summer 2 dropped for pupils aged 15, and enrolments with no possible session left out
export function dfeCountedTotals(enrolment: DfeEnrolmentTotals, academicYear: number): DfeCountedTotals {
  const cohort = dfeCohortOf(enrolment, academicYear);
  if (cohort.kind === 'EXCLUDED') return { cohort, counted: null, exclusion: cohort.reason };
  const counted = cohort.kind === 'HEADLINE' && cohort.dropSummer2 ? minus(enrolment.all, enrolment.summer2) : enrolment.all;
  if (possibleFromCounts(markCountsOfSessions(counted)) <= 0) return { cohort, counted: null, exclusion: 'NO_POSSIBLE_SESSIONS' };
  return { cohort, counted, exclusion: null };
}

/** Full `MarkCounts` (no per-code detail) for the measures that take them. */
export function markCountsOfSessions(sessions: SessionCounts): MarkCounts {
  return { ...sessions, byCategory: byCategoryOf(sessions), byCode: {} };
}

function byCategoryOf(sessions: SessionCounts): MarkCounts['byCategory'] {
  return {
    PRESENT: sessions.present,
    APPROVED_EDUCATIONAL_ACTIVITY: sessions.approvedEducationalActivity,
    AUTHORISED_ABSENCE: sessions.authorisedAbsence,
    UNAUTHORISED_ABSENCE: sessions.unauthorisedAbsence,
    NOT_POSSIBLE: sessions.notPossible,
  };
}
