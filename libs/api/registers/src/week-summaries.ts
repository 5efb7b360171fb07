import { LocalDate, academicYearOf, addDays, weekStart } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** The academic year whose year summary holds the week of `date`: a week counts in the year its Sunday is in. */
export function summaryYearOf(date: LocalDate): number {
  return academicYearOf(addDays(weekStart(date), 6));
}

/** One enrolment's totals for one week (Monday to Sunday), as `refreshWeekSummaries` keeps them. */
export interface WeekSummaryRecord {
  readonly enrolmentId: string;
  readonly pupilId: string;
  readonly urn: number;
  /** The Monday the week starts on. */
  readonly weekStart: LocalDate;
  readonly possible: number;
  readonly present: number;
  readonly approvedEducationalActivity: number;
  readonly authorised: number;
  readonly unauthorised: number;
  readonly notPossible: number;
  /** Sessions per code, e.g. `{ '/': 5, '\\': 4, I: 1 }`. */
  readonly codeCounts: Readonly<Record<string, number>>;
}

/** The week summaries of some enrolments for the weeks starting from `from` to `to`, by enrolment and week. */
export async function weekSummaries(
  tx: EntityManager,
  laCode: string,
  enrolmentIds: readonly string[],
  from: LocalDate,
  to: LocalDate,
): Promise<WeekSummaryRecord[]> {
  if (enrolmentIds.length === 0) return [];
  return (await tx.query(
    `SELECT enrolment_id::text AS "enrolmentId", pupil_id::text AS "pupilId", urn, week_start::text AS "weekStart",
            possible, present, approved_educational_activity AS "approvedEducationalActivity", authorised, unauthorised,
            not_possible AS "notPossible", code_counts AS "codeCounts"
       FROM pupil_week_summary
      WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) AND week_start BETWEEN ($3::date - (extract(isodow FROM $3::date)::int - 1)) AND $4
      ORDER BY enrolment_id, week_start`,
    [laCode, enrolmentIds, from, to],
  )) as WeekSummaryRecord[];
}
