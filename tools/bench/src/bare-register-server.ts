import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { buildSchema, graphql, GraphQLSchema } from 'graphql';
import { Pool, types } from 'pg';
import {
  AttendancePolicy,
  LocalDate,
  SEFTON_DEFAULT_POLICY,
  SchoolCalendar,
  Session,
  academicYearOf,
  addDays,
  classifyAttendance,
  closureFor,
  scheduledSessionsOn,
  sessionsNeedingMarks,
  summariseCounts,
  weekStart,
} from '@rollcall/rules';

/**
 * The baseline of the API benchmark: the school portal's `Register` operation answered by bare graphql-js over
 * node:http, with the same SQL reads the product makes for it, through `pg`: the school, its calendar and the page of
 * entries (`ClassRegisterService.read`, libs/api/registers/src/class-register.service.ts, register-school.ts;
 * libs/api/pupils/src/load-school-calendar.ts), the roll's size only when `totalCount` is asked for, and the entries'
 * year summaries and the LA's graduated-response policy (`RegisterEntryAttendanceService`,
 * libs/api/dashboards/src/register-entry-attendance.service.ts; `laSettings` in libs/api/core) only when `yearToDate`
 * is, for the whole page at once; the figures and the stage computed by the same rules library functions. No Express,
 * Apollo, session, scope, transaction, row-level security, audit or limits. The bench checks, before it times anything,
 * that this gives the same data as the product for the same request.
 */
export const BARE_REGISTER_SDL = `
  scalar LocalDate
  enum RegisterSession { AM PM }
  enum RegisterSessionStatus { HELD INSET NOT_A_SCHOOL_SESSION PLANNED_CLOSURE UNPLANNED_CLOSURE }
  type RegisterMark { code: String! minutesLate: Int }
  type GraduatedResponseStage { policyId: String! policyVersion: Int! band: Int! stage: String! label: String! goodAttendance: Boolean }
  type RegisterEntryYearToDate {
    academicYear: Int! possibleSessions: Int! present: Int! approvedEducationalActivity: Int! authorisedAbsence: Int!
    unauthorisedAbsence: Int! notPossible: Int! attendanceRate: Float overallAbsenceRate: Float authorisedAbsenceRate: Float
    unauthorisedAbsenceRate: Float persistentlyAbsent: Boolean! severelyAbsent: Boolean! stage: GraduatedResponseStage
  }
  type RegisterEntry {
    pupilId: ID! upn: String! surname: String! forename: String! yearGroup: Int needsMark: Boolean! mark: RegisterMark
    yearToDate: RegisterEntryYearToDate!
  }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type RegisterEntryConnection { nodes: [RegisterEntry!]! pageInfo: PageInfo! totalCount: Int! }
  type Register {
    urn: Int! schoolName: String! date: LocalDate! session: RegisterSession! status: RegisterSessionStatus!
    needsMarks: Boolean! registerClosesAt: String! entries(first: Int, after: String): RegisterEntryConnection!
  }
  type Query { register(urn: Int!, date: LocalDate!, session: RegisterSession!, yearGroup: Int): Register! }
`;

const SCHOOL_SQL = `SELECT urn, la_code, name, to_char(register_opens, 'HH24:MI') AS am_opens, to_char(register_closes, 'HH24:MI') AS am_closes,
            to_char(pm_register_opens, 'HH24:MI') AS pm_opens, to_char(pm_register_closes, 'HH24:MI') AS pm_closes
       FROM school WHERE urn = $1`;
const CALENDAR_SQL = `SELECT EXISTS (SELECT 1 FROM school WHERE urn = $1) AS known,
            (SELECT coalesce(json_agg(h ORDER BY h.starts_on), '[]')
               FROM (SELECT academic_year, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
                       FROM school_half_term WHERE urn = $1) h) AS half_terms,
            (SELECT coalesce(json_agg(c ORDER BY c.starts_on, c.kind), '[]')
               FROM (SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, kind, sessions, description
                       FROM school_closure WHERE urn = $1) c) AS closures`;
const ON_ROLL_SQL = `SELECT count(*)::int AS n FROM enrolment e CROSS JOIN LATERAL (SELECT p.* FROM pupil p WHERE p.la_code = e.la_code AND p.id = e.pupil_id OFFSET 0) p
      WHERE e.urn = $1 AND e.la_code = $3 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)
        `;
const ROWS_SQL = `SELECT e.la_code, e.urn, e.id::text AS enrolment_id, p.id::text AS pupil_id, p.upn, p.forename, p.surname, p.preferred_name,
         p.nc_year, to_char(e.admitted_on, 'YYYY-MM-DD') AS admitted_on, to_char(e.left_on, 'YYYY-MM-DD') AS left_on, e.boarder,
         m.code, m.minutes_late, m.source, m.recorded_by, m.recorded_at, m.amendment_reason
    FROM enrolment e
    CROSS JOIN LATERAL (SELECT p.* FROM pupil p WHERE p.la_code = e.la_code AND p.id = e.pupil_id OFFSET 0) p
    LEFT JOIN attendance_mark m ON m.la_code = e.la_code AND m.enrolment_id = e.id AND m.date = $2::date AND m.session = $3
   WHERE e.urn = $1 AND e.la_code = $4 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)`;
