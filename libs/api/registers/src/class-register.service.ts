import { Page, Refusal, Scope, decodeCursor, inTransaction, pageOf } from '@rollcall/api-core';
import { loadSchoolCalendar, todayInEngland } from '@rollcall/api-pupils';
import { AttendanceCode, LocalDate, SchoolCalendar, Session, StatisticalCategory, isLocalDate, nDeadline, overdueNMarks, sessionsNeedingMarks } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { MarkSource } from './mark-source';
import { RegisterSchool, mayReadRegister, registerSchool } from './register-school';
import { RegisterSessionStatus, codeMeaning, codeSetTableName, sessionStatus } from './register-session-status';

/** One session's register: a school's (or one year group's) pupils on roll that day. */
export interface RegisterKey {
  readonly urn: number;
  readonly date: LocalDate;
  readonly session: Session;
  /** National curriculum year (-2 nursery … 14); omitted for the whole school. */
  readonly yearGroup?: number | null;
}

export interface RegisterCounts {
  readonly onRoll: number;
  /** Pupils with a mark for the session. */
  readonly marked: number;
  /** Pupils the session needs a mark for who have none yet. */
  readonly unmarked: number;
  readonly present: number;
  readonly approvedEducationalActivity: number;
  readonly authorisedAbsence: number;
  readonly unauthorisedAbsence: number;
  readonly notPossible: number;
  /** Pupils marked `L` or `U`. */
  readonly late: number;
}

/** A session's register without its counts: the school, and whether (and how) the session needs marks. */
export interface RegisterSessionRecord {
  readonly key: RegisterKey;
  readonly laCode: string;
  readonly schoolName: string;
  readonly status: RegisterSessionStatus;
  readonly attendanceExpected: boolean;
  readonly needsMarks: boolean;
  readonly expectedCode: string | null;
  readonly statusReason: string;
  readonly registerOpensAt: string;
  readonly registerClosesAt: string;
}

export interface RegisterRecord extends RegisterSessionRecord {
  readonly counts: RegisterCounts;
}

export interface RegisterMarkRecord {
  readonly code: string;
  readonly meaning: string | null;
  readonly category: StatisticalCategory | null;
  readonly minutesLate: number | null;
  readonly source: MarkSource;
  readonly recordedBy: string;
  readonly recordedAt: Date;
  /** Why this entry replaced the one before it; null for an original entry (or a register taken again). */
  readonly amendmentReason: string | null;
  /** For `N`: the last day the reason can be entered (5 school days after the session). */
  readonly nDeadline: LocalDate | null;
  /** An `N` whose 5 school days have passed: it must become `O`. */
  readonly overdueN: boolean;
}

export interface RegisterEntryRecord {
  readonly laCode: string;
  readonly urn: number;
  readonly enrolmentId: string;
  readonly pupilId: string;
  readonly upn: string;
  readonly forename: string;
  readonly surname: string;
  readonly preferredName: string | null;
  readonly yearGroup: number | null;
  readonly date: LocalDate;
  readonly session: Session;
  /** The session needs a mark for this pupil (false for a boarder, or when no mark is due at all). */
  readonly needsMark: boolean;
  readonly mark: RegisterMarkRecord | null;
  /** What other contexts read for this entry in its register's transaction (`RegisterReadRequest.entryFields`), by field. */
  readonly readWith?: ReadonlyMap<string, unknown>;
}

/**
 * Reads a field of a register's entries that another context owns (a pupil's year to date, say) in the register's own
 * transaction: given every entry of the pages read, it returns each one's value in the same order.
 */
export type EntryFieldReader = (tx: EntityManager, entries: readonly RegisterEntryRecord[]) => Promise<readonly unknown[]>;

/** An entry an amendment replaced (the database keeps it whenever a code or minutes late changes). */
export interface ReplacedEntryRecord {
  readonly code: string;
  readonly minutesLate: number | null;
  readonly source: MarkSource;
  readonly recordedBy: string;
  readonly recordedAt: Date;
  readonly replacedAt: Date;
  /** Why this entry had replaced the one before it; null for the original entry. */
  readonly amendmentReason: string | null;
}

