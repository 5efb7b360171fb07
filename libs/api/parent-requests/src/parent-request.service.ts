import { AuditEntry, NotificationRecipient, Refusal, Scope, enqueueNotification, inTransaction, writeAudit } from '@rollcall/api-core';
import { todayInEngland } from '@rollcall/api-pupils';
import { compareSessions, isLocalDate, leaveOfAbsenceDecision, LeaveOfAbsenceProblem, LocalDate, Session } from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import {
  ABSENCE_REASONS,
  AbsenceReportRecord,
  DecideLeaveInput,
  LeaveRequestRecord,
  ParentRequests,
  ReportAbsenceInput,
  RequestLeaveInput,
  ReviewAbsenceReportInput,
  WithdrawLeaveRequestInput,
} from './parent-request-record';
import { ABSENCE_REPORT_COLUMNS, AbsenceReportRow, LEAVE_REQUEST_COLUMNS, LeaveRequestRow, toAbsenceReport, toLeaveRequest } from './parent-request-row';

const ID = /^\d{1,19}$/;

const LEAVE_MESSAGES: Readonly<Record<LeaveOfAbsenceProblem, string>> = {
  REASON_REQUIRED: 'Give the reason for the decision; the parent is told it.',
  CODE_REQUIRED: 'Choose the code the leave will be recorded with (C, C1, J1, S or C2).',
  CODE_ONLY_WHEN_GRANTED: 'A refusal has no attendance code; leave the code out.',
  UNKNOWN_LEAVE_CODE: 'Leave of absence is recorded as C, C1, J1, S or C2.',
  NOT_EXCEPTIONAL_CIRCUMSTANCES: 'Leave under C or C2 may only be granted in exceptional circumstances.',
  NOT_REQUESTED_BY_PARENT_PUPIL_LIVES_WITH: 'Leave under C or C2 must be asked for by a parent the pupil normally lives with.',
  NOT_REGULATED_PERFORMANCE_OR_EMPLOYMENT_ABROAD: 'C1 is only for a regulated performance or regulated employment abroad.',
  NOT_AGREED_IN_ADVANCE: 'Study leave (S) must be agreed before it starts.',
  NOT_COMPULSORY_SCHOOL_AGE_THROUGHOUT: 'A part-time timetable (C2) is only for a pupil of compulsory school age throughout.',
};

interface ParentLink {
  readonly parentalResponsibility: boolean;
  readonly livesWith: boolean;
}

function requireDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) throw new Refusal('INVALID_DATE', `${field} must be a date in the form YYYY-MM-DD.`, { field });
  return value;
}

function requireSession(value: unknown, field: string): Session {
  if (value !== 'AM' && value !== 'PM') throw new Refusal('INVALID_INPUT', `${field} must be AM or PM.`, { field });
  return value;
}

function requireText(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Refusal('INVALID_INPUT', `Enter ${what}.`, { field });
  return value.trim();
}

/** Now, or noon in England on the date in $1 for a request or decision recorded after the day it was made. */
const NOW_OR_NOON_ON = `COALESCE(($1::date + time '12:00') AT TIME ZONE 'Europe/London', now())`;

/**
 * What parents ask of the school (domain §13): reporting a child's absence and asking for leave of absence, and the
 * school's answers. A parent acts only for a child they are recorded as parent of; the school decides. Each write is
 * one transaction.
 */
export class ParentRequestService {
  constructor(private readonly dataSource: DataSource) {}

