import { LocalDate, addDays, weekStart } from '@rollcall/rules';
import { EntityManager } from 'typeorm';
import { ImportProblem, MAX_LISTED_PROBLEMS, ProblemCollector } from './import-problem';
import { outsideEnrolmentMessage, unknownPupilMessage } from './mark-row-checker';
import { MarkSource } from './mark-source';
import { affectedRows } from './affected-rows';
import { mondayOf, refreshWeekSummariesFrom, writeWeekSummariesOfNewMarks } from './refresh-week-summaries';
import { STAGING_TABLE } from './staging-table';

const WEEK_TABLE = 'register_import_week';
const HELD_TABLE = 'register_import_held';
const SPAN_TABLE = 'register_import_span';
const APPLY_SAVEPOINT = 'register_import_apply';
/** PostgreSQL's unique_violation: two new marks for one session, or another writer added one meanwhile. */
const UNIQUE_VIOLATION = '23505';

/** What a problem found in SQL names, by kind of submission. */
export interface ProblemFields {
  /** What a row is called in this kind of submission ("line", "mark", "pupil"). */
  readonly name: string;
  readonly upn: string;
  readonly date: string;
  readonly session: string;
  /** The field for a CTF mark-string position. */
  position(pos: number): string;
}

export interface AppliedMarks {
  /** Marks inserted or changed (a mark sent again unchanged is not rewritten). */
  readonly written: number;
  /** (enrolment, week) pairs whose summaries were recomputed. */
  readonly weeks: number;
}

interface StagedProblemRow {
  row_no: number;
  pos: number | null;
  upn: string;
  date: string;
  session: string;
  total: number;
}

/** The school's roll with its pupils' UPNs, as a subquery ($1 LA, $2 URN). */
const ROLL_SQL = `SELECT p.upn::text AS upn, e.id AS enrolment_id, e.admitted_on, coalesce(e.left_on, 'infinity'::date) AS left_on
                    FROM enrolment e JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
                   WHERE e.la_code = $1 AND e.urn = $2`;

/**
 * Matches staged marks to the school's enrolments in SQL, for a submission whose pupils were only written after it
 * streamed (a CTF). Returns the number of marks left without an enrolment.
 */
export async function matchStagedEnrolments(tx: EntityManager, laCode: string, urn: number): Promise<number> {
  await tx.query(
    `UPDATE ${STAGING_TABLE} s SET enrolment_id = x.enrolment_id
       FROM (${ROLL_SQL}) x
      WHERE x.upn = s.upn AND s.date BETWEEN x.admitted_on AND x.left_on`,
    [laCode, urn],
  );
  const rows = (await tx.query(`SELECT count(*)::int AS n FROM ${STAGING_TABLE} WHERE enrolment_id IS NULL`)) as { n: number }[];
  return rows[0].n;
}

/** Problems with staged marks left without an enrolment: pupils not on the school's roll, or not on it that day. */
export async function findEnrolmentProblems(
  tx: EntityManager,
  laCode: string,
  urn: number,
  problems: ProblemCollector,
  fields: ProblemFields,
): Promise<void> {
  const rows = (await tx.query(
    `WITH roll AS (${ROLL_SQL})
     SELECT s.row_no, s.pos, s.upn, s.date::text AS date, s.session, count(*) OVER ()::int AS total,
            (SELECT string_agg(r.admitted_on::text || ' to ' || CASE WHEN r.left_on = 'infinity' THEN 'now' ELSE r.left_on::text END,
                               ', ' ORDER BY r.admitted_on)
               FROM roll r WHERE r.upn = s.upn) AS on_roll
       FROM ${STAGING_TABLE} s
      WHERE s.enrolment_id IS NULL
      ORDER BY s.row_no, s.pos NULLS FIRST
      LIMIT ${MAX_LISTED_PROBLEMS}`,
    [laCode, urn],
  )) as (StagedProblemRow & { on_roll: string | null })[];
  const listed: ImportProblem[] = rows.map((r) => ({
    row: r.row_no,
    field: r.on_roll === null ? fields.upn : r.pos === null ? fields.date : fields.position(r.pos),
    reason: r.on_roll === null ? 'UNKNOWN_PUPIL' : 'OUTSIDE_ENROLMENT',
    message: r.on_roll === null ? unknownPupilMessage(r.upn) : outsideEnrolmentMessage(r.upn, r.date, r.on_roll),
    upn: r.upn,
    date: r.date,
    session: r.session,
  }));
  problems.addCounted(listed, rows[0]?.total ?? 0);
}