const YEAR_SUMMARIES_SQL = `SELECT y.la_code, y.academic_year, y.enrolment_id::text AS enrolment_id, y.possible, y.present, y.approved_educational_activity AS aea,
            y.authorised, y.unauthorised, y.not_possible
       FROM unnest($1::bpchar[], $2::smallint[], $3::bigint[]) AS k(la_code, academic_year, enrolment_id)
       JOIN pupil_year_summary y ON y.la_code = k.la_code AND y.academic_year = k.academic_year AND y.enrolment_id = k.enrolment_id`;
const POLICY_SQL = `SELECT settings FROM la_policy WHERE la_code = $1 AND kind = $2 AND effective_from <= $3
      ORDER BY effective_from DESC, version DESC LIMIT 1`;

interface SchoolRow {
  urn: number;
  la_code: string;
  name: string;
  am_closes: string;
  pm_closes: string;
}

interface CalendarRow {
  known: boolean;
  half_terms: { academic_year: number; name: SchoolCalendar['halfTerms'][number]['name']; starts_on: string; ends_on: string }[];
  closures: { starts_on: string; ends_on: string; kind: SchoolCalendar['closures'][number]['kind']; sessions: 'AM' | 'PM' | 'BOTH'; description: string | null }[];
}

interface EntryRow {
  la_code: string;
  enrolment_id: string;
  pupil_id: string;
  upn: string;
  forename: string;
  surname: string;
  nc_year: number | null;
  admitted_on: string;
  left_on: string | null;
  boarder: boolean;
  code: string | null;
  minutes_late: number | null;
}

interface YearRow {
  la_code: string;
  academic_year: number;
  enrolment_id: string;
  possible: number;
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  not_possible: number;
}

interface RegisterArgs {
  urn: number;
  date: LocalDate;
  session: Session;
  yearGroup?: number | null;
}

/** The school and its calendar, read once for the register as the product reads them. */
async function schoolAndCalendar(pool: Pool, urn: number): Promise<{ school: SchoolRow; calendar: SchoolCalendar }> {
  const school = (await pool.query<SchoolRow>(SCHOOL_SQL, [urn])).rows[0];
  if (!school) throw new Error(`No school with URN ${urn}`);
  const { half_terms: halfTerms, closures } = (await pool.query<CalendarRow>(CALENDAR_SQL, [urn])).rows[0];
  return {
    school,
    calendar: {
      halfTerms: halfTerms.map((r) => ({ name: r.name, academicYear: r.academic_year, start: r.starts_on, end: r.ends_on })),
      closures: closures.map((r) => ({ start: r.starts_on, end: r.ends_on, kind: r.kind, sessions: r.sessions, ...(r.description === null ? {} : { description: r.description }) })),
    },
  };
}

function statusOf(calendar: SchoolCalendar, date: LocalDate, session: Session): { status: string; needsMarks: boolean } {
  if (!scheduledSessionsOn(calendar, date).includes(session)) return { status: 'NOT_A_SCHOOL_SESSION', needsMarks: false };
  const closure = closureFor(calendar, date, session);
  if (!closure) return { status: 'HELD', needsMarks: true };
  return { status: closure.kind, needsMarks: closure.kind !== 'INSET' };
}

const cursorOf = (key: readonly (string | number)[]): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** Once, on first use: what graphql-js asks for by calling a field's function, read only when it is selected. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let held: Promise<T> | undefined;
  return () => (held ??= read());
}

async function register(pool: Pool, args: RegisterArgs) {
  const { school, calendar } = await schoolAndCalendar(pool, args.urn);
  const status = statusOf(calendar, args.date, args.session);
  return {
    urn: school.urn,
    schoolName: school.name,
    date: args.date,
    session: args.session,
    ...status,
    registerClosesAt: args.session === 'AM' ? school.am_closes : school.pm_closes,
    entries: ({ first, after }: { first?: number | null; after?: string | null }) => entries(pool, school, calendar, args, Math.min(100, first ?? 50), after ?? null),
  };
}