/** A session of one enrolment, for loading its history. */
export interface MarkKey {
  readonly laCode: string;
  readonly enrolmentId: string;
  readonly date: LocalDate;
  readonly session: Session;
}

export interface EntriesPage {
  readonly first: number;
  readonly after?: string | null;
}

/** What one read of a register asks for, all of it read in one transaction. */
export interface RegisterReadRequest {
  /** The counts over the roll (or year group). */
  readonly counts?: boolean;
  /** How many pupils the register holds (its entries' total); taken from the counts when they are read too. */
  readonly total?: boolean;
  /** Pages of the register's entries. */
  readonly pages?: readonly EntriesPage[];
  /** Fields of the entries to read with them, by name; each reader is called once for the entries of every page. */
  readonly entryFields?: ReadonlyMap<string, EntryFieldReader>;
}

/** A page of entries without the register's total (read once for the register, not per page). */
export type EntriesPageRecord = Omit<Page<RegisterEntryRecord>, 'totalCount'>;

export interface RegisterRead {
  readonly register: RegisterSessionRecord;
  readonly counts: RegisterCounts | null;
  readonly total: number | null;
  /** One for each page asked for, in the same order. */
  readonly pages: readonly EntriesPageRecord[];
}

interface EntryRow {
  la_code: string;
  urn: number;
  enrolment_id: string;
  pupil_id: string;
  upn: string;
  forename: string;
  surname: string;
  preferred_name: string | null;
  nc_year: number | null;
  admitted_on: string;
  left_on: string | null;
  boarder: boolean;
  code: string | null;
  minutes_late: number | null;
  source: MarkSource | null;
  recorded_by: string | null;
  recorded_at: Date | null;
  amendment_reason: string | null;
}

/** The columns and joins of a register's rows: $1 URN, $2 date, $3 session, $4 LA; `extra` adds conditions. */
/**
 * Each enrolment's pupil, looked up by key one by one (OFFSET 0 keeps it a per-enrolment index read): joined plainly,
 * PostgreSQL scans the LA's pupils, evaluating row-level security on every one, to find the school's few hundred.
 */
export const PUPIL_OF_ENROLMENT = `CROSS JOIN LATERAL (SELECT p.* FROM pupil p WHERE p.la_code = e.la_code AND p.id = e.pupil_id OFFSET 0) p`;

export const REGISTER_ROWS = `SELECT e.la_code, e.urn, e.id::text AS enrolment_id, p.id::text AS pupil_id, p.upn, p.forename, p.surname, p.preferred_name,
         p.nc_year, to_char(e.admitted_on, 'YYYY-MM-DD') AS admitted_on, to_char(e.left_on, 'YYYY-MM-DD') AS left_on, e.boarder,
         m.code, m.minutes_late, m.source, m.recorded_by, m.recorded_at, m.amendment_reason
    FROM enrolment e
    ${PUPIL_OF_ENROLMENT}
    LEFT JOIN attendance_mark m ON m.la_code = e.la_code AND m.enrolment_id = e.id AND m.date = $2::date AND m.session = $3
   WHERE e.urn = $1 AND e.la_code = $4 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)`;

/**
 * The register as a class teacher or attendance officer reads it: who is on roll for a session, what each is marked,
 * which `N` marks are overdue, and whether the session needs marks at all. Each method is one transaction in the
 * caller's scope (row-level security applies as well as the access checks here); `read` reads whatever one request
 * asks of a register (its counts, its total, pages of its entries and other contexts' fields of them) in one, reading
 * the school and its calendar once.
 */