  // domain §13: parents report absence; only someone with parental responsibility may do so for the child
  async reportAbsence(scope: Scope, input: ReportAbsenceInput): Promise<AbsenceReportRecord> {
    const { laCode, pupilId, parentId } = input;
    const first = { date: requireDate(input.firstDate, 'firstDate'), session: requireSession(input.firstSession, 'firstSession') };
    const last = { date: requireDate(input.lastDate, 'lastDate'), session: requireSession(input.lastSession, 'lastSession') };
    if (compareSessions(first, last) > 0) throw new Refusal('INVALID_PERIOD', 'The absence must end on or after the session it starts.', { field: 'lastDate' });
    if (!ABSENCE_REASONS.includes(input.reason)) {
      throw new Refusal('INVALID_INPUT', `Choose a reason: ${ABSENCE_REASONS.join(', ')}.`, { field: 'reason' });
    }
    const details = input.details?.trim() || null;
    if (input.reason === 'OTHER' && details === null) throw new Refusal('INVALID_INPUT', 'Say why the child is absent.', { field: 'details' });
    return inTransaction(this.dataSource, scope, async (tx) => {
      await this.mayActAsParentOrSchool(tx, scope, laCode, pupilId, parentId, first.date);
      const link = await parentLink(tx, laCode, pupilId, parentId);
      if (!link?.parentalResponsibility) {
        throw new Refusal('NO_PARENTAL_RESPONSIBILITY', 'Only a parent or carer with parental responsibility for the child can report their absence.', {
          pupilId,
          parentId,
        });
      }
      const rows = (await tx.query(
        `INSERT INTO absence_report (la_code, pupil_id, parent_id, first_date, first_session, last_date, last_session, reason, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text AS id`,
        [laCode, pupilId, parentId, first.date, first.session, last.date, last.session, input.reason, details],
      )) as { id: string }[];
      const report = (await readAbsenceReports(tx, laCode, 'r.id = $2', [rows[0].id]))[0];
      await changed(tx, scope, 'CREATE', 'AbsenceReport', report);
      await enqueueNotification(tx, {
        laCode,
        kind: 'ABSENCE_REPORTED',
        to: await schoolsOf(tx, laCode, pupilId, first.date),
        title: `Absence reported (${input.reason.toLowerCase().replace(/_/g, ' ')}) from ${first.date} ${first.session} to ${last.date} ${last.session}`,
        entity: 'AbsenceReport',
        entityId: report.id,
        pupilId,
      });
      return report;
    });
  }

  /** The school accepts the reason given, or queries it with the family. */
  async reviewAbsenceReport(scope: Scope, input: ReviewAbsenceReportInput): Promise<AbsenceReportRecord> {
    if (input.status !== 'ACCEPTED' && input.status !== 'QUERIED') throw new Refusal('INVALID_INPUT', 'Accept or query the report.', { field: 'status' });
    return inTransaction(this.dataSource, scope, async (tx) => {
      const [report] = ID.test(input.reportId) ? await readAbsenceReports(tx, input.laCode, 'r.id = $2', [input.reportId], true) : [];
      if (!report) throw new Refusal('UNKNOWN_REQUEST', `LA ${input.laCode} holds no absence report with id ${input.reportId}.`, { reportId: input.reportId });
      await mayActAsSchool(tx, scope, input.laCode, report.pupilId, report.firstDate);
      if (report.status === 'ACCEPTED') throw new Refusal('ALREADY_ACCEPTED', 'The report has already been accepted.', { status: report.status });
      await tx.query(`UPDATE absence_report SET status = $3 WHERE la_code = $1 AND id = $2`, [input.laCode, report.id, input.status]);
      const reviewed = (await readAbsenceReports(tx, input.laCode, 'r.id = $2', [report.id]))[0];
      await changed(tx, scope, 'UPDATE', 'AbsenceReport', reviewed);
      if (input.status === 'QUERIED') {
        await enqueueNotification(tx, {
          laCode: input.laCode,
          kind: 'ABSENCE_REPORT_QUERIED',
          to: [{ parent: reviewed.parentId }],
          title: `The school would like to talk to you about the absence you reported from ${reviewed.firstDate}`,
          entity: 'AbsenceReport',
          entityId: reviewed.id,
          pupilId: reviewed.pupilId,
        });
      }
      return reviewed;
    });
  }

