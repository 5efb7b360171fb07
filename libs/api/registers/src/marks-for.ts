import { LocalDate, Session } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

/** One register entry as stored. */
export interface MarkRecord {
  readonly enrolmentId: string;
  readonly date: LocalDate;
  readonly session: Session;
  /** A 2024 code from 19 August 2024, a 2006 code before. */
  readonly code: string;
  readonly minutesLate: number | null;
  readonly source: number;
  readonly importId: string | null;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

/** An entry that a later one replaced (kept by the database whenever a code or minutes late changes). */
export interface ReplacedMarkRecord extends MarkRecord {
  readonly replacedAt: Date;
}

const MARK_COLUMNS = `enrolment_id::text AS "enrolmentId", date::text AS date, session, code, minutes_late AS "minutesLate",
  source, import_id::text AS "importId", recorded_by AS "recordedBy", recorded_at AS "recordedAt"`;

/** The marks of some enrolments from `from` to `to` inclusive, by enrolment, date and session (AM first). */
export async function marksFor(
  tx: EntityManager,
  laCode: string,
  enrolmentIds: readonly string[],
  from: LocalDate,
  to: LocalDate,
): Promise<MarkRecord[]> {
  if (enrolmentIds.length === 0) return [];
  return (await tx.query(
    `SELECT ${MARK_COLUMNS} FROM attendance_mark
      WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) AND date BETWEEN $3 AND $4
      ORDER BY enrolment_id, date, session`,
    [laCode, enrolmentIds, from, to],
  )) as MarkRecord[];
}

/** The entries replaced by amendments for some enrolments from `from` to `to`, oldest first within each session. */
export async function replacedMarksFor(
  tx: EntityManager,
  laCode: string,
  enrolmentIds: readonly string[],
  from: LocalDate,
  to: LocalDate,
): Promise<ReplacedMarkRecord[]> {
  if (enrolmentIds.length === 0) return [];
  return (await tx.query(
    `SELECT ${MARK_COLUMNS}, replaced_at AS "replacedAt" FROM attendance_mark_history
      WHERE la_code = $1 AND enrolment_id = ANY($2::bigint[]) AND date BETWEEN $3 AND $4
      ORDER BY enrolment_id, date, session, id`,
    [laCode, enrolmentIds, from, to],
  )) as ReplacedMarkRecord[];
}
