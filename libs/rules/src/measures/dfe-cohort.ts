import { LocalDate, fromEpochDay, toEpochDay } from '../core';
import { absenceStatisticsAge } from './absence-statistics-age';

/** Why an enrolment is outside both of the DfE's cohorts whatever its sessions. */
export type DfeCohortExclusion = 'BOARDER' | 'AGE_UNKNOWN' | 'AGED_UNDER_4' | 'AGED_OVER_15';

/**
 * Where the DfE's statistical method puts a pupil for an academic year: the national headline cohort (with the summer 2
 * half term dropped for pupils aged 15), the 4-year-olds reported separately, or neither.
 */
export type DfeCohort =
  | { readonly kind: 'HEADLINE'; readonly dropSummer2: boolean }
  | { readonly kind: 'FOUR_YEAR_OLDS' }
  | { readonly kind: 'EXCLUDED'; readonly reason: DfeCohortExclusion };

/** What the decision needs to know about a pupil at a school. */
export interface DfePupil {
  /** Age on 31 August at the start of the academic year. Give this or `dateOfBirth`. */
  readonly ageAtStartOfYear?: number;
  readonly dateOfBirth?: LocalDate;
  readonly boarder?: boolean;
}

/** Ages on 31 August at the start of the year in the national headline cohort. */
const HEADLINE_AGES = { from: 5, to: 15 } as const;
/** Reported separately from the headline figures. */
const SEPARATE_AGE = 4;
/** The age whose sixth (summer 2) half term is left out (study leave). */
const SUMMER_2_DROPPED_AGE = 15;

function ageOf(pupil: DfePupil, academicYear: number): number | undefined {
  if (pupil.ageAtStartOfYear !== undefined) return pupil.ageAtStartOfYear;
  return pupil.dateOfBirth === undefined ? undefined : absenceStatisticsAge(pupil.dateOfBirth, academicYear);
}

// domain §4 cohort rules; DfE pupil absence methodology (S8): aged 5–15 at 31 August, 4-year-olds reported separately, boarders
// out, and for pupils aged 15 at the start of the year the sixth (summer 2) half term dropped
export function dfeCohortOf(pupil: DfePupil, academicYear: number): DfeCohort {
  if (pupil.boarder) return { kind: 'EXCLUDED', reason: 'BOARDER' };
  const age = ageOf(pupil, academicYear);
  if (age === undefined) return { kind: 'EXCLUDED', reason: 'AGE_UNKNOWN' };
  if (age < SEPARATE_AGE) return { kind: 'EXCLUDED', reason: 'AGED_UNDER_4' };
  if (age > HEADLINE_AGES.to) return { kind: 'EXCLUDED', reason: 'AGED_OVER_15' };
  if (age < HEADLINE_AGES.from) return { kind: 'FOUR_YEAR_OLDS' };
  return { kind: 'HEADLINE', dropSummer2: age === SUMMER_2_DROPPED_AGE };
}

/** Dates of birth (inclusive; null for an open end) that `dfeCohortOf` puts in one cohort, for a pupil who is not a boarder. */
export interface DfeBirthDateBand {
  readonly bornFrom: LocalDate | null;
  readonly bornTo: LocalDate | null;
  readonly cohort: DfeCohort;
}

/** `dfeCohortOf` for a whole year at once, in a form a query can apply: boarders' cohort, then bands of dates of birth. */
export interface DfeCohortTable {
  readonly academicYear: number;
  readonly boarders: DfeCohort;
  /** Oldest first; together they cover every date of birth, without overlap. */
  readonly byDateOfBirth: readonly DfeBirthDateBand[];
}

/** Far enough either side of any real date of birth for the search below (epoch days: 1 January 1970 is 0). */
const SEARCH_FROM = toEpochDay('1800-01-01');
const SEARCH_TO = toEpochDay('2300-12-31');

/** The last date of birth whose age on 31 August at the start of the year is `age` or more (ages fall as birth dates rise). */
function lastBornAgedAtLeast(age: number, academicYear: number): number {
  let low = SEARCH_FROM;
  let high = SEARCH_TO;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (absenceStatisticsAge(fromEpochDay(middle), academicYear) >= age) low = middle;
    else high = middle - 1;
  }
  return low;
}

const sameCohort = (a: DfeCohort, b: DfeCohort): boolean => JSON.stringify(a) === JSON.stringify(b);

// domain §4 cohort rules: the same decision as `dfeCohortOf`, worked out from it by age (so there is one source), for a
// database to classify many pupils by date of birth without a second copy of the age rule
export function dfeCohortTable(academicYear: number): DfeCohortTable {
  const cohortAged = (age: number) => dfeCohortOf({ ageAtStartOfYear: age }, academicYear);
  const youngest = SEPARATE_AGE - 1;
  const oldest = HEADLINE_AGES.to + 1;
  const bands: DfeBirthDateBand[] = [];
  const push = (band: DfeBirthDateBand) => {
    const last = bands[bands.length - 1];
    if (last && sameCohort(last.cohort, band.cohort)) bands[bands.length - 1] = { ...last, bornTo: band.bornTo };
    else bands.push(band);
  };
  // Aged `oldest` or more; then each age down to `youngest + 1`; then `youngest` or less.
  push({ bornFrom: null, bornTo: fromEpochDay(lastBornAgedAtLeast(oldest, academicYear)), cohort: cohortAged(oldest) });
  for (let age = oldest - 1; age > youngest; age--) {
    push({
      bornFrom: fromEpochDay(lastBornAgedAtLeast(age + 1, academicYear) + 1),
      bornTo: fromEpochDay(lastBornAgedAtLeast(age, academicYear)),
      cohort: cohortAged(age),
    });
  }
  push({ bornFrom: fromEpochDay(lastBornAgedAtLeast(youngest + 1, academicYear) + 1), bornTo: null, cohort: cohortAged(youngest) });
  return { academicYear, boarders: dfeCohortOf({ boarder: true, ageAtStartOfYear: HEADLINE_AGES.from }, academicYear), byDateOfBirth: bands };
}
