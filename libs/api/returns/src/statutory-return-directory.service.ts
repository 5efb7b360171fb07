import { Page, Scope, decodeCursor, inTransaction, pageOf } from '@rollcall/api-core';
import { KeysetColumn, PageRequest, SqlParams, keysetAfter, keysetOrder, recordKey } from '@rollcall/api-plans';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { StatutoryReturnKind, StatutoryReturnPupil, StatutoryReturnRecord, StatutoryReturnStatus } from './statutory-return-record';

/** A return without its pupils (loaded a page at a time per return). */
export type StatutoryReturnSummary = Omit<StatutoryReturnRecord, 'pupils'>;

/** A pupil on a return, with the return it is on. */
export interface StatutoryReturnPupilRow extends StatutoryReturnPupil {
  readonly laCode: string;
  readonly returnId: string;
}

export interface StatutoryReturnFilter {
  readonly urn?: number;
  readonly kinds?: readonly StatutoryReturnKind[];
  readonly statuses?: readonly StatutoryReturnStatus[];
  readonly dueFrom?: LocalDate;
  readonly dueTo?: LocalDate;
  /** Drafts whose due date has passed (as of `today`). */
  readonly overdue?: boolean;
}

/** Which of a return's pupils to load: a page after a cursor. */
export interface ReturnPupilsKey {
  readonly laCode: string;
  readonly returnId: string;
  readonly after?: string | null;
}

const ID = /^\d{1,19}$/;

const KEY: readonly KeysetColumn[] = [
  { expr: 'r.due_on', type: 'date' },
  { expr: 'r.la_code', type: 'text' },
  { expr: 'r.id', type: 'bigint' },
];

const COLUMNS = `r.la_code, r.id::text AS id, r.kind, r.urn, r.period_start, r.period_end, r.due_on, r.status, r.content, r.idempotency_key,
  r.submitted_at, r.submitted_by, r.acknowledged_at, r.acknowledged_by`;

interface ReturnRow {
  la_code: string;
  id: string;
  kind: StatutoryReturnKind;
  urn: number;
  period_start: LocalDate | null;
  period_end: LocalDate | null;
  due_on: LocalDate;
  status: StatutoryReturnStatus;
  content: Record<string, unknown>;
  idempotency_key: string | null;
  submitted_at: Date | null;
  submitted_by: string | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

function toSummary(r: ReturnRow): StatutoryReturnSummary {
  return {
    laCode: r.la_code,
    id: r.id,
    kind: r.kind,
    urn: r.urn,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueOn: r.due_on,
    status: r.status,
    content: r.content,
    idempotencyKey: r.idempotency_key,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
  };
}

/**
 * The returns a school makes to its LA (domain §3) are the school's and its LA's: school staff (and a school's API key)
 * see their own schools' returns, LA officers and admins (and an LA-wide key) every return made to their LA.
 */
function returnVisibleTo(scope: Scope, sql: SqlParams): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  if (scope.role === 'LA_OFFICER' || scope.role === 'LA_ADMIN') return `r.la_code = ${sql.add(scope.laCode)}`;
  if (scope.role === 'SCHOOL_STAFF') return `r.la_code = ${sql.add(scope.laCode)} AND r.urn = ANY(${sql.add([...(scope.urns ?? [])])}::int[])`;
  return 'false';
}