/**
 * The same pupil and session marked twice in one submission: which mark is meant cannot be guessed, so each repeat is
 * a problem naming the first. Returns whether there were any.
 */
export async function findDuplicateSessions(tx: EntityManager, problems: ProblemCollector, fields: ProblemFields): Promise<boolean> {
  // Grouping by the enrolment (a number) is cheaper than by the UPN; a mark not matched to one is already a problem.
  const [{ n }] = (await tx.query(
    `SELECT count(*)::int AS n
       FROM (SELECT 1 FROM ${STAGING_TABLE} GROUP BY coalesce(enrolment_id, -row_no), date, session HAVING count(*) > 1) d`,
  )) as { n: number }[];
  if (n === 0) return false;
  const rows = (await tx.query(
    `SELECT row_no, pos, upn, date::text AS date, session, first_row, first_pos, count(*) OVER ()::int AS total
       FROM (SELECT s.*, row_number() OVER w AS n, first_value(row_no) OVER w AS first_row, first_value(pos) OVER w AS first_pos
               FROM ${STAGING_TABLE} s
             WINDOW w AS (PARTITION BY upn, date, session ORDER BY row_no, pos)) d
      WHERE n > 1
      ORDER BY row_no, pos NULLS FIRST
      LIMIT ${MAX_LISTED_PROBLEMS}`,
  )) as (StagedProblemRow & { first_row: number; first_pos: number | null })[];
  const listed: ImportProblem[] = rows.map((r) => ({
    row: r.row_no,
    field: r.pos === null ? fields.session : fields.position(r.pos),
    reason: 'DUPLICATE_SESSION',
    message: `Pupil ${r.upn} already has a mark for ${r.date} ${r.session} in this submission (${fields.name} ${r.first_row}${
      r.first_pos === null ? '' : `, character ${r.first_pos}`
    }); send one mark per pupil per session.`,
    upn: r.upn,
    date: r.date,
    session: r.session,
  }));
  problems.addCounted(listed, rows[0]?.total ?? 0);
  return true;
}

/**
 * Writes the staged marks (each matched to its enrolment) and the summaries of exactly the (enrolment, week) pairs
 * that changed. First the marks already held for the staged enrolments are read, each enrolment by its own key range
 * (never the LA's whole year, however many schools it has) over the whole weeks its staged marks fall in.
 *
 * - Nothing held (a school's first file for the period, the bulk of all marks): the staged marks are inserted plainly
 *   and their weeks summarised from the staging table with one GROUP BY, without reading them back. A session marked
 *   twice in the submission breaks the primary key, and only then are duplicates looked for.
 * - Marks held: new marks are inserted plainly and changed ones upserted (the table's trigger keeps each entry
 *   replaced); unchanged ones are left alone; the changed weeks are recomputed from the marks table. Marks for
 *   sessions already held are checked among themselves for duplicates.
 *
 * Returns undefined, with the problems recorded, when there are duplicates. If instead another writer added one of
 * the new marks meanwhile (every writer takes the school's import lock, so only a writer going around it could), the
 * work is redone as one upsert.
 */