async function entries(pool: Pool, school: SchoolRow, calendar: SchoolCalendar, args: RegisterArgs, first: number, after: string | null) {
  const yearGroup = args.yearGroup ?? null;
  const params: unknown[] = [args.urn, args.date, args.session, school.la_code];
  if (yearGroup !== null) params.push(yearGroup);
  let keyset = '';
  if (after !== null) {
    const key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as string[];
    params.push(...key.map(String));
    const at = params.length - 3;
    keyset = ` AND (p.surname, p.forename, p.id, e.id) > ($${at}, $${at + 1}, $${at + 2}::bigint, $${at + 3}::bigint)`;
  }
  params.push(first + 1);
  const where = yearGroup === null ? '' : ' AND p.nc_year = $5';
  const rows = (await pool.query<EntryRow>(`${ROWS_SQL}${where}${keyset} ORDER BY p.surname, p.forename, p.id, e.id LIMIT $${params.length}`, params)).rows;
  const page = rows.slice(0, first);
  // The whole page's year to date in one batch, when the first entry's `yearToDate` is resolved.
  const yearToDate = once(() => yearToDateOf(pool, school.la_code, args.date, page));
  const nodes = page.map((row) => ({
    pupilId: row.pupil_id,
    upn: row.upn,
    surname: row.surname,
    forename: row.forename,
    yearGroup: row.nc_year,
    needsMark: sessionsNeedingMarks(calendar, { admissionDate: row.admitted_on, leavingDate: row.left_on ?? undefined, boarder: row.boarder }, args.date, args.date).some(
      (s) => s.session === args.session,
    ),
    mark: row.code === null ? null : { code: row.code, minutesLate: row.minutes_late },
    yearToDate: () => yearToDate().then((all) => all.get(row.enrolment_id)),
  }));
  const last = page[page.length - 1];
  return {
    nodes,
    totalCount: async () =>
      (yearGroup === null
        ? await pool.query<{ n: number }>(ON_ROLL_SQL, [args.urn, args.date, school.la_code])
        : await pool.query<{ n: number }>(`${ON_ROLL_SQL}AND p.nc_year = $4`, [args.urn, args.date, school.la_code, yearGroup])
      ).rows[0].n,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf([last.surname, last.forename, last.pupil_id, last.enrolment_id]) : null },
  };
}

/** The page's year summaries (the year the register's week counts in) and the LA's policy on the register's date. */
async function yearToDateOf(pool: Pool, laCode: string, date: LocalDate, page: readonly EntryRow[]) {
  const academicYear = academicYearOf(addDays(weekStart(date), 6));
  const summaries = (
    await pool.query<YearRow>(YEAR_SUMMARIES_SQL, [page.map((r) => r.la_code), page.map(() => academicYear), page.map((r) => r.enrolment_id)])
  ).rows;
  const policyRow = (await pool.query<{ settings: Partial<AttendancePolicy> }>(POLICY_SQL, [laCode, 'GRADUATED_RESPONSE', date])).rows[0];
  const policy: AttendancePolicy = policyRow ? { ...SEFTON_DEFAULT_POLICY, ...policyRow.settings } : SEFTON_DEFAULT_POLICY;
  const byEnrolment = new Map(summaries.map((r) => [r.enrolment_id, r]));
  return new Map(
    page.map((row) => {
      const y = byEnrolment.get(row.enrolment_id);
      const counts = {
        present: y?.present ?? 0,
        approvedEducationalActivity: y?.aea ?? 0,
        authorisedAbsence: y?.authorised ?? 0,
        unauthorisedAbsence: y?.unauthorised ?? 0,
        notPossible: y?.not_possible ?? 0,
      };
      const s = summariseCounts({
        ...counts,
        byCategory: {
          PRESENT: counts.present,
          APPROVED_EDUCATIONAL_ACTIVITY: counts.approvedEducationalActivity,
          AUTHORISED_ABSENCE: counts.authorisedAbsence,
          UNAUTHORISED_ABSENCE: counts.unauthorisedAbsence,
          NOT_POSSIBLE: counts.notPossible,
        },
        byCode: {},
      });
      const c = classifyAttendance(policy, { attendanceRate: s.attendanceRate ?? 0, possibleSessions: s.possibleSessions });
      const stage = c.classified
        ? { policyId: c.policyId, policyVersion: c.policyVersion, band: c.band, stage: c.stage, label: c.label, goodAttendance: c.goodAttendance ?? null }
        : null;
      return [row.enrolment_id, { academicYear, ...s, stage }] as const;
    }),
  );
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface BareRegisterServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * POST /graphql with the portal's body (`extensions.persistedQuery.sha256Hash`, or `query`): looked up in the same
 * trusted documents, then `graphql()` (parse, validate, execute) each time, as a bare server would.
 */
export function createBareRegisterServer(options: { databaseUrl: string; poolSize: number; documents: ReadonlyMap<string, string> }): BareRegisterServer {
  // As the product reads them: a `date` is its 'YYYY-MM-DD' text.
  types.setTypeParser(1082, (value: string) => value);
  // As the database's owner: a superuser (the bench's own PostgreSQL) bypasses row-level security; an owner that is not
  // one is still subject to it (FORCE), so it reads as Rollcall itself.
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize, application_name: 'rollcall-bench-baseline', options: '-c rollcall.role=SYSTEM' });
  // An idle connection the server closes (a restart, a dropped database) is replaced, not fatal.
  pool.on('error', () => undefined);
  const schema: GraphQLSchema = buildSchema(BARE_REGISTER_SDL);
  const rootValue = { register: (args: RegisterArgs) => register(pool, args) };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      if (req.method !== 'POST' || req.url !== '/graphql') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(await readBody(req)) as {
        query?: string;
        variables?: Record<string, unknown>;
        operationName?: string;
        extensions?: { persistedQuery?: { sha256Hash?: string } };
      };
      const hash = body.extensions?.persistedQuery?.sha256Hash;
      const source = (hash === undefined ? body.query : options.documents.get(hash)) ?? '';
      const result = await graphql({ schema, source, rootValue, variableValues: body.variables, operationName: body.operationName });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result));
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    });
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
