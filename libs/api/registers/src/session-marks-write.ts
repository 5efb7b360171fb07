import { LocalDate, Session, weekStart } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { MARK_SOURCE } from './mark-source';
import { SUMMARY_TOTALS, addToYearSummariesSql, weeklySql } from './refresh-week-summaries';
import { codeSetTableName } from './register-session-status';
import { summaryYearOf } from './week-summaries';
import { transactionClient } from './staging-table';

/** One pupil's mark for the session, checked: code as recorded. */
export interface SessionMark {
  readonly enrolmentId: string;
  readonly code: string;
  readonly minutesLate: number | null;
}

export interface SessionMarksWritten {
  /** Enrolments whose mark for the session was new. */
  readonly added: ReadonlySet<string>;
  /** Enrolments whose mark was held with another code or minutes late, and was replaced. */
  readonly replaced: ReadonlySet<string>;
}

/** The statement behind `writeSessionMarks` (parameters as it passes them). */
const WRITE_SESSION_MARKS = `WITH sent AS (
       SELECT t.enrolment_id, t.code, t.minutes_late FROM unnest($7::bigint[], $8::text[], $9::int[]) AS t(enrolment_id, code, minutes_late)
     ),
     held AS MATERIALIZED (
       SELECT h.* FROM sent s
       CROSS JOIN LATERAL (
         SELECT m.enrolment_id, m.code::text AS code, m.minutes_late::int AS minutes_late
           FROM attendance_mark m WHERE m.la_code = $1 AND m.enrolment_id = s.enrolment_id AND m.date = $2 AND m.session = $3 OFFSET 0
       ) h
     ),
     added AS (
       INSERT INTO attendance_mark (la_code, enrolment_id, date, session, code, minutes_late, source, import_id, recorded_by)
       SELECT $1, s.enrolment_id, $2, $3, s.code, s.minutes_late, $4, $5::bigint, $6
         FROM sent s WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.enrolment_id = s.enrolment_id)
       RETURNING enrolment_id, code::text AS code
     ),
     replaced AS (
       UPDATE attendance_mark m SET code = s.code, minutes_late = s.minutes_late, source = $4, import_id = $5::bigint,
              recorded_by = $6, recorded_at = now(), amendment_reason = NULL
         FROM sent s JOIN held h ON h.enrolment_id = s.enrolment_id
        WHERE m.la_code = $1 AND m.enrolment_id = s.enrolment_id AND m.date = $2 AND m.session = $3
          AND (h.code IS DISTINCT FROM s.code OR h.minutes_late IS DISTINCT FROM s.minutes_late)
       RETURNING m.enrolment_id, s.code AS code, h.code AS old_code
     ),
     counted AS (
       SELECT k.enrolment_id, $11::date AS week_start, $10::text AS code_set, k.code, sum(k.n)::int AS n
         FROM (SELECT enrolment_id, code, 1 AS n FROM added
               UNION ALL SELECT enrolment_id, code, 1 FROM replaced
               UNION ALL SELECT enrolment_id, old_code, -1 FROM replaced) k
        GROUP BY k.enrolment_id, k.code
       HAVING sum(k.n) <> 0
     )
     ${weeklySql('')},
     delta AS (
       SELECT w.enrolment_id, e.pupil_id, e.urn, w.present, w.aea AS approved_educational_activity, w.authorised, w.unauthorised,
              w.not_possible, w.code_counts
         FROM weekly w
         JOIN enrolment e ON e.la_code = $1 AND e.id = w.enrolment_id
     ),
     weeks AS (
       INSERT INTO pupil_week_summary AS w (la_code, enrolment_id, week_start, pupil_id, urn, ${SUMMARY_TOTALS.join(', ')}, code_counts)
       SELECT $1, d.enrolment_id, $11::date, d.pupil_id, d.urn,
              d.present + d.approved_educational_activity + d.authorised + d.unauthorised,
              d.present, d.approved_educational_activity, d.authorised, d.unauthorised, d.not_possible, d.code_counts
         FROM delta d
       ON CONFLICT (la_code, enrolment_id, week_start) DO UPDATE SET
         ${SUMMARY_TOTALS.map((c) => `${c} = w.${c} + EXCLUDED.${c}`).join(', ')},
         code_counts = (SELECT coalesce(jsonb_object_agg(k, n), '{}'::jsonb)
                          FROM (SELECT k, sum(n)::int AS n
                                  FROM (SELECT key AS k, value::int AS n FROM jsonb_each_text(w.code_counts)
                                        UNION ALL SELECT key, value::int FROM jsonb_each_text(EXCLUDED.code_counts)) u
                                 GROUP BY k HAVING sum(n) <> 0) z)
       RETURNING 1
     ),
     years AS (
       ${addToYearSummariesSql(
         `SELECT $1, d.enrolment_id, $12::int, d.pupil_id, d.urn,
                 d.present + d.approved_educational_activity + d.authorised + d.unauthorised,
                 d.present, d.approved_educational_activity, d.authorised, d.unauthorised, d.not_possible
            FROM delta d`,
       )}
     )
     SELECT array(SELECT enrolment_id::text FROM added) AS added, array(SELECT enrolment_id::text FROM replaced) AS replaced,
            (SELECT count(*) FROM weeks)::int AS weeks, (SELECT count(*) FROM years)::int AS years`;

/**
 * Writes one session's marks for a school's pupils and moves their week and year summaries by what changed, in one
 * statement (docs/0005-marks-at-scale.md): marks the register lacks are inserted; those it holds with another code or
 * minutes late are updated (the table's trigger keeps each entry replaced); those held unchanged are left alone. Each
 * week and year summary gains one session in the new code's category and, for a replaced mark, loses one in the old
 * code's, so no mark is read back. Exact because a summary is the count of its marks and every writer of a school's
 * marks holds the school's import lock, which the caller has taken. A mark another writer added meanwhile (going
 * around that lock) breaks the marks' primary key and fails the transaction rather than being counted twice.
 */
// domain §1.2–§1.3 and §4: each session counts once, in its code's category in the code set in force on the date;
// possible = present + approved educational activity + authorised + unauthorised
export async function writeSessionMarks(
  tx: EntityManager,
  laCode: string,
  session: { readonly date: LocalDate; readonly session: Session },
  marks: readonly SessionMark[],
  write: { readonly importId: string; readonly recordedBy: string },
): Promise<SessionMarksWritten> {
  if (!tx.queryRunner?.isTransactionActive) throw new Error('writeSessionMarks must run inside a transaction (inTransaction)');
  const monday = weekStart(session.date);
  // A named statement planned once per connection, generically (its plan does not depend on the values): planning
  // this statement costs more than running it. SET LOCAL leaves the setting to this transaction, whose only statement
  // after this one is the audit trail's insert.
  const client = await transactionClient(tx);
  await client.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
  const { rows } = await client.query<{ added: string[]; replaced: string[] }>({
    name: 'rollcall_write_session_marks',
    text: WRITE_SESSION_MARKS,
    values: [
      laCode,
      session.date,
      session.session,
      MARK_SOURCE.REGISTER,
      write.importId,
      write.recordedBy,
      marks.map((m) => m.enrolmentId),
      marks.map((m) => m.code),
      marks.map((m) => m.minutesLate),
      codeSetTableName(session.date),
      monday,
      summaryYearOf(session.date),
    ],
  });
  return { added: new Set(rows[0].added), replaced: new Set(rows[0].replaced) };
}