  // domain §13; SI 2024/208 reg 11: leave of absence is applied for in advance by a parent
  async requestLeave(scope: Scope, input: RequestLeaveInput): Promise<LeaveRequestRecord> {
    const { laCode, pupilId, parentId } = input;
    const firstDate = requireDate(input.firstDate, 'firstDate');
    const lastDate = requireDate(input.lastDate, 'lastDate');
    const reason = requireText(input.reason, 'reason', 'what the leave is for');
    if (lastDate < firstDate) throw new Refusal('INVALID_PERIOD', 'The leave must end on or after the day it starts.', { field: 'lastDate' });
    if (input.requestedOn !== undefined && scope.role === 'PARENT') {
      throw new Refusal('NOT_PERMITTED', 'Only the school can record a request made on an earlier day.', { field: 'requestedOn' });
    }
    const requestedOn = input.requestedOn === undefined ? todayInEngland() : requireDate(input.requestedOn, 'requestedOn');
    if (firstDate <= requestedOn) {
      throw new Refusal('NOT_IN_ADVANCE', 'Leave of absence must be asked for before it starts.', { field: 'firstDate', requestedOn });
    }
    return inTransaction(this.dataSource, scope, async (tx) => {
      await this.mayActAsParentOrSchool(tx, scope, laCode, pupilId, parentId, firstDate);
      const link = await parentLink(tx, laCode, pupilId, parentId);
      if (!link || (!link.parentalResponsibility && !link.livesWith)) {
        throw new Refusal('NOT_A_PARENT', 'Only a parent with parental responsibility, or one the child lives with, can ask for leave.', { pupilId, parentId });
      }
      const rows = (await tx.query(
        `INSERT INTO leave_request (la_code, pupil_id, parent_id, first_date, last_date, reason, requested_at)
         VALUES ($2, $3, $4, $5, $6, $7, ${NOW_OR_NOON_ON}) RETURNING id::text AS id`,
        [input.requestedOn ?? null, laCode, pupilId, parentId, firstDate, lastDate, reason],
      )) as { id: string }[];
      const request = (await readLeaveRequests(tx, laCode, 'r.id = $2', [rows[0].id]))[0];
      await changed(tx, scope, 'CREATE', 'LeaveRequest', request);
      await enqueueNotification(tx, {
        laCode,
        kind: 'LEAVE_REQUESTED',
        to: await schoolsOf(tx, laCode, pupilId, firstDate),
        title: `Leave of absence requested from ${firstDate} to ${lastDate}`,
        entity: 'LeaveRequest',
        entityId: request.id,
        pupilId,
      });
      return request;
    });
  }

  // domain §13; SI 2024/208 reg 11: the school grants leave only on the listed grounds, with the matching code, and gives its reason
  async decideLeave(scope: Scope, input: DecideLeaveInput): Promise<LeaveRequestRecord> {
    const decidedOn = input.decidedOn === undefined ? todayInEngland() : requireDate(input.decidedOn, 'decidedOn');
    if (input.decision !== 'GRANTED' && input.decision !== 'REFUSED') throw new Refusal('INVALID_INPUT', 'Grant or refuse the request.', { field: 'decision' });
    return inTransaction(this.dataSource, scope, async (tx) => {
      const request = await lockLeaveRequest(tx, input.laCode, input.requestId);
      await mayActAsSchool(tx, scope, input.laCode, request.pupilId, request.firstDate);
      if (request.status !== 'PENDING') throw new Refusal('ALREADY_DECIDED', `The request is already ${request.status.toLowerCase()}.`, { status: request.status });
      const link = await parentLink(tx, input.laCode, request.pupilId, request.parentId);
      const pupil = (await tx.query(`SELECT date_of_birth FROM pupil WHERE la_code = $1 AND id = $2`, [input.laCode, request.pupilId])) as {
        date_of_birth: LocalDate;
      }[];
      const decision = leaveOfAbsenceDecision({
        decision: input.decision,
        ...(input.code === undefined ? {} : { code: input.code }),
        reason: typeof input.reason === 'string' ? input.reason : '',
        decidedOn,
        leave: { firstDate: request.firstDate, lastDate: request.lastDate },
        requestedByParentPupilLivesWith: link?.livesWith ?? false,
        pupilDateOfBirth: pupil[0].date_of_birth,
        exceptionalCircumstances: input.exceptionalCircumstances ?? false,
        regulatedPerformanceOrEmploymentAbroad: input.regulatedPerformanceOrEmploymentAbroad ?? false,
      });
      if (!decision.allowed) throw new Refusal(decision.reason, LEAVE_MESSAGES[decision.reason], decision.detail);
      await tx.query(
        `UPDATE leave_request SET status = $4, decision_code = $5, decision_reason = $6, decided_by = $7,
                decided_at = ${NOW_OR_NOON_ON}
          WHERE la_code = $2 AND id = $3`,
        [input.decidedOn ?? null, input.laCode, request.id, input.decision, input.decision === 'GRANTED' ? input.code : null, input.reason.trim(), scope.actor.label],
      );
      const decided = (await readLeaveRequests(tx, input.laCode, 'r.id = $2', [request.id]))[0];
      await changed(tx, scope, 'UPDATE', 'LeaveRequest', decided);
      await enqueueNotification(tx, {
        laCode: input.laCode,
        kind: 'LEAVE_DECIDED',
        to: [{ parent: decided.parentId }],
        title: `Leave of absence from ${decided.firstDate} to ${decided.lastDate} ${decided.status === 'GRANTED' ? 'granted' : 'refused'}: ${decided.decisionReason ?? ''}`,
        entity: 'LeaveRequest',
        entityId: decided.id,
        pupilId: decided.pupilId,
      });
      return decided;
    });
  }

