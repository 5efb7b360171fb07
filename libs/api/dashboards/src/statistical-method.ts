import { DfeCohort, LocalDate, SessionCounts, academicYearOf, dfeCountedTotals } from '@rollcall/rules';
import { EnrolmentCounts } from './attendance-figures';

/** Rollcall's own figures (every enrolment), or the DfE's statistical method (the national headline cohort). */
export type StatisticalMethod = 'ROLLCALL' | 'DFE';

/** Why an enrolment is outside the DfE headline figures (4-year-olds are reported separately by DfE, so left out here). */
export type DfeExclusion = 'BOARDER' | 'AGED_UNDER_4' | 'AGED_4' | 'AGED_OVER_15';

/**
 * How a dashboard treats an enrolment: counted (all its sessions, or all but summer 2), or left out for a reason, or
 * neither (no possible session to count, or an age that cannot be worked out: a pupil always has a date of birth).
 */
export type DashboardTreatment = 'COUNTED' | 'COUNTED_SUMMER_2_DROPPED' | DfeExclusion | 'NOT_COUNTED';

/** One enrolment's totals over the period: all of it, and the part in the school's summer 2 half term. */
export interface EnrolmentPeriod {
  readonly dateOfBirth: LocalDate;
  readonly boarder: boolean;
  readonly all: EnrolmentCounts;
  readonly summer2: EnrolmentCounts;
}

export interface CountedEnrolment {
  readonly treatment: DashboardTreatment;
  /** The sessions counted; null unless the treatment is COUNTED or COUNTED_SUMMER_2_DROPPED. */
  readonly counts: EnrolmentCounts | null;
}

/** The dashboard's treatment of a DfE cohort, before its sessions are looked at. */
export function treatmentOf(cohort: DfeCohort): DashboardTreatment {
  if (cohort.kind === 'HEADLINE') return cohort.dropSummer2 ? 'COUNTED_SUMMER_2_DROPPED' : 'COUNTED';
  if (cohort.kind === 'FOUR_YEAR_OLDS') return 'AGED_4';
  return cohort.reason === 'AGE_UNKNOWN' ? 'NOT_COUNTED' : cohort.reason;
}

const sessionsOf = (c: EnrolmentCounts): SessionCounts => ({
  present: c.present,
  approvedEducationalActivity: c.approvedEducationalActivity,
  authorisedAbsence: c.authorised,
  unauthorisedAbsence: c.unauthorised,
  notPossible: c.notPossible,
});

const countsOf = (s: SessionCounts): EnrolmentCounts => ({
  possible: s.present + s.approvedEducationalActivity + s.authorisedAbsence + s.unauthorisedAbsence,
  present: s.present,
  approvedEducationalActivity: s.approvedEducationalActivity,
  authorised: s.authorisedAbsence,
  unauthorised: s.unauthorisedAbsence,
  notPossible: s.notPossible,
});

/**
 * The sessions an enrolment contributes under a method. ROLLCALL: all of them. DFE: the rules library's
 * `dfeCountedTotals` (the national headline cohort, summer 2 dropped for pupils aged 15). Either way an enrolment with no
 * possible session counts for nothing.
 */
export function countedUnder(method: StatisticalMethod, academicYear: number, enrolment: EnrolmentPeriod): CountedEnrolment {
  if (method === 'ROLLCALL') {
    return enrolment.all.possible > 0 ? { treatment: 'COUNTED', counts: enrolment.all } : { treatment: 'NOT_COUNTED', counts: null };
  }
  const result = dfeCountedTotals(
    { dateOfBirth: enrolment.dateOfBirth, boarder: enrolment.boarder, all: sessionsOf(enrolment.all), summer2: sessionsOf(enrolment.summer2) },
    academicYear,
  );
  const treatment = treatmentOf(result.cohort);
  if (treatment === 'AGED_4') return { treatment, counts: null };
  if (result.counted === null) return { treatment: result.exclusion === 'NO_POSSIBLE_SESSIONS' ? 'NOT_COUNTED' : treatment, counts: null };
  return { treatment, counts: countsOf(result.counted) };
}

/** The academic year a period falls in; the DfE method needs the whole period in one. */
export function academicYearOfPeriod(from: LocalDate, to: LocalDate): number | undefined {
  const year = academicYearOf(from);
  return academicYearOf(to) === year ? year : undefined;
}