export async function applyStagedMarks(
  tx: EntityManager,
  laCode: string,
  range: { readonly from: LocalDate; readonly to: LocalDate },
  write: { readonly importId: string; readonly source: MarkSource; readonly recordedBy: string },
  problems: ProblemCollector,
  fields: ProblemFields,
): Promise<AppliedMarks | undefined> {
  const weeks = { from: weekStart(range.from), to: addDays(weekStart(range.to), 6) };
  // Each staged enrolment's span: the whole weeks (Monday to Sunday) from its first staged mark to its last.
  await tx.query(
    `CREATE TEMP TABLE ${SPAN_TABLE} (enrolment_id bigint PRIMARY KEY, first_day date NOT NULL, last_day date NOT NULL) ON COMMIT DROP`,
  );
  await tx.query(
    `INSERT INTO ${SPAN_TABLE} (enrolment_id, first_day, last_day)
     SELECT enrolment_id, ${mondayOf('min(date)')}, ${mondayOf('max(date)')} + 6 FROM ${STAGING_TABLE} GROUP BY enrolment_id`,
  );
  await tx.query(
    `CREATE TEMP TABLE ${HELD_TABLE} (enrolment_id bigint NOT NULL, date date NOT NULL, session text NOT NULL, code text NOT NULL,
                                     minutes_late smallint) ON COMMIT DROP`,
  );
  // OFFSET 0 keeps the lateral read a per-enrolment index range scan: flattened into a join, the planner may pick a
  // scan of the LA's whole year when the statistics are stale (as they are during a bulk load).
  const held = await affectedRows(
    tx,
    `INSERT INTO ${HELD_TABLE} (enrolment_id, date, session, code, minutes_late)
     SELECT held.* FROM ${SPAN_TABLE} en
     CROSS JOIN LATERAL (
       SELECT m.enrolment_id, m.date, m.session::text, m.code::text, m.minutes_late
         FROM attendance_mark m
        WHERE m.la_code = $1 AND m.enrolment_id = en.enrolment_id AND m.date BETWEEN en.first_day AND en.last_day
          AND m.date BETWEEN $2 AND $3
       OFFSET 0
     ) held`,
    [laCode, weeks.from, weeks.to],
  );
  const params = [laCode, write.source, write.importId, write.recordedBy];
  const insertStaged = `INSERT INTO attendance_mark AS m (${MARK_COLUMNS}) SELECT ${stagedValues} FROM ${STAGING_TABLE} s`;

  if (held === 0) {
    await tx.query(`SAVEPOINT ${APPLY_SAVEPOINT}`);
    try {
      const written = await affectedRows(tx, insertStaged, params);
      await tx.query(`RELEASE SAVEPOINT ${APPLY_SAVEPOINT}`);
      if (written === 0) return { written: 0, weeks: 0 };
      return { written, weeks: await writeWeekSummariesOfNewMarks(tx, laCode, { marks: STAGING_TABLE, spans: SPAN_TABLE }) };
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await tx.query(`ROLLBACK TO SAVEPOINT ${APPLY_SAVEPOINT}`);
      if (await findDuplicateSessions(tx, problems, fields)) return undefined;
      return upsertAll(tx, laCode, weeks, params);
    }
  }

  const [{ heldTwice }] = (await tx.query(
    `SELECT EXISTS (SELECT 1 FROM ${STAGING_TABLE} s
                      JOIN ${HELD_TABLE} h ON h.enrolment_id = s.enrolment_id AND h.date = s.date AND h.session = s.session
                     GROUP BY s.enrolment_id, s.date, s.session HAVING count(*) > 1) AS "heldTwice"`,
  )) as { heldTwice: boolean }[];
  if (heldTwice) {
    await findDuplicateSessions(tx, problems, fields);
    return undefined;
  }
  await tx.query(`CREATE TEMP TABLE ${WEEK_TABLE} (enrolment_id bigint NOT NULL, week_start date NOT NULL) ON COMMIT DROP`);
  await tx.query(`SAVEPOINT ${APPLY_SAVEPOINT}`);
  let count: number;
  try {
    count =
      (await writtenWeeks(
        tx,
        `${insertStaged}
          WHERE NOT EXISTS (SELECT 1 FROM ${HELD_TABLE} h
                             WHERE h.enrolment_id = s.enrolment_id AND h.date = s.date AND h.session = s.session)`,
        params,
      )) +
      (await writtenWeeks(
        tx,
        `${insertStaged}
           JOIN ${HELD_TABLE} h ON h.enrolment_id = s.enrolment_id AND h.date = s.date AND h.session = s.session
          WHERE h.code IS DISTINCT FROM s.code OR h.minutes_late IS DISTINCT FROM s.minutes_late
         ${UPSERT}`,
        params,
      ));
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await tx.query(`ROLLBACK TO SAVEPOINT ${APPLY_SAVEPOINT}`);
    if (await findDuplicateSessions(tx, problems, fields)) return undefined;
    return upsertAll(tx, laCode, weeks, params);
  }
  await tx.query(`RELEASE SAVEPOINT ${APPLY_SAVEPOINT}`);
  return refreshWrittenWeeks(tx, laCode, weeks, count);
}

