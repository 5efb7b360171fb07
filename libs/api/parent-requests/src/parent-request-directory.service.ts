import { Page, Scope, inTransaction, pageOf } from '@rollcall/api-core';
import { KeysetColumn, PageRequest, SqlParams, keysetAfter, keysetOrder, pupilVisibleTo } from '@rollcall/api-plans';
import { todayInEngland } from '@rollcall/api-pupils';
import { LeaveOfAbsenceCode, LocalDate, Session } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { AbsenceReason, AbsenceReportRecord, AbsenceReportStatus, LeaveRequestRecord, LeaveRequestStatus } from './parent-request-record';

export interface ParentRequestFilter {
  /** The tenant holding the pupil's record (default: the caller's LA) — with `pupilId`. */
  readonly laCode?: string;
  readonly pupilId?: string;
  /** Requests for pupils on this school's roll at some time. */
  readonly urn?: number;
  /** Requests whose dates reach this day or later. */
  readonly from?: LocalDate;
  /** Requests whose dates start on or before this day. */
  readonly to?: LocalDate;
}

export interface AbsenceReportFilter extends ParentRequestFilter {
  readonly statuses?: readonly AbsenceReportStatus[];
}

export interface LeaveRequestFilter extends ParentRequestFilter {
  readonly statuses?: readonly LeaveRequestStatus[];
}

const ID = /^\d{1,19}$/;

const KEY: readonly KeysetColumn[] = [
  { expr: 'r.first_date', type: 'date' },
  { expr: 'r.la_code', type: 'text' },
  { expr: 'r.id', type: 'bigint' },
];

/**
 * Who sees a parent's requests (domain §13): a parent only the ones they made; the school the child is (or was) on roll
 * at, through its staff. Nobody else reads them through these lists.
 */
function requestVisibleTo(scope: Scope, sql: SqlParams): string {
  if (scope.role === 'SYSTEM') return 'true';
  if (!scope.laCode) return 'false';
  if (scope.role === 'PARENT') return `r.la_code = ${sql.add(scope.laCode)} AND r.parent_id = ANY(${sql.add([...(scope.parentIds ?? [])])}::bigint[])`;
  if (scope.role === 'SCHOOL_STAFF') return pupilVisibleTo(scope, { laCode: 'r.la_code', pupilId: 'r.pupil_id' }, sql, todayInEngland());
  return 'false';
}

function conditionsFor(scope: Scope, filter: ParentRequestFilter & { readonly statuses?: readonly string[] }, sql: SqlParams): string[] | undefined {
  const conditions = [requestVisibleTo(scope, sql)];
  if (filter.pupilId !== undefined) {
    if (!ID.test(filter.pupilId)) return undefined;
    conditions.push(`r.la_code = ${sql.add(filter.laCode ?? scope.laCode ?? '')} AND r.pupil_id = ${sql.add(filter.pupilId)}::bigint`);
  }
  if (filter.urn !== undefined) {
    conditions.push(`EXISTS (SELECT 1 FROM enrolment fe WHERE fe.la_code = r.la_code AND fe.pupil_id = r.pupil_id AND fe.urn = ${sql.add(filter.urn)}::int)`);
  }
  if (filter.statuses?.length) conditions.push(`r.status = ANY(${sql.add(filter.statuses)}::text[])`);
  if (filter.from !== undefined) conditions.push(`r.last_date >= ${sql.add(filter.from)}::date`);
  if (filter.to !== undefined) conditions.push(`r.first_date <= ${sql.add(filter.to)}::date`);
  return conditions;
}

/** Parents' absence reports and leave requests as the caller may see them, latest dates first. */
export class ParentRequestDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async absenceReports(scope: Scope, filter: AbsenceReportFilter, page: PageRequest): Promise<Page<AbsenceReportRecord>> {
    const rows = await this.page<AbsenceReportRow>(
      scope,
      'absence_report',
      `r.la_code, r.id::text AS id, r.pupil_id::text AS pupil_id, r.parent_id::text AS parent_id, r.first_date, r.first_session, r.last_date,
       r.last_session, r.reason, r.details, r.status, r.reported_at`,
      filter,
      page,
    );
    return { ...rows, items: rows.items.map((i) => ({ cursor: i.cursor, node: toAbsenceReport(i.node) })) };
  }

  async leaveRequests(scope: Scope, filter: LeaveRequestFilter, page: PageRequest): Promise<Page<LeaveRequestRecord>> {
    const rows = await this.page<LeaveRequestRow>(
      scope,
      'leave_request',
      `r.la_code, r.id::text AS id, r.pupil_id::text AS pupil_id, r.parent_id::text AS parent_id, r.first_date, r.last_date, r.reason, r.status,
       r.decision_code, r.decision_reason, r.decided_by, r.decided_at, r.requested_at`,
      filter,
      page,
    );
    return { ...rows, items: rows.items.map((i) => ({ cursor: i.cursor, node: toLeaveRequest(i.node) })) };
  }

  private async page<R extends { la_code: string; id: string; first_date: LocalDate }>(
    scope: Scope,
    table: 'absence_report' | 'leave_request',
    columns: string,
    filter: ParentRequestFilter & { readonly statuses?: readonly string[] },
    page: PageRequest,
  ): Promise<Page<R>> {
    const sql = new SqlParams();
    const conditions = conditionsFor(scope, filter, sql);
    if (!conditions) return { items: [], hasNextPage: false, totalCount: 0 };
    const where = conditions.join(' AND ');
    const countParams = [...sql.values];
    const after = keysetAfter(KEY, page.after, sql);
    const { rows, total } = await inTransaction(this.dataSource, scope, async (tx) => ({
      rows: (await tx.query(`SELECT ${columns} FROM ${table} r WHERE ${where} AND ${after} ORDER BY ${keysetOrder(KEY)} LIMIT ${sql.add(page.first + 1)}`, sql.values)) as R[],
      total: ((await tx.query(`SELECT count(*)::int AS n FROM ${table} r WHERE ${where}`, countParams)) as { n: number }[])[0].n,
    }));
    return pageOf(rows, page.first, total, (r) => [r.first_date, r.la_code, r.id]);
  }
}

interface AbsenceReportRow {
  la_code: string;
  id: string;
  pupil_id: string;
  parent_id: string;
  first_date: LocalDate;
  first_session: Session;
  last_date: LocalDate;
  last_session: Session;
  reason: AbsenceReason;
  details: string | null;
  status: AbsenceReportStatus;
  reported_at: Date;
}

interface LeaveRequestRow {
  la_code: string;
  id: string;
  pupil_id: string;
  parent_id: string;
  first_date: LocalDate;
  last_date: LocalDate;
  reason: string;
  status: LeaveRequestStatus;
  decision_code: LeaveOfAbsenceCode | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  requested_at: Date;
}

function toAbsenceReport(r: AbsenceReportRow): AbsenceReportRecord {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    parentId: r.parent_id,
    firstDate: r.first_date,
    firstSession: r.first_session,
    lastDate: r.last_date,
    lastSession: r.last_session,
    reason: r.reason,
    details: r.details,
    status: r.status,
    reportedAt: r.reported_at,
  };
}

function toLeaveRequest(r: LeaveRequestRow): LeaveRequestRecord {
  return {
    laCode: r.la_code,
    id: r.id,
    pupilId: r.pupil_id,
    parentId: r.parent_id,
    firstDate: r.first_date,
    lastDate: r.last_date,
    reason: r.reason,
    status: r.status,
    decisionCode: r.decision_code,
    decisionReason: r.decision_reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    requestedAt: r.requested_at,
  };
}
