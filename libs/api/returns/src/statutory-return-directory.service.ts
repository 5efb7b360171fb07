import { Page, PageRequest, Scope, SqlParams, decodeCursor, inTransaction, keysetItem, keysetPage, newestFirstList, pageOf, recordKey, schoolRecordVisibleTo } from '@rollcall/api-core';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { StatutoryReturnKind, StatutoryReturnPupil, StatutoryReturnStatus } from './statutory-return-record';
import { RETURN_COLUMNS, ReturnRow, StatutoryReturnSummary, toReturnSummary } from './statutory-return-row';

export type { StatutoryReturnSummary } from './statutory-return-row';

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

/** Returns newest due date first. */
const RETURN_LIST = newestFirstList<ReturnRow, StatutoryReturnSummary>('statutory_return r', 'due_on', RETURN_COLUMNS, toReturnSummary);

/** Reading statutory returns as the caller may see them, newest due date first; their pupils a page per return. */
export class StatutoryReturnDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: StatutoryReturnFilter, page: PageRequest, today: LocalDate): Promise<Page<StatutoryReturnSummary>> {
    const sql = new SqlParams();
    // domain §3: the returns a school makes to its LA are the school's and its LA's.
    const conditions = [schoolRecordVisibleTo(scope, { laCode: 'r.la_code', urn: 'r.urn' }, sql)];
    if (filter.urn !== undefined) conditions.push(`r.urn = ${sql.add(filter.urn)}::int`);
    if (filter.kinds?.length) conditions.push(`r.kind = ANY(${sql.add(filter.kinds)}::text[])`);
    if (filter.statuses?.length) conditions.push(`r.status = ANY(${sql.add(filter.statuses)}::text[])`);
    if (filter.dueFrom !== undefined) conditions.push(`r.due_on >= ${sql.add(filter.dueFrom)}::date`);
    if (filter.dueTo !== undefined) conditions.push(`r.due_on <= ${sql.add(filter.dueTo)}::date`);
    if (filter.overdue !== undefined) {
      const late = `(r.status = 'DRAFT' AND r.due_on < ${sql.add(today)}::date)`;
      conditions.push(filter.overdue ? late : `NOT ${late}`);
    }
    return keysetPage(this.dataSource, scope, RETURN_LIST, conditions.join(' AND '), sql, page);
  }

  byId(scope: Scope, laCode: string, id: string): Promise<StatutoryReturnSummary | undefined> {
    return keysetItem(this.dataSource, scope, RETURN_LIST, { laCode, id }, (sql) => schoolRecordVisibleTo(scope, { laCode: 'r.la_code', urn: 'r.urn' }, sql));
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
