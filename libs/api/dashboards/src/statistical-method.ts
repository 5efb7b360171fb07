import { LocalDate, absenceStatisticsAge, academicYearOf } from '@rollcall/rules';
import { EnrolmentCounts } from './attendance-figures';

/** Rollcall's own figures (every enrolment), or the DfE's statistical method (the national headline cohort). */
export type StatisticalMethod = 'ROLLCALL' | 'DFE';

/** Why an enrolment is outside the DfE headline figures. */
export type DfeExclusion = 'BOARDER' | 'AGED_UNDER_4' | 'AGED_4' | 'AGED_OVER_15';

/** One enrolment's totals over the period: all of it, and the part in the school's summer 2 half term. */
export interface EnrolmentPeriod {
  readonly dateOfBirth: LocalDate;
  readonly boarder: boolean;
  readonly all: EnrolmentCounts;
  readonly summer2: EnrolmentCounts;
}

export type CountedEnrolment =
  | { readonly included: true; readonly counts: EnrolmentCounts; readonly summer2Dropped: boolean }
  | { readonly included: false; readonly exclusion: DfeExclusion };

const minus = (a: EnrolmentCounts, b: EnrolmentCounts): EnrolmentCounts => ({
  possible: a.possible - b.possible,
  present: a.present - b.present,
  approvedEducationalActivity: a.approvedEducationalActivity - b.approvedEducationalActivity,
  authorised: a.authorised - b.authorised,
  unauthorised: a.unauthorised - b.unauthorised,
  notPossible: a.notPossible - b.notPossible,
});

/**
 * The sessions an enrolment contributes under a method. ROLLCALL: all of them. DFE: only pupils aged 5–15 on 31 August
 * at the start of the academic year (4-year-olds are reported separately by DfE, so left out here), no boarders, and for
 * pupils aged 15 the sixth (summer 2) half term dropped. Mirrors the rules library's `dfeStatisticalSummary`, on totals
 * from the week summaries instead of marks (its spec checks the two agree).
 */
// domain §4 cohort rules; DfE pupil absence methodology (S8): aged 5–15 at 31 August, boarders out, summer 2 dropped for pupils aged 15
export function countedUnder(method: StatisticalMethod, academicYear: number, enrolment: EnrolmentPeriod): CountedEnrolment {
  if (method === 'ROLLCALL') return { included: true, counts: enrolment.all, summer2Dropped: false };
  if (enrolment.boarder) return { included: false, exclusion: 'BOARDER' };
  const age = absenceStatisticsAge(enrolment.dateOfBirth, academicYear);
  if (age < 4) return { included: false, exclusion: 'AGED_UNDER_4' };
  if (age === 4) return { included: false, exclusion: 'AGED_4' };
  if (age > 15) return { included: false, exclusion: 'AGED_OVER_15' };
  if (age === 15) return { included: true, counts: minus(enrolment.all, enrolment.summer2), summer2Dropped: true };
  return { included: true, counts: enrolment.all, summer2Dropped: false };
}

/** The academic year a period falls in; the DfE method needs the whole period in one. */
export function academicYearOfPeriod(from: LocalDate, to: LocalDate): number | undefined {
  const year = academicYearOf(from);
  return academicYearOf(to) === year ? year : undefined;
}
