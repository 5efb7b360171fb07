import { Page, PageRequest, RecordKey, RecordRows, Scope, SqlParams, emptyPage, keysetItem, keysetPage, newestFirstList, rowsOfRecords } from '@rollcall/api-core';
import { pupilVisibleTo, todayInEngland } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { SupportPlanAction, SupportPlanKind, SupportPlanReview, SupportPlanStatus } from './support-plan-record';
import { ACTION_COLUMNS, ActionRow, PLAN_COLUMNS, PlanRow, REVIEW_COLUMNS, ReviewRow, SupportPlanSummary, toPlanAction, toPlanReview, toPlanSummary } from './support-plan-row';

export type { SupportPlanSummary } from './support-plan-row';

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

// domain §13, §17.1: a School Attendance Plan, early help plan or part-time timetable is agreed with the family; child in need
// and child protection plans and PEPs belong to social care and the Virtual School, so parents see them elsewhere.
export const PARENT_VISIBLE_PLAN_KINDS: readonly SupportPlanKind[] = ['SCHOOL_ATTENDANCE_PLAN', 'EARLY_HELP', 'PART_TIME_TIMETABLE'];

/** Plans newest start first. */
const PLAN_LIST = newestFirstList<PlanRow, SupportPlanSummary>('support_plan p', 'starts_on', PLAN_COLUMNS, toPlanSummary);

const PLAN_ACTIONS: RecordRows<ActionRow, SupportPlanAction> = {
  select: ACTION_COLUMNS,
  from: 'support_plan_action a',
  belongsTo: { laCode: 'a.la_code', id: 'a.plan_id' },
  orderBy: 'a.id',
  toItem: toPlanAction,
};

const PLAN_REVIEWS: RecordRows<ReviewRow, SupportPlanReview> = {
  select: REVIEW_COLUMNS,
  from: 'support_plan_review r',
  belongsTo: { laCode: 'r.la_code', id: 'r.plan_id' },
  orderBy: 'r.reviewed_on, r.id',
  toItem: toPlanReview,
};

const ID = /^\d{1,19}$/;

/** Plans are the child's casework: visible with the child, and to school staff only their own schools' (`pupilVisibleTo`). */
function planVisibleTo(scope: Scope, sql: SqlParams): string {
  return pupilVisibleTo(scope, { laCode: 'p.la_code', pupilId: 'p.pupil_id', urn: 'p.urn' }, sql, todayInEngland());
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
    const conditions = [planVisibleTo(scope, sql)];
    if (filter.pupilId !== undefined) {
      if (!ID.test(filter.pupilId)) return emptyPage();
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
    if (scope.role !== 'PARENT') return emptyPage();
    const sql = new SqlParams();
    const conditions = [
      planVisibleTo(scope, sql),
      `p.kind = ANY(${sql.add(PARENT_VISIBLE_PLAN_KINDS)}::text[])`,
      `p.status <> 'DRAFT'`,
    ];
    if (filter.pupilId !== undefined) {
      if (!ID.test(filter.pupilId)) return emptyPage();
      conditions.push(`p.pupil_id = ${sql.add(filter.pupilId)}::bigint`);
    }
    return this.page(scope, sql, conditions, page);
  }

  byId(scope: Scope, laCode: string, id: string): Promise<SupportPlanSummary | undefined> {
    return keysetItem(this.dataSource, scope, PLAN_LIST, { laCode, id }, (sql) => planVisibleTo(scope, sql));
  }

  /** The actions of each plan, oldest first (a DataLoader batch: one statement for the whole page). */
  actionsFor(scope: Scope, plans: readonly RecordKey[]): Promise<SupportPlanAction[][]> {
    return rowsOfRecords(this.dataSource, scope, PLAN_ACTIONS, plans);
  }

  /** The reviews of each plan, oldest first (a DataLoader batch). */
  reviewsFor(scope: Scope, plans: readonly RecordKey[]): Promise<SupportPlanReview[][]> {
    return rowsOfRecords(this.dataSource, scope, PLAN_REVIEWS, plans);
  }

  private page(scope: Scope, sql: SqlParams, conditions: string[], page: PageRequest): Promise<Page<SupportPlanSummary>> {
    return keysetPage(this.dataSource, scope, PLAN_LIST, conditions.join(' AND '), sql, page);
  }
}