export class ClassRegisterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: () => LocalDate = () => todayInEngland(),
  ) {}

  /** The session's register: the school, whether marks are due, and the counts over the whole roll (or year group). */
  async register(scope: Scope, key: RegisterKey): Promise<RegisterRecord> {
    const read = await this.read(scope, key, { counts: true });
    return { ...read.register, counts: read.counts as RegisterCounts };
  }

  /** A page of the register's pupils, by surname, forename and id, each with their mark. */
  async entries(scope: Scope, key: RegisterKey, page: EntriesPage): Promise<Page<RegisterEntryRecord>> {
    const read = await this.read(scope, key, { total: true, pages: [page] });
    return { ...read.pages[0], totalCount: read.total as number };
  }

  /**
   * The register and whatever else the request asks of it, in one transaction: the school and its calendar (read
   * once), the counts and the total only when asked for, each page of entries asked for, and the entries' other fields
   * asked for (each reader once for all the pages). A cursor this register did not give out is refused before the
   * transaction starts.
   */
  async read(scope: Scope, key: RegisterKey, request: RegisterReadRequest): Promise<RegisterRead> {
    checkRegisterKey(key);
    const pages = (request.pages ?? []).map((page) => ({ first: page.first, after: decodeCursor(page.after, 4) }));
    return inTransaction(this.dataSource, scope, async (tx) => {
      const school = await registerSchool(tx, key.urn);
      mayReadRegister(scope, school);
      const calendar = await loadSchoolCalendar(tx, key.urn);
      const status = sessionStatus(calendar, key.date, key.session);
      const counts = request.counts ? await countRegister(tx, school, key, status.needsMarks) : null;
      const total = !request.total ? null : counts ? counts.onRoll : await countRoll(tx, school, key);
      const today = this.today();
      let read: EntriesPageRecord[] = [];
      for (const page of pages) read.push(await entriesPage(tx, school, calendar, key, page.first, page.after, today));
      if (request.entryFields && request.entryFields.size > 0) read = await withEntryFields(tx, read, request.entryFields);
      return {
        register: {
          key: { ...key, yearGroup: key.yearGroup ?? null },
          laCode: school.laCode,
          schoolName: school.name,
          status: status.status,
          attendanceExpected: status.attendanceExpected,
          needsMarks: status.needsMarks,
          expectedCode: status.expectedCode,
          statusReason: status.reason,
          registerOpensAt: school.opens[key.session],
          registerClosesAt: school.closes[key.session],
        },
        counts,
        total,
        pages: read,
      };
    });
  }

  /** One enrolment's entry for a session (after a change), in the caller's transaction. */
  static async entryIn(tx: EntityManager, school: RegisterSchool, calendar: SchoolCalendar, key: MarkKey, today: LocalDate): Promise<RegisterEntryRecord | undefined> {
    const rows = (await tx.query(`${REGISTER_ROWS} AND e.id = $5::bigint`, [school.urn, key.date, key.session, key.laCode, key.enrolmentId])) as EntryRow[];
    return rows.length === 0 ? undefined : toEntry(rows[0], { urn: school.urn, date: key.date, session: key.session }, calendar, today);
  }

  /** The entries amendments replaced, oldest first, for each session asked about: a DataLoader's batch. */
  async history(scope: Scope, keys: readonly MarkKey[]): Promise<ReplacedEntryRecord[][]> {
    if (keys.length === 0) return [];
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT h.la_code, h.enrolment_id::text AS enrolment_id, to_char(h.date, 'YYYY-MM-DD') AS date, h.session, h.code,
                h.minutes_late, h.source, h.recorded_by, h.recorded_at, h.replaced_at, h.amendment_reason
           FROM attendance_mark_history h
           JOIN unnest($1::bpchar[], $2::bigint[], $3::date[], $4::text[]) AS k(la_code, enrolment_id, date, session)
             ON h.la_code = k.la_code AND h.enrolment_id = k.enrolment_id AND h.date = k.date AND h.session = k.session
          ORDER BY h.id`,
        [keys.map((k) => k.laCode), keys.map((k) => k.enrolmentId), keys.map((k) => k.date), keys.map((k) => k.session)],
      ),
    )) as (ReplacedEntryRow & { la_code: string; enrolment_id: string; date: string; session: string })[];
    const byKey = new Map<string, ReplacedEntryRecord[]>();
    for (const row of rows) {
      const id = markKeyOf({ laCode: row.la_code, enrolmentId: row.enrolment_id, date: row.date, session: row.session as Session });
      const list = byKey.get(id) ?? [];
      list.push(toReplaced(row));
      byKey.set(id, list);
    }
    return keys.map((k) => byKey.get(markKeyOf(k)) ?? []);
  }
}

interface ReplacedEntryRow {
  code: string;
  minutes_late: number | null;
  source: MarkSource;
  recorded_by: string;
  recorded_at: Date;
  replaced_at: Date;
  amendment_reason: string | null;
}

function toReplaced(row: ReplacedEntryRow): ReplacedEntryRecord {
  return {
    code: row.code,
    minutesLate: row.minutes_late,
    source: row.source,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    replacedAt: row.replaced_at,
    amendmentReason: row.amendment_reason,
  };
}

/** `928:123:2025-11-03:AM`: how loaders key a session of an enrolment. */
export function markKeyOf(key: MarkKey): string {
  return `${key.laCode}:${key.enrolmentId}:${key.date}:${key.session}`;
}

export function checkRegisterKey(key: RegisterKey): void {
  if (!isLocalDate(key.date)) throw new Refusal('INVALID_DATE', `"${key.date}" is not a date in the form YYYY-MM-DD.`, { field: 'date' });
  if (key.session !== 'AM' && key.session !== 'PM') throw new Refusal('INVALID_SESSION', `Session "${key.session}" must be AM or PM.`, { field: 'session' });
  const year = key.yearGroup;
  if (year !== undefined && year !== null && (!Number.isInteger(year) || year < -2 || year > 14)) {
    throw new Refusal('INVALID_YEAR_GROUP', `A year group runs from -2 (nursery) to 14 (got ${year}).`, { field: 'yearGroup' });
  }
}

function toEntry(row: EntryRow, key: Pick<RegisterKey, 'urn' | 'date' | 'session'>, calendar: SchoolCalendar, today: LocalDate): RegisterEntryRecord {
  const needed = sessionsNeedingMarks(
    calendar,
    { admissionDate: row.admitted_on, leavingDate: row.left_on ?? undefined, boarder: row.boarder },
    key.date,
    key.date,
  ).some((s) => s.session === key.session);
  return {
    laCode: row.la_code,
    urn: row.urn,
    enrolmentId: row.enrolment_id,
    pupilId: row.pupil_id,
    upn: row.upn,
    forename: row.forename,
    surname: row.surname,
    preferredName: row.preferred_name,
    yearGroup: row.nc_year,
    date: key.date,
    session: key.session,
    needsMark: needed,
    mark: row.code === null ? null : toMark(row, key, calendar, today),
  };
}

// domain §1.2; SI 2024/208 reg 10(7)–(9): an `N` must be replaced within 5 school days of the session, else it becomes `O`
function toMark(row: EntryRow, key: Pick<RegisterKey, 'date' | 'session'>, calendar: SchoolCalendar, today: LocalDate): RegisterMarkRecord {
  const code = row.code as string;
  const known = codeMeaning(code, key.date);
  const isN = code === 'N';
  return {
    code,
    meaning: known?.meaning ?? null,
    category: known?.category ?? null,
    minutesLate: row.minutes_late,
    source: row.source as MarkSource,
    recordedBy: row.recorded_by as string,
    recordedAt: row.recorded_at as Date,
    amendmentReason: row.amendment_reason,
    nDeadline: isN ? nDeadline(key.date, calendar) : null,
    overdueN: isN && overdueNMarks([{ date: key.date, session: key.session, code: 'N' as AttendanceCode }], calendar, today).length > 0,
  };
}

async function countRegister(tx: EntityManager, school: RegisterSchool, key: RegisterKey, needsMarks: boolean): Promise<RegisterCounts> {
  const params: unknown[] = [key.urn, key.date, key.session, school.laCode, codeSetTableName(key.date)];
  let where = '';
  if (key.yearGroup !== undefined && key.yearGroup !== null) {
    params.push(key.yearGroup);
    where = ` AND p.nc_year = $${params.length}`;
  }
  const [row] = (await tx.query(
    `SELECT count(*)::int AS on_roll, count(m.code)::int AS marked,
            count(*) FILTER (WHERE m.code IS NULL AND NOT e.boarder)::int AS unmarked_day_pupils,
            count(*) FILTER (WHERE c.category = 'PRESENT')::int AS present,
            count(*) FILTER (WHERE c.category = 'APPROVED_EDUCATIONAL_ACTIVITY')::int AS aea,
            count(*) FILTER (WHERE c.category = 'AUTHORISED_ABSENCE')::int AS authorised,
            count(*) FILTER (WHERE c.category = 'UNAUTHORISED_ABSENCE')::int AS unauthorised,
            count(*) FILTER (WHERE c.category = 'NOT_POSSIBLE')::int AS not_possible,
            count(*) FILTER (WHERE m.code IN ('L', 'U'))::int AS late
       FROM enrolment e
       ${PUPIL_OF_ENROLMENT}
       LEFT JOIN attendance_mark m ON m.la_code = e.la_code AND m.enrolment_id = e.id AND m.date = $2::date AND m.session = $3
       LEFT JOIN attendance_code c ON c.code_set = $5 AND c.code = m.code
      WHERE e.urn = $1 AND e.la_code = $4 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)${where}`,
    params,
  )) as Record<string, number>[];
  return {
    onRoll: row['on_roll'],
    marked: row['marked'],
    unmarked: needsMarks ? row['unmarked_day_pupils'] : 0,
    present: row['present'],
    approvedEducationalActivity: row['aea'],
    authorisedAbsence: row['authorised'],
    unauthorisedAbsence: row['unauthorised'],
    notPossible: row['not_possible'],
    late: row['late'],
  };
}

/** The pages with each entry's other fields read alongside (`readWith`), each reader once for every page's entries. */
async function withEntryFields(tx: EntityManager, pages: readonly EntriesPageRecord[], fields: ReadonlyMap<string, EntryFieldReader>): Promise<EntriesPageRecord[]> {
  const entries = pages.flatMap((page) => page.items.map((item) => item.node));
  if (entries.length === 0) return [...pages];
  const values: [string, readonly unknown[]][] = [];
  for (const [name, reader] of fields) values.push([name, await reader(tx, entries)]);
  let n = 0;
  return pages.map((page) => ({
    ...page,
    items: page.items.map((item) => {
      const i = n++;
      return { cursor: item.cursor, node: { ...item.node, readWith: new Map(values.map(([name, read]) => [name, read[i]])) } };
    }),
  }));
}

/** How many pupils the register holds: those on roll that day (in the year group asked for). */
async function countRoll(tx: EntityManager, school: RegisterSchool, key: RegisterKey): Promise<number> {
  const yearGroup = key.yearGroup ?? null;
  const [{ n }] = (await tx.query(
    `SELECT count(*)::int AS n FROM enrolment e ${PUPIL_OF_ENROLMENT}
      WHERE e.urn = $1 AND e.la_code = $3 AND e.admitted_on <= $2::date AND (e.left_on IS NULL OR e.left_on >= $2::date)
        ${yearGroup === null ? '' : 'AND p.nc_year = $4'}`,
    yearGroup === null ? [key.urn, key.date, school.laCode] : [key.urn, key.date, school.laCode, yearGroup],
  )) as { n: number }[];
  return n;
}

/** A page of the register's entries after the keyset position `after`, by surname, forename and id. */
async function entriesPage(
  tx: EntityManager,
  school: RegisterSchool,
  calendar: SchoolCalendar,
  key: RegisterKey,
  first: number,
  after: readonly (string | number)[] | undefined,
  today: LocalDate,
): Promise<EntriesPageRecord> {
  const params: unknown[] = [key.urn, key.date, key.session, school.laCode];
  const yearGroup = key.yearGroup ?? null;
  if (yearGroup !== null) params.push(yearGroup);
  const where = yearGroup === null ? '' : ' AND p.nc_year = $5';
  let keyset = '';
  if (after) {
    params.push(String(after[0]), String(after[1]), String(after[2]), String(after[3]));
    const at = params.length - 3;
    keyset = ` AND (p.surname, p.forename, p.id, e.id) > ($${at}, $${at + 1}, $${at + 2}::bigint, $${at + 3}::bigint)`;
  }
  params.push(first + 1);
  const rows = (await tx.query(`${REGISTER_ROWS}${where}${keyset} ORDER BY p.surname, p.forename, p.id, e.id LIMIT $${params.length}`, params)) as EntryRow[];
  const entries = rows.map((row) => toEntry(row, key, calendar, today));
  const { items, hasNextPage } = pageOf(entries, first, 0, (e) => [e.surname, e.forename, e.pupilId, e.enrolmentId]);
  return { items, hasNextPage };
}
