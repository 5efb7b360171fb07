import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { buildSchema, graphql, GraphQLSchema } from 'graphql';
import { Pool, types } from 'pg';
import {
  CODE_SET_2024_EFFECTIVE_FROM,
  LocalDate,
  SchoolCalendar,
  Session,
  closureFor,
  scheduledSessionsOn,
  sessionsNeedingMarks,
} from '@rollcall/rules';

/**
 * The baseline of the API benchmark: the school portal's `Register` operation answered by bare graphql-js over
 * node:http, with the same SQL reads the product's `ClassRegisterService` makes (libs/api/registers/src/
 * class-register.service.ts, register-school.ts; libs/api/pupils/src/load-school-calendar.ts), through `pg`. No
 * Express, Apollo, session, scope, transaction, row-level security, audit or limits. The bench checks, before it
 * times anything, that this gives the same data as the product for the same request.
 */
export const BARE_REGISTER_SDL = `
  scalar LocalDate
  enum RegisterSession { AM PM }
  enum RegisterSessionStatus { HELD INSET NOT_A_SCHOOL_SESSION PLANNED_CLOSURE UNPLANNED_CLOSURE }
  type RegisterMark { code: String! minutesLate: Int }
  type RegisterEntry {
    pupilId: ID! upn: String! surname: String! forename: String! yearGroup: Int needsMark: Boolean! mark: RegisterMark
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
const HALF_TERMS_SQL = `SELECT academic_year, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM school_half_term WHERE urn = $1 ORDER BY starts_on`;
const CLOSURES_SQL = `SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, kind, sessions, description
         FROM school_closure WHERE urn = $1 ORDER BY starts_on, kind`;
const COUNTS_SQL = `SELECT count(*)::int AS on_roll, count(m.code)::int AS marked,
            count(*) FILTER (WHERE m.code IS NULL AND NOT e.boarder)::int AS unmarked_day_pupils,
            count(*) FILTER (WHERE c.category = 'PRESENT')::int AS present,
            count(*) FILTER (WHERE c.category = 'APPROVED_EDUCATIONAL_ACTIVITY')::int AS aea,
            count(*) FILTER (WHERE c.category = 'AUTHORISED_ABSENCE')::int AS authorised,
            count(*) FILTER (WHERE c.category = 'UNAUTHORISED_ABSENCE')::int AS unauthorised,
            count(*) FILTER (WHERE c.category = 'NOT_POSSIBLE')::int AS not_possible,
            count(*) FILTER (WHERE m.code IN ('L', 'U'))::int AS late
       FROM enrolment e
       JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
       LEFT JOIN attendance_mark m ON m.la_code = e.la_code AND m.enrolment_id = e.id AND m.date = $2::date AND m.session = $3
       LEFT JOIN attendance_code c ON c.code_set = $5 AND c.code = m.code
      WHERE e.urn = $1 AND e.la_code = $4 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)`;
const ON_ROLL_SQL = `SELECT count(*)::int AS n FROM enrolment e JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
          WHERE e.urn = $1 AND e.la_code = $3 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)`;
const ROWS_SQL = `SELECT e.la_code, e.urn, e.id::text AS enrolment_id, p.id::text AS pupil_id, p.upn, p.forename, p.surname, p.preferred_name,
         p.nc_year, to_char(e.admitted_on, 'YYYY-MM-DD') AS admitted_on, to_char(e.left_on, 'YYYY-MM-DD') AS left_on, e.boarder,
         m.code, m.minutes_late, m.source, m.recorded_by, m.recorded_at, m.amendment_reason
    FROM enrolment e
    JOIN pupil p ON p.la_code = e.la_code AND p.id = e.pupil_id
    LEFT JOIN attendance_mark m ON m.la_code = e.la_code AND m.enrolment_id = e.id AND m.date = $2::date AND m.session = $3
   WHERE e.urn = $1 AND e.la_code = $4 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)`;

interface SchoolRow {
  urn: number;
  la_code: string;
  name: string;
  am_closes: string;
  pm_closes: string;
}

interface EntryRow {
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

interface RegisterArgs {
  urn: number;
  date: LocalDate;
  session: Session;
  yearGroup?: number | null;
}

/** The school and its calendar, as each of the product's register methods reads them (both read them again). */
async function schoolAndCalendar(pool: Pool, urn: number): Promise<{ school: SchoolRow; calendar: SchoolCalendar }> {
  const school = (await pool.query<SchoolRow>(SCHOOL_SQL, [urn])).rows[0];
  if (!school) throw new Error(`No school with URN ${urn}`);
  const halfTerms = (await pool.query(HALF_TERMS_SQL, [urn])).rows;
  const closures = (await pool.query(CLOSURES_SQL, [urn])).rows;
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

async function register(pool: Pool, args: RegisterArgs) {
  const { school, calendar } = await schoolAndCalendar(pool, args.urn);
  const status = statusOf(calendar, args.date, args.session);
  const params: unknown[] = [args.urn, args.date, args.session, school.la_code, args.date >= CODE_SET_2024_EFFECTIVE_FROM ? '2024' : '2006'];
  const yearGroup = args.yearGroup ?? null;
  await pool.query(yearGroup === null ? COUNTS_SQL : `${COUNTS_SQL} AND p.nc_year = $6`, yearGroup === null ? params : [...params, yearGroup]);
  return {
    urn: school.urn,
    schoolName: school.name,
    date: args.date,
    session: args.session,
    ...status,
    registerClosesAt: args.session === 'AM' ? school.am_closes : school.pm_closes,
    entries: ({ first }: { first?: number | null }) => entries(pool, args, Math.min(100, first ?? 50)),
  };
}

async function entries(pool: Pool, args: RegisterArgs, first: number) {
  const { school, calendar } = await schoolAndCalendar(pool, args.urn);
  const yearGroup = args.yearGroup ?? null;
  const [{ n }] = (
    yearGroup === null
      ? await pool.query<{ n: number }>(ON_ROLL_SQL, [args.urn, args.date, school.la_code])
      : await pool.query<{ n: number }>(`${ON_ROLL_SQL} AND p.nc_year = $4`, [args.urn, args.date, school.la_code, yearGroup])
  ).rows;
  const order = ' ORDER BY p.surname, p.forename, p.id, e.id LIMIT';
  const rows = (
    yearGroup === null
      ? await pool.query<EntryRow>(`${ROWS_SQL}${order} $5`, [args.urn, args.date, args.session, school.la_code, first + 1])
      : await pool.query<EntryRow>(`${ROWS_SQL} AND p.nc_year = $5${order} $6`, [args.urn, args.date, args.session, school.la_code, yearGroup, first + 1])
  ).rows;
  const nodes = rows.slice(0, first).map((row) => ({
    pupilId: row.pupil_id,
    upn: row.upn,
    surname: row.surname,
    forename: row.forename,
    yearGroup: row.nc_year,
    needsMark: sessionsNeedingMarks(calendar, { admissionDate: row.admitted_on, leavingDate: row.left_on ?? undefined, boarder: row.boarder }, args.date, args.date).some(
      (s) => s.session === args.session,
    ),
    mark: row.code === null ? null : { code: row.code, minutesLate: row.minutes_late },
  }));
  const last = rows[Math.min(first, rows.length) - 1];
  return {
    nodes,
    totalCount: n,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf([last.surname, last.forename, last.pupil_id, last.enrolment_id]) : null },
  };
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
