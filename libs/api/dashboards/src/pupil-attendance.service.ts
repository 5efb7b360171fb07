import { Refusal, Scope, SqlParams, inTransaction } from '@rollcall/api-core';
import { pupilVisibleTo, todayInEngland } from '@rollcall/api-pupils';
import {
  ActionInPlace,
  AttendanceClassification,
  AttendancePolicy,
  CODE_SET_2024_EFFECTIVE_FROM,
  DueAction,
  LocalDate,
  academicYearOf,
  academicYearStart,
  actionsDue,
  classifyAttendance,
  daysBetween,
  isLocalDate,
  isoWeekday,
  summariseCounts,
} from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { EnrolmentCounts, NO_SESSIONS, SessionTotalsRow, enrolmentCountsOf, markCountsOf } from './attendance-figures';
import { existingSupportOf } from './existing-support';
import { graduatedResponsePolicy } from './graduated-response-policy';

export interface PupilAttendanceRequest {
  readonly pupilId: string;
  /** The LA holding the record; omitted: any the caller sees (their own first). */
  readonly laCode?: string | null;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** A pupil's measures over a period (domain §4). */
export interface PupilFigures {
  readonly possibleSessions: number;
  readonly present: number;
  readonly approvedEducationalActivity: number;
  readonly authorisedAbsence: number;
  readonly unauthorisedAbsence: number;
  readonly notPossible: number;
  readonly attendanceRate: number | null;
  readonly overallAbsenceRate: number | null;
  readonly authorisedAbsenceRate: number | null;
  readonly unauthorisedAbsenceRate: number | null;
  readonly persistentlyAbsent: boolean;
  readonly severelyAbsent: boolean;
}

/** The band of the LA's graduated response a pupil's attendance puts them in (domain §17.1), without the actions. */
export interface GraduatedResponseStageRecord {
  readonly policyId: string;
  readonly policyVersion: number;
  readonly band: number;
  readonly stage: string;
  readonly label: string;
  readonly goodAttendance: boolean | null;
}

export interface GraduatedResponseRecord extends GraduatedResponseStageRecord {
  readonly actionsDue: readonly DueAction[];
  readonly alreadyInPlace: readonly ActionInPlace[];
}

export interface SchoolFiguresRecord extends PupilFigures {
  readonly urn: number;
  readonly schoolName: string;
}

export interface PupilAttendanceRecord extends PupilFigures {
  readonly laCode: string;
  readonly pupilId: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** Read from the week summaries (a range of whole weeks) or from the marks. */
  readonly readFrom: 'WEEK_SUMMARIES' | 'MARKS';
  /** The stage of the LA's graduated response and the actions due; null for a parent, or with no possible sessions. */
  readonly graduatedResponse: GraduatedResponseRecord | null;
  /** The same measures at each school (a pupil who moved, or is dual registered). */
  readonly bySchool: readonly SchoolFiguresRecord[];
}

const PUPIL_ID = /^\d{1,19}$/;
const LA_CODE = /^\d{3}$/;
const MAX_DAYS = 3 * 366;

interface CountsRow extends SessionTotalsRow {
  urn: number;
  school_name: string;
}

export function checkPeriod(from: LocalDate, to: LocalDate, maxDays = MAX_DAYS): void {
  if (!isLocalDate(from)) throw new Refusal('INVALID_DATE', `"${from}" is not a date in the form YYYY-MM-DD.`, { field: 'from' });
  if (!isLocalDate(to)) throw new Refusal('INVALID_DATE', `"${to}" is not a date in the form YYYY-MM-DD.`, { field: 'to' });
  if (to < from) throw new Refusal('INVALID_DATE_RANGE', `The period must end on or after it starts (${from} to ${to}).`, { field: 'to' });
  if (daysBetween(from, to) > maxDays) {
    throw new Refusal('INVALID_DATE_RANGE', `Ask for at most ${maxDays} days at a time (${from} to ${to} is ${daysBetween(from, to) + 1}).`, { field: 'to' });
  }
}

// domain §4 and §1.2: the measures of one pupil's sessions (PA and SA on their own possible sessions)
export function pupilFiguresOf(c: EnrolmentCounts): PupilFigures {
  const s = summariseCounts(markCountsOf(c));
  return {
    possibleSessions: s.possibleSessions,
    present: s.present,
    approvedEducationalActivity: s.approvedEducationalActivity,
    authorisedAbsence: s.authorisedAbsence,
    unauthorisedAbsence: s.unauthorisedAbsence,
    notPossible: s.notPossible,
    attendanceRate: s.attendanceRate,
    overallAbsenceRate: s.overallAbsenceRate,
    authorisedAbsenceRate: s.authorisedAbsenceRate,
    unauthorisedAbsenceRate: s.unauthorisedAbsenceRate,
    persistentlyAbsent: s.persistentlyAbsent,
    severelyAbsent: s.severelyAbsent,
  };
}

/**
 * One pupil's attendance over a period, for whoever may read the pupil's record: from the week summaries when the
 * period is whole weeks (Monday to Friday or later), from the marks otherwise; with the stage of the LA's graduated
 * response and the actions due (not for parents: that is the school's and the LA's casework).
 */
export class PupilAttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => LocalDate = () => todayInEngland(),
  ) {}

  async attendance(scope: Scope, request: PupilAttendanceRequest): Promise<PupilAttendanceRecord | undefined> {
    if (!PUPIL_ID.test(request.pupilId)) throw new Refusal('INVALID_ID', `"${request.pupilId}" is not a pupil id: use the id a Pupil gave.`, { field: 'pupilId' });
    if (request.laCode !== undefined && request.laCode !== null && !LA_CODE.test(request.laCode)) {
      throw new Refusal('INVALID_LA_CODE', `LA code "${request.laCode}" must be the 3-digit DfE number of the LA holding the record.`, { field: 'laCode' });
    }
    checkPeriod(request.from, request.to);
    const { from, to } = request;
    return inTransaction(this.dataSource, scope, async (tx) => {
      const pupil = await this.visiblePupil(tx, scope, request);
      if (!pupil) return undefined;
      const wholeWeeks = isoWeekday(from) === 1 && isoWeekday(to) >= 5;
      const rows = wholeWeeks ? await fromSummaries(tx, scope, pupil, from, to) : await fromMarks(tx, scope, pupil, from, to);
      const total = rows.reduce<EnrolmentCounts>(
        (sum, r) => ({
          possible: sum.possible + r.possible,
          present: sum.present + r.present,
          approvedEducationalActivity: sum.approvedEducationalActivity + r.aea,
          authorised: sum.authorised + r.authorised,
          unauthorised: sum.unauthorised + r.unauthorised,
          notPossible: sum.notPossible + r.not_possible,
        }),
        NO_SESSIONS,
      );
      const figures = pupilFiguresOf(total);
      const graduatedResponse = scope.role === 'PARENT' ? null : await graduatedResponseOf(tx, pupil, figures, to);
      return {
        ...figures,
        laCode: pupil.laCode,
        pupilId: pupil.pupilId,
        from,
        to,
        readFrom: wholeWeeks ? 'WEEK_SUMMARIES' : 'MARKS',
        graduatedResponse,
        bySchool: rows.map((r) => ({ urn: r.urn, schoolName: r.school_name, ...pupilFiguresOf(enrolmentCountsOf(r)) })),
      };
    });
  }

  private async visiblePupil(tx: EntityManager, scope: Scope, request: PupilAttendanceRequest): Promise<{ laCode: string; pupilId: string } | undefined> {
    const sql = new SqlParams();
    const conditions = [`p.id = ${sql.add(request.pupilId)}::bigint`, pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.id' }, sql, this.today())];
    if (request.laCode) conditions.push(`p.la_code = ${sql.add(request.laCode)}::bpchar`);
    const rows = (await tx.query(
      `SELECT p.la_code, p.id::text AS pupil_id FROM pupil p WHERE ${conditions.join(' AND ')}
        ORDER BY p.la_code = ${sql.add(scope.laCode ?? '')}::bpchar DESC, p.la_code LIMIT 1`,
      sql.values,
    )) as { la_code: string; pupil_id: string }[];
    return rows.length === 0 ? undefined : { laCode: rows[0].la_code, pupilId: rows[0].pupil_id };
  }
}

