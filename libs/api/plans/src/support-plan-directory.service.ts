import { Page, Scope, inTransaction, pageOf } from '@rollcall/api-core';
import { todayInEngland } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { RecordKey, keyArrays, recordKey } from './casework-pupils';
import { KeysetColumn, keysetAfter, keysetOrder } from './keyset';
import { pupilVisibleTo } from './pupil-visibility';
import { SqlParams } from './sql-params';
import {
  SupportPlanAction,
  SupportPlanKind,
  SupportPlanRecord,
  SupportPlanReview,
  SupportPlanReviewOutcome,
  SupportPlanStatus,
} from './support-plan-record';

/** A plan without its actions and reviews (lists load those per page, through DataLoaders). */
export type SupportPlanSummary = Omit<SupportPlanRecord, 'actions' | 'reviews'>;

export interface SupportPlanFilter {
  /** The tenant holding the pupil's record (default: the caller's LA) — with `pupilId`. */
  readonly laCode?: string;
  readonly pupilId?: string;
  /** Plans led by this school. */
  readonly urn?: number;
  readonly kinds?: readonly SupportPlanKind[];
  readonly statuses?: readonly SupportPlanStatus[];
  /** Open plans whose next review is due on or before this day. */
  readonly reviewDueBy?: LocalDate;
}

export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

// domain §13, §17.1: a School Attendance Plan, early help plan or part-time timetable is agreed with the family; child in need
// and child protection plans and PEPs belong to social care and the Virtual School, so parents see them elsewhere.
export const PARENT_VISIBLE_PLAN_KINDS: readonly SupportPlanKind[] = ['SCHOOL_ATTENDANCE_PLAN', 'EARLY_HELP', 'PART_TIME_TIMETABLE'];

const KEY: readonly KeysetColumn[] = [
  { expr: 'p.starts_on', type: 'date' },
  { expr: 'p.la_code', type: 'text' },
  { expr: 'p.id', type: 'bigint' },
];

const ID = /^\d{1,19}$/;

const COLUMNS = `p.la_code, p.id::text AS id, p.pupil_id::text AS pupil_id, p.urn, p.kind, p.status, p.starts_on, p.review_on, p.ends_on,
  p.barriers, p.child_views, p.parent_views, p.created_by, p.created_at`;

interface PlanRow {
  la_code: string;
  id: string;
  pupil_id: string;
  urn: number | null;
  kind: SupportPlanKind;
  status: SupportPlanStatus;
  starts_on: LocalDate;
  review_on: LocalDate | null;
  ends_on: LocalDate | null;
  barriers: string[];
  child_views: string | null;
  parent_views: string | null;
  created_by: string;
  created_at: Date;
}

function toSummary(r: PlanRow): SupportPlanSummary {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    urn: r.urn,
    kind: r.kind,
    status: r.status,
    startsOn: r.starts_on,
    reviewOn: r.review_on,
    endsOn: r.ends_on,
    barriers: r.barriers,
    childViews: r.child_views,
    parentViews: r.parent_views,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/**
 * Reading support plans as the caller may see them (`pupilVisibleTo`): lists a page at a time (keyset, newest start
 * first), and loads the actions and reviews of a whole page in one statement each. Every read is one transaction with
 * the caller's scope, so row-level security applies too.
 */
export class SupportPlanDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: Scope, filter: SupportPlanFilter, page: PageRequest): Promise<Page<SupportPlanSummary>> {
    const sql = new SqlParams();
    const conditions = [pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.pupil_id', urn: 'p.urn' }, sql, todayInEngland())];
    if (filter.pupilId !== undefined) {
      if (!ID.test(filter.pupilId)) return { items: [], hasNextPage: false, totalCount: 0 };
      conditions.push(`p.la_code = ${sql.add(filter.laCode ?? scope.laCode ?? '')} AND p.pupil_id = ${sql.add(filter.pupilId)}::bigint`);
    } else if (filter.laCode !== undefined) {
      conditions.push(`p.la_code = ${sql.add(filter.laCode)}`);
    }
    if (filter.urn !== undefined) conditions.push(`p.urn = ${sql.add(filter.urn)}::int`);
    if (filter.kinds?.length) conditions.push(`p.kind = ANY(${sql.add(filter.kinds)}::text[])`);
    if (filter.statuses?.length) conditions.push(`p.status = ANY(${sql.add(filter.statuses)}::text[])`);
    if (filter.reviewDueBy !== undefined) conditions.push(`p.status <> 'CLOSED' AND p.review_on <= ${sql.add(filter.reviewDueBy)}::date`);
    return this.page(scope, sql, conditions, page);
  }