  /** The parent withdraws a request the school has not yet decided. */
  async withdrawLeaveRequest(scope: Scope, input: WithdrawLeaveRequestInput): Promise<LeaveRequestRecord> {
    return inTransaction(this.dataSource, scope, async (tx) => {
      const request = await lockLeaveRequest(tx, input.laCode, input.requestId);
      await this.mayActAsParentOrSchool(tx, scope, input.laCode, request.pupilId, request.parentId, request.firstDate);
      if (request.status !== 'PENDING') throw new Refusal('ALREADY_DECIDED', `The request is already ${request.status.toLowerCase()}.`, { status: request.status });
      await tx.query(`UPDATE leave_request SET status = 'WITHDRAWN' WHERE la_code = $1 AND id = $2`, [input.laCode, request.id]);
      const withdrawn = (await readLeaveRequests(tx, input.laCode, 'r.id = $2', [request.id]))[0];
      await changed(tx, scope, 'UPDATE', 'LeaveRequest', withdrawn);
      return withdrawn;
    });
  }

  /** The pupil's absence reports and leave requests, newest first. */
  async requestsForPupil(tx: EntityManager, laCode: string, pupilId: string): Promise<ParentRequests> {
    if (!ID.test(pupilId)) return { absenceReports: [], leaveRequests: [] };
    return {
      absenceReports: await readAbsenceReports(tx, laCode, 'r.pupil_id = $2', [pupilId]),
      leaveRequests: await readLeaveRequests(tx, laCode, 'r.pupil_id = $2', [pupilId]),
    };
  }

  /** A parent for their own record; the school's staff on the parent's behalf; Rollcall itself. */
  private async mayActAsParentOrSchool(tx: EntityManager, scope: Scope, laCode: string, pupilId: string, parentId: string, on: LocalDate): Promise<void> {
    if (!ID.test(pupilId)) throw new Refusal('UNKNOWN_PUPIL', `"${pupilId}" is not a pupil id.`, { pupilId });
    if (!ID.test(parentId)) throw new Refusal('UNKNOWN_PARENT', `"${parentId}" is not a parent id.`, { parentId });
    if (scope.role === 'PARENT') {
      if (scope.laCode === laCode && scope.parentIds?.includes(parentId)) return;
      throw new Refusal('NOT_PERMITTED', 'You can only make requests as yourself.', { parentId });
    }
    await mayActAsSchool(tx, scope, laCode, pupilId, on);
  }
}