/** Reading statutory returns as the caller may see them, newest due date first; their pupils a page per return. */
export class StatutoryReturnDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: StatutoryReturnFilter, page: PageRequest, today: LocalDate): Promise<Page<StatutoryReturnSummary>> {
    const sql = new SqlParams();
    const conditions = [returnVisibleTo(scope, sql)];
    if (filter.urn !== undefined) conditions.push(`r.urn = ${sql.add(filter.urn)}::int`);
    if (filter.kinds?.length) conditions.push(`r.kind = ANY(${sql.add(filter.kinds)}::text[])`);
    if (filter.statuses?.length) conditions.push(`r.status = ANY(${sql.add(filter.statuses)}::text[])`);
    if (filter.dueFrom !== undefined) conditions.push(`r.due_on >= ${sql.add(filter.dueFrom)}::date`);
    if (filter.dueTo !== undefined) conditions.push(`r.due_on <= ${sql.add(filter.dueTo)}::date`);
    if (filter.overdue !== undefined) {
      const late = `(r.status = 'DRAFT' AND r.due_on < ${sql.add(today)}::date)`;
      conditions.push(filter.overdue ? late : `NOT ${late}`);
    }
    const where = conditions.join(' AND ');
    const countParams = [...sql.values];
    const after = keysetAfter(KEY, page.after, sql);
    const { rows, total } = await inTransaction(this.dataSource, scope, async (tx) => ({
      rows: (await tx.query(
        `SELECT ${COLUMNS} FROM statutory_return r WHERE ${where} AND ${after} ORDER BY ${keysetOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`,
        sql.values,
      )) as ReturnRow[],
      total: ((await tx.query(`SELECT count(*)::int AS n FROM statutory_return r WHERE ${where}`, countParams)) as { n: number }[])[0].n,
    }));
    return pageOf(rows.map(toSummary), page.first, total, (r) => [r.dueOn, r.laCode, r.id]);
  }

  async byId(scope: Scope, laCode: string, id: string): Promise<StatutoryReturnSummary | undefined> {
    if (!ID.test(id)) return undefined;
    const sql = new SqlParams();
    const visible = returnVisibleTo(scope, sql);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT ${COLUMNS} FROM statutory_return r WHERE r.la_code = ${sql.add(laCode)} AND r.id = ${sql.add(id)}::bigint AND ${visible}`, sql.values),
    )) as ReturnRow[];
    return rows.length === 0 ? undefined : toSummary(rows[0]);
  }

  /**
   * A page of pupils for each return (in pupil order, after each key's cursor), with each return's total, in one
   * statement for a whole page of returns: a DataLoader batch.
   */
  async pupilsFor(scope: Scope, keys: readonly ReturnPupilsKey[], first: number): Promise<Page<StatutoryReturnPupilRow>[]> {
    const afters = keys.map((k) => {
      const key = decodeCursor(k.after, 1);
      return key === undefined ? null : String(key[0]);
    });
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT x.la_code, x.return_id, x.pupil_id, x.reason, x.details, x.total, x.after_id FROM (
           SELECT rp.la_code, rp.return_id::text AS return_id, rp.pupil_id::text AS pupil_id, rp.reason, rp.details, k.after_id,
                  count(*) OVER (PARTITION BY rp.la_code, rp.return_id, k.after_id)::int AS total,
                  row_number() OVER (PARTITION BY rp.la_code, rp.return_id, k.after_id, rp.pupil_id > coalesce(k.after_id, 0) ORDER BY rp.pupil_id) AS rn,
                  rp.pupil_id > coalesce(k.after_id, 0) AS past_cursor
             FROM statutory_return_pupil rp
             JOIN unnest($1::text[], $2::bigint[], $3::bigint[]) AS k(la_code, id, after_id) ON rp.la_code = k.la_code AND rp.return_id = k.id
         ) x WHERE x.past_cursor AND x.rn <= $4
         ORDER BY x.la_code, x.return_id, x.pupil_id::bigint`,
        [keys.map((k) => k.laCode), keys.map((k) => k.returnId), afters.map((a) => (a !== null && ID.test(a) ? a : null)), first + 1],
      ),
    )) as { la_code: string; return_id: string; pupil_id: string; reason: string; details: Record<string, unknown>; total: number; after_id: string | null }[];
    return keys.map((k, i) => {
      const mine = rows.filter((r) => recordKey(r.la_code, r.return_id) === recordKey(k.laCode, k.returnId) && r.after_id === (afters[i] === null ? null : String(afters[i])));
      const total = mine[0]?.total ?? 0;
      return pageOf(
        mine.map((r) => ({ laCode: r.la_code, returnId: r.return_id, pupilId: r.pupil_id, reason: r.reason, details: r.details })),
        first,
        total,
        (p) => [p.pupilId],
      );
    });
  }
}