/** School staff read the pupil's attendance at their own schools only (a school's register is its own). */
function staffSchools(scope: Scope, sql: SqlParams, column: string): string {
  return scope.role === 'SCHOOL_STAFF' ? ` AND ${column} = ANY(${sql.add([...(scope.urns ?? [])])}::int[])` : '';
}

async function fromSummaries(tx: EntityManager, scope: Scope, pupil: { laCode: string; pupilId: string }, from: LocalDate, to: LocalDate): Promise<CountsRow[]> {
  const sql = new SqlParams();
  const la = sql.add(pupil.laCode);
  const id = sql.add(pupil.pupilId);
  return (await tx.query(
    `SELECT s.urn, sc.name AS school_name, sum(s.possible)::int AS possible, sum(s.present)::int AS present,
            sum(s.approved_educational_activity)::int AS aea, sum(s.authorised)::int AS authorised,
            sum(s.unauthorised)::int AS unauthorised, sum(s.not_possible)::int AS not_possible
       FROM pupil_week_summary s JOIN school sc ON sc.urn = s.urn
      WHERE s.la_code = ${la}::bpchar AND s.pupil_id = ${id}::bigint AND s.week_start BETWEEN ${sql.add(from)}::date AND ${sql.add(to)}::date
        ${staffSchools(scope, sql, 's.urn')}
      GROUP BY s.urn, sc.name ORDER BY s.urn`,
    sql.values,
  )) as CountsRow[];
}

