import { KeysetList, Page, PageRequest, Scope, SqlParams, emptyPage, keysetPage, newestFirstList } from '@rollcall/api-core';
import { pupilVisibleTo, todayInEngland } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { AbsenceReportRecord, AbsenceReportStatus, LeaveRequestRecord, LeaveRequestStatus } from './parent-request-record';
import { ABSENCE_REPORT_COLUMNS, AbsenceReportRow, LEAVE_REQUEST_COLUMNS, LeaveRequestRow, toAbsenceReport, toLeaveRequest } from './parent-request-row';

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

/** Requests latest dates first. */
const ABSENCE_REPORT_LIST = newestFirstList<AbsenceReportRow, AbsenceReportRecord>('absence_report r', 'first_date', ABSENCE_REPORT_COLUMNS, toAbsenceReport);
const LEAVE_REQUEST_LIST = newestFirstList<LeaveRequestRow, LeaveRequestRecord>('leave_request r', 'first_date', LEAVE_REQUEST_COLUMNS, toLeaveRequest);

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

  absenceReports(scope: Scope, filter: AbsenceReportFilter, page: PageRequest): Promise<Page<AbsenceReportRecord>> {
    return this.page(scope, ABSENCE_REPORT_LIST, filter, page);
  }

  leaveRequests(scope: Scope, filter: LeaveRequestFilter, page: PageRequest): Promise<Page<LeaveRequestRecord>> {
    return this.page(scope, LEAVE_REQUEST_LIST, filter, page);
  }

  private async page<Row, T>(
    scope: Scope,
    list: KeysetList<Row, T>,
    filter: ParentRequestFilter & { readonly statuses?: readonly string[] },
    page: PageRequest,
  ): Promise<Page<T>> {
    const sql = new SqlParams();
    const conditions = conditionsFor(scope, filter, sql);
    if (!conditions) return emptyPage();
    return keysetPage(this.dataSource, scope, list, conditions.join(' AND '), sql, page);
  }
}