  /** A parent's view: their children's plans meant for families, once agreed (not drafts). */
  async forParent(scope: Scope, filter: { readonly pupilId?: string }, page: PageRequest): Promise<Page<SupportPlanSummary>> {
    if (scope.role !== 'PARENT') return { items: [], hasNextPage: false, totalCount: 0 };
    const sql = new SqlParams();
    const conditions = [
      pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.pupil_id', urn: 'p.urn' }, sql, todayInEngland()),
      `p.kind = ANY(${sql.add(PARENT_VISIBLE_PLAN_KINDS)}::text[])`,
      `p.status <> 'DRAFT'`,
    ];
    if (filter.pupilId !== undefined) {
      if (!ID.test(filter.pupilId)) return { items: [], hasNextPage: false, totalCount: 0 };
      conditions.push(`p.pupil_id = ${sql.add(filter.pupilId)}::bigint`);
    }
    return this.page(scope, sql, conditions, page);
  }

  async byId(scope: Scope, laCode: string, id: string): Promise<SupportPlanSummary | undefined> {
    if (!ID.test(id)) return undefined;
    const sql = new SqlParams();
    const visible = pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.pupil_id', urn: 'p.urn' }, sql, todayInEngland());
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(`SELECT ${COLUMNS} FROM support_plan p WHERE p.la_code = ${sql.add(laCode)} AND p.id = ${sql.add(id)}::bigint AND ${visible}`, sql.values),
    )) as PlanRow[];
    return rows.length === 0 ? undefined : toSummary(rows[0]);
  }

  /** The actions of each plan, oldest first (a DataLoader batch: one statement for the whole page). */
  async actionsFor(scope: Scope, plans: readonly RecordKey[]): Promise<SupportPlanAction[][]> {
    const [laCodes, ids] = keyArrays(plans);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT a.la_code, a.plan_id::text AS plan_id, a.id::text AS id, a.description, a.owner, a.due_on, a.done_on
           FROM support_plan_action a JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON a.la_code = k.la_code AND a.plan_id = k.id
          ORDER BY a.id`,
        [laCodes, ids],
      ),
    )) as { la_code: string; plan_id: string; id: string; description: string; owner: string; due_on: LocalDate | null; done_on: LocalDate | null }[];
    return groupBy(plans, rows, (r) => recordKey(r.la_code, r.plan_id), (r) => ({ id: r.id, description: r.description, owner: r.owner, dueOn: r.due_on, doneOn: r.done_on }));
  }

  /** The reviews of each plan, oldest first (a DataLoader batch). */
  async reviewsFor(scope: Scope, plans: readonly RecordKey[]): Promise<SupportPlanReview[][]> {
    const [laCodes, ids] = keyArrays(plans);
    const rows = (await inTransaction(this.dataSource, scope, (tx) =>
      tx.query(
        `SELECT r.la_code, r.plan_id::text AS plan_id, r.id::text AS id, r.reviewed_on, r.notes, r.outcome, r.reviewed_by
           FROM support_plan_review r JOIN unnest($1::text[], $2::bigint[]) AS k(la_code, id) ON r.la_code = k.la_code AND r.plan_id = k.id
          ORDER BY r.reviewed_on, r.id`,
        [laCodes, ids],
      ),
    )) as { la_code: string; plan_id: string; id: string; reviewed_on: LocalDate; notes: string; outcome: SupportPlanReviewOutcome; reviewed_by: string }[];
    return groupBy(plans, rows, (r) => recordKey(r.la_code, r.plan_id), (r) => ({
      id: r.id,
      reviewedOn: r.reviewed_on,
      notes: r.notes,
      outcome: r.outcome,
      reviewedBy: r.reviewed_by,
    }));
  }

  private async page(scope: Scope, sql: SqlParams, conditions: string[], page: PageRequest): Promise<Page<SupportPlanSummary>> {
    const where = conditions.join(' AND ');
    const countParams = [...sql.values];
    const after = keysetAfter(KEY, page.after, sql);
    const { rows, total } = await inTransaction(this.dataSource, scope, async (tx) => ({
      rows: (await tx.query(
        `SELECT ${COLUMNS} FROM support_plan p WHERE ${where} AND ${after} ORDER BY ${keysetOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`,
        sql.values,
      )) as PlanRow[],
      total: ((await tx.query(`SELECT count(*)::int AS n FROM support_plan p WHERE ${where}`, countParams)) as { n: number }[])[0].n,
    }));
    return pageOf(rows.map(toSummary), page.first, total, (p) => [p.startsOn, p.laCode, p.id]);
  }
}

/** Rows grouped under the keys they belong to, in key order (what a DataLoader batch returns). */
export function groupBy<R, T>(keys: readonly RecordKey[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(map(row));
    else groups.set(key, [map(row)]);
  }
  return keys.map((k) => groups.get(recordKey(k.laCode, k.id)) ?? []);
}
