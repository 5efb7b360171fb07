import { LocalDate } from '../core';
import { Mark } from '../codes';
import { AbsenceThresholds, DEFAULT_ABSENCE_THRESHOLDS } from './absence-thresholds';
import { countMarks, DateRange, marksInRange, percentOf } from './count-marks';
import { DfePupil, dfeCohortOf } from './dfe-cohort';
import { DfeExclusionReason, NO_SESSIONS, dfeCountedTotals, markCountsOfSessions } from './dfe-counted-totals';
import { summariseCounts } from './summarise-attendance';

export interface DfeEnrolmentInput extends DfePupil {
  readonly enrolmentId: string;
  readonly marks: readonly Pick<Mark, 'code' | 'date'>[];
}

export interface DfeStatisticalOptions {
  /** The year the academic year starts in: 2024 for 2024/25. */
  readonly academicYear: number;
  /** The sixth (summer 2) half term, inclusive; dropped for pupils aged 15 at the start of the year. */
  readonly summer2: { readonly start: LocalDate; readonly end: LocalDate };
  /** Period the figures cover (e.g. autumn and spring terms); default: every mark given. */
  readonly period?: DateRange;
  readonly thresholds?: AbsenceThresholds;
}

export interface DfeHeadlineFigures {
  /** Enrolments counted (a pupil who moved school counts once per school). */
  readonly enrolments: number;
  readonly possibleSessions: number;
  readonly authorisedAbsenceSessions: number;
  readonly unauthorisedAbsenceSessions: number;
  readonly overallAbsenceSessions: number;
  /** Percentages of possible sessions; null with no enrolments. */
  readonly overallAbsenceRate: number | null;
  readonly authorisedAbsenceRate: number | null;
  readonly unauthorisedAbsenceRate: number | null;
  readonly persistentAbsentees: number;
  /** Persistent absentees as a percentage of enrolments. */
  readonly persistentAbsenceRate: number | null;
  readonly severeAbsentees: number;
  readonly severeAbsenceRate: number | null;
}

export interface DfeStatisticalSummary {
  readonly academicYear: number;
  /** Pupils aged 5–15 at the start of the year: the national headline cohort. */
  readonly headline: DfeHeadlineFigures;
  /** Pupils aged 4 at the start of the year, reported separately. */
  readonly fourYearOlds: DfeHeadlineFigures;
  readonly excluded: readonly { readonly enrolmentId: string; readonly reason: DfeExclusionReason }[];
}

interface Tally {
  enrolments: number;
  possible: number;
  authorised: number;
  unauthorised: number;
  persistent: number;
  severe: number;
}

const emptyTally = (): Tally => ({ enrolments: 0, possible: 0, authorised: 0, unauthorised: 0, persistent: 0, severe: 0 });

function figures(t: Tally): DfeHeadlineFigures {
  const overall = t.authorised + t.unauthorised;
  return {
    enrolments: t.enrolments,
    possibleSessions: t.possible,
    authorisedAbsenceSessions: t.authorised,
    unauthorisedAbsenceSessions: t.unauthorised,
    overallAbsenceSessions: overall,
    overallAbsenceRate: percentOf(overall, t.possible),
    authorisedAbsenceRate: percentOf(t.authorised, t.possible),
    unauthorisedAbsenceRate: percentOf(t.unauthorised, t.possible),
    persistentAbsentees: t.persistent,
    persistentAbsenceRate: percentOf(t.persistent, t.enrolments),
    severeAbsentees: t.severe,
    severeAbsenceRate: percentOf(t.severe, t.enrolments),
  };
}

// domain §4 cohort rules; DfE pupil absence methodology (S8): aged 5–15 at 31 Aug, 4s apart, boarders and 0-possible enrolments out,
// per enrolment, and the 6th (summer 2) half term dropped for pupils aged 15 at the start of the year
export function dfeStatisticalSummary(
  enrolments: readonly DfeEnrolmentInput[],
  options: DfeStatisticalOptions,
): DfeStatisticalSummary {
  const thresholds = options.thresholds ?? DEFAULT_ABSENCE_THRESHOLDS;
  const headline = emptyTally();
  const fourYearOlds = emptyTally();
  const excluded: { enrolmentId: string; reason: DfeExclusionReason }[] = [];

  for (const enrolment of enrolments) {
    // The DfE method on totals (`dfeCountedTotals`), given the counts of the marks in the period and of those in summer 2.
    const cohort = dfeCohortOf(enrolment, options.academicYear);
    const marks = cohort.kind === 'EXCLUDED' ? [] : marksInRange(enrolment.marks, options.period);
    const summer2 = cohort.kind === 'HEADLINE' && cohort.dropSummer2 ? countMarks(marks, { from: options.summer2.start, to: options.summer2.end }) : NO_SESSIONS;
    const result = dfeCountedTotals({ ...enrolment, all: countMarks(marks), summer2 }, options.academicYear);
    if (result.counted === null) {
      excluded.push({ enrolmentId: enrolment.enrolmentId, reason: result.exclusion });
      continue;
    }
    const summary = summariseCounts(markCountsOfSessions(result.counted), { thresholds });
    const tally = result.cohort.kind === 'FOUR_YEAR_OLDS' ? fourYearOlds : headline;
    tally.enrolments += 1;
    tally.possible += summary.possibleSessions;
    tally.authorised += summary.authorisedAbsence;
    tally.unauthorised += summary.unauthorisedAbsence;
    if (summary.persistentlyAbsent) tally.persistent += 1;
    if (summary.severelyAbsent) tally.severe += 1;
  }

  return { academicYear: options.academicYear, headline: figures(headline), fourYearOlds: figures(fourYearOlds), excluded };
}
