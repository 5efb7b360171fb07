import { Scope, inTransaction } from '@rollcall/api-core';
import { AttendancePolicy, LocalDate } from '@rollcall/rules';
import { summaryYearOf } from '@rollcall/api-registers';
import { DataSource, EntityManager } from 'typeorm';
import { graduatedResponsePolicy } from './graduated-response-policy';
import { NO_SESSIONS, SessionTotalsRow, enrolmentCountsOf } from './attendance-figures';
import { GraduatedResponseStageRecord, PupilFigures, graduatedResponseStageOf, pupilFiguresOf } from './pupil-attendance.service';

/** A register entry whose year to date is asked for: the enrolment, and the register's date. */
export interface RegisterEntryAttendanceKey {
  readonly laCode: string;
  readonly enrolmentId: string;
  readonly pupilId: string;
  readonly date: LocalDate;
}

/** An enrolment's attendance over the academic year so far, and the stage of the graduated response it gives. */
export interface YearToDateRecord extends PupilFigures {
  readonly laCode: string;
  readonly pupilId: string;
  readonly enrolmentId: string;
  readonly academicYear: number;
  /** Null with no possible sessions yet. */
  readonly stage: GraduatedResponseStageRecord | null;
}

interface YearRow extends SessionTotalsRow {
  la_code: string;
  academic_year: number;
  enrolment_id: string;
}

export { summaryYearOf };

const yearKeyOf = (laCode: string, academicYear: number, enrolmentId: string) => `${laCode}:${academicYear}:${enrolmentId}`;

/**
 * Each register entry's year to date: the enrolment's sessions and measures over the academic year of the register's
 * date (every session recorded so far), from `pupil_year_summary` (one row per enrolment per year), and the stage of
 * the LA's graduated response in force on the register's date. A page of entries is one transaction: one statement for
 * every entry's year summary and one for each LA's policy (a register is one LA's), however many entries.
 */
export class RegisterEntryAttendanceService {
  constructor(private readonly dataSource: DataSource) {}

  /** A DataLoader's batch: the year to date of each entry, in the order asked. */
  async yearToDate(scope: Scope, keys: readonly RegisterEntryAttendanceKey[]): Promise<YearToDateRecord[]> {
    if (keys.length === 0) return [];
    return inTransaction(this.dataSource, scope, (tx) => yearToDateIn(tx, keys));
  }
}

/** The entries' year to date in the caller's transaction. */
export async function yearToDateIn(tx: EntityManager, keys: readonly RegisterEntryAttendanceKey[]): Promise<YearToDateRecord[]> {
  const years = keys.map((k) => summaryYearOf(k.date));
  const rows = (await tx.query(
    `SELECT y.la_code, y.academic_year, y.enrolment_id::text AS enrolment_id, y.possible, y.present, y.approved_educational_activity AS aea,
            y.authorised, y.unauthorised, y.not_possible
       FROM unnest($1::bpchar[], $2::smallint[], $3::bigint[]) AS k(la_code, academic_year, enrolment_id)
       JOIN pupil_year_summary y ON y.la_code = k.la_code AND y.academic_year = k.academic_year AND y.enrolment_id = k.enrolment_id`,
    [keys.map((k) => k.laCode), years, keys.map((k) => k.enrolmentId)],
  )) as YearRow[];
  const byKey = new Map(rows.map((r) => [yearKeyOf(r.la_code, r.academic_year, r.enrolment_id), r]));
  const policies = new Map<string, AttendancePolicy>();
  for (const { laCode, date } of keys) {
    const at = `${laCode}:${date}`;
    if (!policies.has(at)) policies.set(at, await graduatedResponsePolicy(tx, laCode, date));
  }
  return keys.map((key, i) => {
    const row = byKey.get(yearKeyOf(key.laCode, years[i], key.enrolmentId));
    const figures = pupilFiguresOf(row ? enrolmentCountsOf(row) : NO_SESSIONS);
    const policy = policies.get(`${key.laCode}:${key.date}`) as AttendancePolicy;
    return { ...figures, laCode: key.laCode, pupilId: key.pupilId, enrolmentId: key.enrolmentId, academicYear: years[i], stage: graduatedResponseStageOf(policy, figures)?.stage ?? null };
  });
}