const MARK_COLUMNS = 'la_code, enrolment_id, date, session, code, minutes_late, source, import_id, recorded_by';
/** The staged mark `s` as an `attendance_mark` row ($1 LA, $2 source, $3 import, $4 recorded by). */
const stagedValues = '$1, s.enrolment_id, s.date, s.session, s.code, s.minutes_late, $2, $3, $4';
const UPSERT = `ON CONFLICT (la_code, enrolment_id, date, session) DO UPDATE SET
       code = EXCLUDED.code, minutes_late = EXCLUDED.minutes_late, source = EXCLUDED.source,
       import_id = EXCLUDED.import_id, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at,
       amendment_reason = NULL
     WHERE m.code IS DISTINCT FROM EXCLUDED.code OR m.minutes_late IS DISTINCT FROM EXCLUDED.minutes_late`;

/** Runs an insert of marks, noting the (enrolment, week) pairs it wrote; returns the marks written. */
async function writtenWeeks(tx: EntityManager, insert: string, params: readonly unknown[]): Promise<number> {
  const rows = (await tx.query(
    `WITH changed AS (${insert} RETURNING m.enrolment_id, m.date),
          weeks AS (INSERT INTO ${WEEK_TABLE} (enrolment_id, week_start)
                    SELECT DISTINCT enrolment_id, ${mondayOf('date')} FROM changed)
     SELECT count(*)::int AS n FROM changed`,
    [...params],
  )) as { n: number }[];
  return rows[0].n;
}

/** Every staged mark as one upsert, then the weeks it changed recomputed. */
async function upsertAll(
  tx: EntityManager,
  laCode: string,
  weeks: { readonly from: LocalDate; readonly to: LocalDate },
  params: readonly unknown[],
): Promise<AppliedMarks> {
  await tx.query(`CREATE TEMP TABLE IF NOT EXISTS ${WEEK_TABLE} (enrolment_id bigint NOT NULL, week_start date NOT NULL) ON COMMIT DROP`);
  const count = await writtenWeeks(tx, `INSERT INTO attendance_mark AS m (${MARK_COLUMNS}) SELECT ${stagedValues} FROM ${STAGING_TABLE} s ${UPSERT}`, params);
  return refreshWrittenWeeks(tx, laCode, weeks, count);
}

async function refreshWrittenWeeks(
  tx: EntityManager,
  laCode: string,
  weeks: { readonly from: LocalDate; readonly to: LocalDate },
  count: number,
): Promise<AppliedMarks> {
  if (count === 0) return { written: 0, weeks: 0 };
  const refreshed = await refreshWeekSummariesFrom(tx, laCode, { sql: `SELECT enrolment_id, week_start FROM ${WEEK_TABLE}`, params: [] }, weeks);
  return { written: count, weeks: refreshed.written + refreshed.empty };
}