// domain §1.2–§1.3: each mark counts in the category of the code set in force on its date (the attendance_code table, filled from the rules library)
async function fromMarks(tx: EntityManager, scope: Scope, pupil: { laCode: string; pupilId: string }, from: LocalDate, to: LocalDate): Promise<CountsRow[]> {
  const sql = new SqlParams();
  const la = sql.add(pupil.laCode);
  const id = sql.add(pupil.pupilId);
  return (await tx.query(
    `SELECT e.urn, sc.name AS school_name,
            count(*) FILTER (WHERE c.category <> 'NOT_POSSIBLE')::int AS possible,
            count(*) FILTER (WHERE c.category = 'PRESENT')::int AS present,
            count(*) FILTER (WHERE c.category = 'APPROVED_EDUCATIONAL_ACTIVITY')::int AS aea,
            count(*) FILTER (WHERE c.category = 'AUTHORISED_ABSENCE')::int AS authorised,
            count(*) FILTER (WHERE c.category = 'UNAUTHORISED_ABSENCE')::int AS unauthorised,
            count(*) FILTER (WHERE c.category = 'NOT_POSSIBLE')::int AS not_possible
       FROM enrolment e
       JOIN attendance_mark m ON m.la_code = e.la_code AND m.enrolment_id = e.id
       JOIN attendance_code c ON c.code = m.code AND c.code_set = CASE WHEN m.date >= ${sql.add(CODE_SET_2024_EFFECTIVE_FROM)}::date THEN '2024' ELSE '2006' END
       JOIN school sc ON sc.urn = e.urn
      WHERE e.la_code = ${la}::bpchar AND e.pupil_id = ${id}::bigint AND m.date BETWEEN ${sql.add(from)}::date AND ${sql.add(to)}::date
        ${staffSchools(scope, sql, 'e.urn')}
      GROUP BY e.urn, sc.name ORDER BY e.urn`,
    sql.values,
  )) as CountsRow[];
}

// domain §17.1, §17.2: the band of the LA's graduated response for the pupil's attendance, and its actions not yet in place
async function graduatedResponseOf(
  tx: EntityManager,
  pupil: { laCode: string; pupilId: string },
  figures: PupilFigures,
  on: LocalDate,
): Promise<GraduatedResponseRecord | null> {
  const policy = await graduatedResponsePolicy(tx, pupil.laCode, on);
  const found = graduatedResponseStageOf(policy, figures);
  if (!found) return null;
  const support = await existingSupportOf(tx, [pupil], on, academicYearStart(academicYearOf(on)));
  const due = actionsDue(policy, found.classification, support.get(`${pupil.laCode}:${pupil.pupilId}`));
  return {
    ...found.stage,
    actionsDue: due.due,
    alreadyInPlace: due.alreadyInPlace,
  };
}

// domain §17.1 (LA graduated response), §4 (rate over the pupil's own possible sessions): the band the figures put the pupil in
export function graduatedResponseStageOf(
  policy: AttendancePolicy,
  figures: PupilFigures,
): { readonly classification: AttendanceClassification; readonly stage: GraduatedResponseStageRecord } | null {
  const classification = classifyAttendance(policy, { attendanceRate: figures.attendanceRate ?? 0, possibleSessions: figures.possibleSessions });
  if (!classification.classified) return null;
  return {
    classification,
    stage: {
      policyId: classification.policyId,
      policyVersion: classification.policyVersion,
      band: classification.band,
      stage: classification.stage,
      label: classification.label,
      goodAttendance: classification.goodAttendance ?? null,
    },
  };
}