/** Every change to a request is audited in its own transaction. */
async function changed(tx: EntityManager, scope: Scope, action: AuditEntry['action'], entity: string, r: { laCode: string; id: string; pupilId: string }): Promise<void> {
  await writeAudit(tx, scope, [{ laCode: r.laCode, action, entity, entityId: r.id, pupilId: r.pupilId }]);
}

/** The schools the pupil is on roll at on the date: whom a parent's report or request goes to. */
async function schoolsOf(tx: EntityManager, laCode: string, pupilId: string, on: LocalDate): Promise<NotificationRecipient[]> {
  const rows = (await tx.query(
    `SELECT DISTINCT urn FROM enrolment WHERE la_code = $1 AND pupil_id = $2 AND admitted_on <= $3 AND (left_on IS NULL OR left_on >= $3)`,
    [laCode, pupilId, on],
  )) as { urn: number }[];
  return rows.map((r) => ({ school: r.urn }));
}

/** The pupil's school on the date (its staff decide); refuses when the pupil is not on any school's roll then. */
async function mayActAsSchool(tx: EntityManager, scope: Scope, laCode: string, pupilId: string, on: LocalDate): Promise<void> {
  const urns = (
    (await tx.query(`SELECT urn FROM enrolment WHERE la_code = $1 AND pupil_id = $2 AND admitted_on <= $3 AND (left_on IS NULL OR left_on >= $3)`, [
      laCode,
      pupilId,
      on,
    ])) as { urn: number }[]
  ).map((r) => r.urn);
  if (urns.length === 0) throw new Refusal('PUPIL_NOT_ON_ROLL', `Pupil ${pupilId} is not on any school's roll on ${on}.`, { pupilId, on });
  if (scope.role === 'SYSTEM') return;
  if (scope.role === 'SCHOOL_STAFF' && scope.laCode === laCode && urns.some((u) => scope.urns?.includes(u))) return;
  throw new Refusal('NOT_PERMITTED', "Only the pupil's school can do this.", { pupilId });
}

async function parentLink(tx: EntityManager, laCode: string, pupilId: string, parentId: string): Promise<ParentLink | undefined> {
  const rows = (await tx.query(
    `SELECT parental_responsibility, lives_with FROM pupil_parent WHERE la_code = $1 AND pupil_id = $2 AND parent_id = $3`,
    [laCode, pupilId, parentId],
  )) as { parental_responsibility: boolean; lives_with: boolean }[];
  return rows.length === 0 ? undefined : { parentalResponsibility: rows[0].parental_responsibility, livesWith: rows[0].lives_with };
}

async function lockLeaveRequest(tx: EntityManager, laCode: string, requestId: string): Promise<LeaveRequestRecord> {
  const [request] = ID.test(requestId) ? await readLeaveRequests(tx, laCode, 'r.id = $2', [requestId], true) : [];
  if (!request) throw new Refusal('UNKNOWN_REQUEST', `LA ${laCode} holds no leave request with id ${requestId}.`, { requestId });
  return request;
}

async function readAbsenceReports(tx: EntityManager, laCode: string, condition: string, params: readonly unknown[], lock = false): Promise<AbsenceReportRecord[]> {
  const rows = (await tx.query(
    `SELECT ${ABSENCE_REPORT_COLUMNS}
       FROM absence_report r WHERE r.la_code = $1 AND ${condition} ORDER BY r.first_date DESC, r.id DESC${lock ? ' FOR UPDATE' : ''}`,
    [laCode, ...params],
  )) as AbsenceReportRow[];
  return rows.map(toAbsenceReport);
}

async function readLeaveRequests(tx: EntityManager, laCode: string, condition: string, params: readonly unknown[], lock = false): Promise<LeaveRequestRecord[]> {
  const rows = (await tx.query(
    `SELECT ${LEAVE_REQUEST_COLUMNS}
       FROM leave_request r WHERE r.la_code = $1 AND ${condition} ORDER BY r.first_date DESC, r.id DESC${lock ? ' FOR UPDATE' : ''}`,
    [laCode, ...params],
  )) as LeaveRequestRow[];
  return rows.map(toLeaveRequest);
}
