import { AuditEntry, Refusal, Scope, enqueueNotification, inTransaction, laSettings, writeAudit } from '@rollcall/api-core';
import { loadSchoolCalendar } from '@rollcall/api-pupils';
import {
  DEFAULT_NOTICE_TO_IMPROVE_SETTINGS,
  DEFAULT_PENALTY_NOTICE_SETTINGS,
  LocalDate,
  NOTICE_TO_IMPROVE_CONTENTS,
  NoticeToImproveSettings,
  PenaltyNotice,
  PenaltyNoticeEligibilityInput,
  PenaltyNoticeHistoryItem,
  PenaltyNoticeIssuerRole,
  SCHOOL_ATTENDANCE_OFFENCES,
  compulsorySchoolAgeEnd,
  isLocalDate,
  issueNoticeToImprove,
  noticeToImproveEarlyPenaltyNotice,
  noticeToImproveOutcome,
  penaltyNoticeCountsTowardsLimit,
  penaltyNoticeEligibility,
  penaltyNoticeNonPayment,
  penaltyNoticeReceivedOn,
  penaltyNoticeRecipients,
  penaltyNoticeTransition,
  proposeAttendanceContract,
} from '@rollcall/rules';
import { DataSource, EntityManager } from 'typeorm';
import { actionsOfKind, allowedNextSteps } from './allowed-next-steps';
import { mayStart, mayTakeStep } from './intervention-access';
import { attendanceContractStep } from './attendance-contract-step';
import { checkStepData } from './check-step-data';
import { educationSupervisionOrderStep } from './education-supervision-order-step';
import { InterventionDocumentDraft, noticeToImproveDocument, penaltyNoticeDocument, penaltyNoticeWithdrawalDocument } from './intervention-documents';
import { parentBasis, pupilFacts, requireOnRoll, schoolFacts } from './intervention-facts';
import {
  ConsiderEducationSupervisionOrderInput,
  ConsiderSchoolAttendanceOrderInput,
  NoticeToImproveIssueInput,
  IssuePenaltyNoticeInput,
  PenaltyNoticeNonPaymentInput,
  PenaltyNoticePaymentInput,
  PrepareProsecutionInput,
  AttendanceContractProposalInput,
  ProposeParentingOrderInput,
  WithdrawPenaltyNoticeInput,
} from './intervention-inputs';
import { InterventionKind, InterventionOf, InterventionRecord, NoticeToImproveDetails, PenaltyNoticeDetails } from './intervention-record';
import { ApplyTransitionInput, InterventionStep } from './intervention-step';
import { insertIntervention, insertPayment, lockIntervention, readInterventions, saveInterventionChange } from './intervention-store';
import { noticeToImproveStep } from './notice-to-improve-step';
import { parentingOrderStep } from './parenting-order-step';
import { penaltyNoticeStep } from './penalty-notice-step';
import { penaltyNoticeThresholdFor } from './penalty-notice-threshold-for';
import { prosecutionStep } from './prosecution-step';
import { marksForPupil } from './pupil-marks';
import { refusalFor } from './refusal-for';
import { schoolAttendanceOrderStep } from './school-attendance-order-step';
import { StepOutcome } from './step-context';

const PARENT_IN = `EXISTS (SELECT 1 FROM intervention_parent ip WHERE ip.la_code = i.la_code AND ip.intervention_id = i.id AND ip.parent_id = $3)`;

function requireDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !isLocalDate(value)) throw new Refusal('INVALID_DATE', `${field} must be a date in the form YYYY-MM-DD.`, { field });
  return value;
}

function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Refusal('INVALID_INPUT', `Enter ${field}.`, { field });
  return value.trim();
}

/** Refuses unless the person is the child's parent under EA 1996 s576 (the penalty-notice recipients rule). */
async function requireParent(tx: EntityManager, laCode: string, pupilId: string, parentId: string): Promise<void> {
  const basis = await parentBasis(tx, laCode, pupilId, parentId);
  const { notIssued } = penaltyNoticeRecipients([{ childId: pupilId, parents: [{ parentId, basis, liable: true }] }]);
  if (notIssued.length > 0) throw refusalFor(notIssued[0].reason, { pupilId, parentId, basis });
}

const ENTITY: Readonly<Record<InterventionKind, string>> = {
  NOTICE_TO_IMPROVE: 'NoticeToImprove',
  PENALTY_NOTICE: 'PenaltyNotice',
  ATTENDANCE_CONTRACT: 'AttendanceContract',
  EDUCATION_SUPERVISION_ORDER: 'EducationSupervisionOrder',
  PROSECUTION: 'Prosecution',
  PARENTING_ORDER: 'ParentingOrder',
  SCHOOL_ATTENDANCE_ORDER: 'SchoolAttendanceOrder',
};

// domain §5 (who may issue): school staff issue as their headteacher or a deputy or assistant head the head authorises; the LA's staff as its authorised officers
const ISSUER_ROLES: Partial<Record<Scope['role'], readonly PenaltyNoticeIssuerRole[]>> = {
  SCHOOL_STAFF: ['HEADTEACHER', 'DEPUTY_OR_ASSISTANT_HEAD'],
  LA_OFFICER: ['LA_OFFICER'],
  LA_ADMIN: ['LA_OFFICER'],
};

function requireIssuerFor(scope: Scope, role: PenaltyNoticeIssuerRole): void {
  const allowed = ISSUER_ROLES[scope.role];
  if (allowed && !allowed.includes(role)) {
    throw new Refusal('ISSUER_NOT_AUTHORISED', `A notice you record is issued by ${allowed.map((r) => r.toLowerCase().replace(/_/g, ' ')).join(' or ')}; choose that issuer.`, {
      field: 'issuer.role',
      allowed,
    });
  }
}

async function writeDocument(tx: EntityManager, intervention: InterventionRecord, doc: InterventionDocumentDraft): Promise<string> {
  const rows = (await tx.query(
    `INSERT INTO intervention_document (la_code, intervention_id, kind, title, content) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
    [intervention.laCode, intervention.id, doc.kind, doc.title, doc.content],
  )) as { id: string }[];
  return rows[0].id;
}

async function namesFor(tx: EntityManager, intervention: InterventionRecord, parentId: string): Promise<{ child: string; parent: string; la: string }> {
  const rows = (await tx.query(
    `SELECT (SELECT forename || ' ' || surname FROM pupil WHERE la_code = $1 AND id = $2) AS child,
            (SELECT forename || ' ' || surname FROM parent WHERE la_code = $1 AND id = $3) AS parent,
            (SELECT name FROM local_authority WHERE la_code = $1) AS la`,
    [intervention.laCode, intervention.pupilId, parentId],
  )) as { child: string | null; parent: string | null; la: string | null }[];
  return { child: rows[0].child ?? 'the child', parent: rows[0].parent ?? 'the parent', la: rows[0].la ?? `LA ${intervention.laCode}` };
}

/** Runs a calendar-based rule, turning "the calendar does not reach that far" into a refusal the school can act on. */
function withCalendar<T>(urn: number, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof RangeError) throw new Refusal('SCHOOL_CALENDAR_INCOMPLETE', `School ${urn}'s term dates do not reach far enough: ${e.message}.`, { urn });
    throw e;
  }
}

/**
 * The legal interventions (domain §5–§9): Notices to Improve, penalty notices, attendance contracts, Education
 * Supervision Orders, prosecutions, parenting orders and School Attendance Orders. Every change is decided by the
 * rules library's state machine for the kind, stored as `intervention.state` and `details` (the rules' record), and
 * recorded as an `intervention_event`; each write is one transaction.
 */
export class InterventionService {
  constructor(private readonly dataSource: DataSource) {}

  // domain §5; Nottinghamshire, Norfolk, Manchester codes: a Notice to Improve once the threshold is met and support has not worked
  async issueNoticeToImprove(scope: Scope, input: NoticeToImproveIssueInput): Promise<InterventionOf<'NOTICE_TO_IMPROVE'>> {
    const { laCode, pupilId, parentId, urn } = input;
    const issuedOn = requireDate(input.issuedOn, 'issuedOn');
    const periodStartsOn = requireDate(input.periodStartsOn ?? issuedOn, 'periodStartsOn');
    mayStart(scope, laCode, urn, 'NOTICE_TO_IMPROVE');
    return inTransaction(this.dataSource, scope, async (tx) => {
      await pupilFacts(tx, laCode, pupilId);
      await schoolFacts(tx, laCode, urn);
      await requireOnRoll(tx, laCode, pupilId, urn, issuedOn);
      await requireParent(tx, laCode, pupilId, parentId);
      const pnSettings = await laSettings(tx, laCode, 'PENALTY_NOTICE', issuedOn, DEFAULT_PENALTY_NOTICE_SETTINGS);
      const settings = await laSettings(tx, laCode, 'NOTICE_TO_IMPROVE', issuedOn, DEFAULT_NOTICE_TO_IMPROVE_SETTINGS);
      const { threshold } = await penaltyNoticeThresholdFor(tx, laCode, pupilId, issuedOn, pnSettings);
      const calendar = await loadSchoolCalendar(tx, urn);
      const result = withCalendar(urn, () =>
        issueNoticeToImprove({
          id: '',
          parentId,
          childId: pupilId,
          issuedOn,
          periodStartsOn,
          calendar,
          thresholdMet: threshold.met,
          support: input.support,
          contents: input.contents ?? NOTICE_TO_IMPROVE_CONTENTS.map((c) => c.item),
          settings,
        }),
      );
      if (!result.allowed) {
        throw refusalFor(result.reason, { ...result.detail, sessionCount: threshold.sessionCount, thresholdSessions: threshold.thresholdSessions });
      }
      const { id: _id, ...notice } = result.next;
      const details: NoticeToImproveDetails = { ...notice, support: input.support };
      const id = await insertIntervention(tx, {
        laCode,
        pupilId,
        urn,
        kind: 'NOTICE_TO_IMPROVE',
        state: 'IN_PROGRESS',
        details,
        openedOn: issuedOn,
        parentIds: [parentId],
        createdBy: scope.actor.label,
        event: { action: 'ISSUE', fromState: null, occurredOn: issuedOn, data: { period: notice.period, ...result.detail } },
      });
      return this.created(tx, scope, await this.reload<'NOTICE_TO_IMPROVE'>(tx, laCode, id));
    });
  }

  // domain §5; EA 1996 s444A, SI 2007/1867 as amended by SI 2024/210: a penalty notice, if eligible and within the 2-in-3-years limit
  async issuePenaltyNotice(scope: Scope, input: IssuePenaltyNoticeInput): Promise<InterventionOf<'PENALTY_NOTICE'>> {
    const { laCode, pupilId, parentId, urn } = input;
    const issuedOn = requireDate(input.issuedOn, 'issuedOn');
    const offenceDate = requireDate(input.offenceLastDate, 'offenceLastDate');
    if (input.offenceFirstDate !== undefined) requireDate(input.offenceFirstDate, 'offenceFirstDate');
    if (offenceDate > issuedOn) {
      throw new Refusal('OFFENCE_AFTER_ISSUE', 'A notice can only cover absence before the day it is issued.', { field: 'offenceLastDate' });
    }
    if (input.served !== 'POST' && input.served !== 'HAND') throw new Refusal('INVALID_INPUT', 'Say whether the notice was posted or handed over.', { field: 'served' });
    mayStart(scope, laCode, urn, 'PENALTY_NOTICE');
    requireIssuerFor(scope, input.issuer.role);
    return inTransaction(this.dataSource, scope, async (tx) => {
      const pupil = await pupilFacts(tx, laCode, pupilId);
      const school = await schoolFacts(tx, laCode, urn);
      await requireOnRoll(tx, laCode, pupilId, urn, offenceDate);
      await requireParent(tx, laCode, pupilId, parentId);
      const settings = await laSettings(tx, laCode, 'PENALTY_NOTICE', issuedOn, DEFAULT_PENALTY_NOTICE_SETTINGS);
      const { threshold } = await penaltyNoticeThresholdFor(tx, laCode, pupilId, offenceDate, settings);
      const offencePeriod = { from: input.offenceFirstDate ?? threshold.sessions[0]?.date ?? offenceDate, to: offenceDate };

      const earlier = await readInterventions(tx, laCode, `i.kind = 'PENALTY_NOTICE' AND i.pupil_id = $2 AND ${PARENT_IN}`, [pupilId, parentId]);
      const previousNotices: PenaltyNoticeHistoryItem[] = earlier.map((n) => ({
        id: n.id,
        state: n.state as PenaltyNotice['state'],
        ...((n.details as PenaltyNoticeDetails).issuedOn ? { issuedOn: (n.details as PenaltyNoticeDetails).issuedOn } : {}),
      }));
      const noticeToImprove = input.noticeToImproveSkipped
        ? undefined
        : await this.noticeToImproveFor(tx, input, previousNotices.filter((n) => penaltyNoticeCountsTowardsLimit(n, settings)));

      const eligibilityInput: PenaltyNoticeEligibilityInput = {
        proposedIssueDate: issuedOn,
        child: { dateOfBirth: pupil.dateOfBirth },
        offencePeriod,
        thresholdMet: threshold.met,
        schoolType: school.interventionSchoolType,
        schoolLa: school.laCode,
        codeOfConductLa: laCode,
        issuer: input.issuer,
        support: input.support,
        likelyToChangeParentalBehaviour: input.likelyToChangeParentalBehaviour,
        ...(noticeToImprove ? { noticeToImprove: noticeToImprove.decision } : {}),
        ...(input.noticeToImproveSkipped ? { noticeToImproveSkipped: input.noticeToImproveSkipped } : {}),
        previousNotices,
        settings,
      };
      const eligibility = penaltyNoticeEligibility(eligibilityInput);
      if (!eligibility.allowed) {
        throw refusalFor(eligibility.reason, {
          ...eligibility.detail,
          sessionCount: threshold.sessionCount,
          thresholdSessions: threshold.thresholdSessions,
        });
      }
      const service = input.served === 'HAND' ? ({ method: 'HAND', servedOn: issuedOn } as const) : ({ method: 'POST', postedOn: issuedOn } as const);
      const draft: PenaltyNotice = { id: '', parentId, childId: pupilId, state: 'DRAFT', offenceDate };
      const issued = penaltyNoticeTransition(draft, { type: 'ISSUE', on: issuedOn, receivedOn: penaltyNoticeReceivedOn(service, undefined, settings), eligibility });
      if (!issued.allowed) throw refusalFor(issued.reason, issued.detail);
      const { id: _id, ...notice } = issued.next;
      const details: PenaltyNoticeDetails = {
        ...notice,
        service,
        offencePeriod,
        issuer: input.issuer,
        support: input.support,
        threshold: {
          sessionCount: threshold.sessionCount,
          ...(threshold.firstWeek ? { firstWeek: threshold.firstWeek } : {}),
          ...(threshold.lastWeek ? { lastWeek: threshold.lastWeek } : {}),
        },
        ...(noticeToImprove ? { noticeToImproveId: noticeToImprove.id } : {}),
        ...(input.noticeToImproveSkipped ? { noticeToImproveSkipped: input.noticeToImproveSkipped } : {}),
      };
      const id = await insertIntervention(tx, {
        laCode,
        pupilId,
        urn,
        kind: 'PENALTY_NOTICE',
        state: notice.state,
        details,
        openedOn: issuedOn,
        parentIds: [parentId],
        createdBy: scope.actor.label,
        event: { action: 'ISSUE', fromState: 'DRAFT', occurredOn: issuedOn, data: { noticeNumber: eligibility.detail?.noticeNumber, terms: notice.terms } },
      });
      return this.created(tx, scope, await this.reload<'PENALTY_NOTICE'>(tx, laCode, id));
    });
  }

  /** The Notice to Improve a penalty notice follows, with its outcome and the early-issue grounds as at the issue date. */
  private async noticeToImproveFor(
    tx: EntityManager,
    input: IssuePenaltyNoticeInput,
    countingNotices: readonly PenaltyNoticeHistoryItem[],
  ): Promise<{ id: string; decision: NonNullable<PenaltyNoticeEligibilityInput['noticeToImprove']> } | undefined> {
    const { laCode, pupilId, parentId, issuedOn } = input;
    const notices = (await readInterventions(tx, laCode, `i.kind = 'NOTICE_TO_IMPROVE' AND i.pupil_id = $2 AND ${PARENT_IN}`, [pupilId, parentId])) as InterventionOf<'NOTICE_TO_IMPROVE'>[];
    const lastNotice = countingNotices.reduce<LocalDate>((last, n) => (n.issuedOn && n.issuedOn > last ? n.issuedOn : last), '0000-01-01');
    const chosen = input.noticeToImproveId
      ? notices.find((n) => n.id === input.noticeToImproveId)
      : notices.filter((n) => n.details.issuedOn <= issuedOn && n.details.issuedOn > lastNotice).pop();
    if (input.noticeToImproveId && !chosen) {
      throw new Refusal('UNKNOWN_INTERVENTION', `There is no Notice to Improve ${input.noticeToImproveId} to this parent for this child.`, {
        noticeToImproveId: input.noticeToImproveId,
      });
    }
    if (!chosen) return undefined;
    const { period } = chosen.details;
    const settings: NoticeToImproveSettings = await laSettings(tx, laCode, 'NOTICE_TO_IMPROVE', chosen.details.issuedOn, DEFAULT_NOTICE_TO_IMPROVE_SETTINGS);
    const marks = await marksForPupil(tx, laCode, pupilId, period.startsOn, issuedOn);
    const outcome = chosen.state === 'IN_PROGRESS' ? noticeToImproveOutcome({ period, marks, asAt: issuedOn, settings }).status : chosen.state;
    const early = noticeToImproveEarlyPenaltyNotice({ period, marks, proposedOn: issuedOn, settings });
    return { id: chosen.id, decision: { periodEndsOn: period.endsOn, outcome, earlyIssueGroundsMet: early.allowed } };
  }

  async recordPenaltyNoticePayment(scope: Scope, input: PenaltyNoticePaymentInput): Promise<InterventionOf<'PENALTY_NOTICE'>> {
    const data = { amountPence: input.amountPence, ...(input.reference ? { reference: input.reference } : {}) };
    return this.applyKindTransition(scope, 'PENALTY_NOTICE', { ...input, occurredOn: input.paidOn, action: 'RECORD_PAYMENT', data });
  }

  async withdrawPenaltyNotice(scope: Scope, input: WithdrawPenaltyNoticeInput): Promise<InterventionOf<'PENALTY_NOTICE'>> {
    return this.applyKindTransition(scope, 'PENALTY_NOTICE', { ...input, occurredOn: input.withdrawnOn, action: 'WITHDRAW', data: { ground: input.ground } });
  }

  // domain §5; SI 2007/1867 reg 9: after the payment period the LA prosecutes the original offence or withdraws the notice
  async penaltyNoticeNonPayment(
    scope: Scope,
    input: PenaltyNoticeNonPaymentInput,
  ): Promise<{ readonly penaltyNotice: InterventionOf<'PENALTY_NOTICE'>; readonly prosecution?: InterventionOf<'PROSECUTION'> }> {
    const { laCode, interventionId } = input;
    const decidedOn = requireDate(input.decidedOn, 'decidedOn');
    if (input.decision !== 'PROSECUTE' && input.decision !== 'WITHDRAW') {
      throw new Refusal('INVALID_INPUT', 'Decide whether to prosecute or to withdraw the notice.', { field: 'decision' });
    }
    return inTransaction(this.dataSource, scope, async (tx) => {
      let notice = this.ofKind(await lockIntervention(tx, laCode, interventionId), 'PENALTY_NOTICE');
      mayTakeStep(scope, laCode, notice.urn, input.decision === 'PROSECUTE' ? 'PROSECUTION' : 'PENALTY_NOTICE');
      const decision = penaltyNoticeNonPayment({ ...notice.details, state: notice.state }, decidedOn);
      if (!decision.allowed) throw refusalFor(decision.reason, decision.detail);
      if (notice.state === 'ISSUED') notice = await this.step(tx, scope, notice, 'RECORD_NON_PAYMENT', decidedOn, {});
      if (input.decision === 'WITHDRAW') {
        return { penaltyNotice: await this.step(tx, scope, notice, 'WITHDRAW', decidedOn, { ground: 'DECIDED_NOT_TO_PROSECUTE' }) };
      }
      const penaltyNotice = await this.step(tx, scope, notice, 'REFER_FOR_PROSECUTION', decidedOn, {});
      const prosecution = await this.openProsecution(tx, scope, {
        laCode,
        pupilId: notice.pupilId,
        parentId: notice.details.parentId,
        ...(notice.urn === null ? {} : { urn: notice.urn }),
        offence: input.offence ?? 'S444_1',
        offenceDate: notice.details.offenceDate,
        openedOn: decidedOn,
        penaltyNoticeId: notice.id,
      });
      return { penaltyNotice, prosecution };
    });
  }

  // domain §6; ASBA 2003 s19: a contract proposed by the school or LA (never at an independent or non-maintained special school)
  async proposeAttendanceContract(scope: Scope, input: AttendanceContractProposalInput): Promise<InterventionOf<'ATTENDANCE_CONTRACT'>> {
    const { laCode, pupilId, urn } = input;
    const proposedOn = requireDate(input.proposedOn, 'proposedOn');
    mayStart(scope, laCode, urn, 'ATTENDANCE_CONTRACT');
    return inTransaction(this.dataSource, scope, async (tx) => {
      await pupilFacts(tx, laCode, pupilId);
      const school = await schoolFacts(tx, laCode, urn);
      for (const parentId of input.parentIds ?? []) await requireParent(tx, laCode, pupilId, parentId);
      const result = proposeAttendanceContract({
        id: '',
        childId: pupilId,
        parentIds: input.parentIds ?? [],
        party: input.party,
        schoolType: school.interventionSchoolType,
        proposedOn,
        requirements: input.requirements ?? [],
        supportStatement: input.supportStatement ?? '',
      });
      if (!result.allowed) throw refusalFor(result.reason, result.detail);
      const { id: _id, ...contract } = result.next;
      const id = await insertIntervention(tx, {
        laCode,
        pupilId,
        urn,
        kind: 'ATTENDANCE_CONTRACT',
        state: contract.state,
        details: contract,
        openedOn: proposedOn,
        parentIds: contract.parentIds,
        createdBy: scope.actor.label,
        event: { action: 'PROPOSE', fromState: null, occurredOn: proposedOn },
      });
      return this.created(tx, scope, await this.reload<'ATTENDANCE_CONTRACT'>(tx, laCode, id));
    });
  }

  // domain §7; EA 1996 s447(1): the LA's consideration of an ESO, which it must give before prosecuting
  async considerEducationSupervisionOrder(
    scope: Scope,
    input: ConsiderEducationSupervisionOrderInput,
  ): Promise<InterventionOf<'EDUCATION_SUPERVISION_ORDER'>> {
    const { laCode, pupilId } = input;
    const consideredOn = requireDate(input.consideredOn, 'consideredOn');
    mayStart(scope, laCode, input.urn, 'EDUCATION_SUPERVISION_ORDER');
    return inTransaction(this.dataSource, scope, async (tx) => {
      const pupil = await pupilFacts(tx, laCode, pupilId);
      if (input.urn !== undefined) await schoolFacts(tx, laCode, input.urn);
      for (const parentId of input.parentIds ?? []) await requireParent(tx, laCode, pupilId, parentId);
      const details = { childId: pupilId, state: 'CONSIDERING' as const, consideredOn, compulsorySchoolAgeEndsOn: compulsorySchoolAgeEnd(pupil.dateOfBirth), extensions: [] };
      const id = await insertIntervention(tx, {
        laCode,
        pupilId,
        urn: input.urn ?? null,
        kind: 'EDUCATION_SUPERVISION_ORDER',
        state: details.state,
        details,
        openedOn: consideredOn,
        parentIds: input.parentIds ?? [],
        createdBy: scope.actor.label,
        event: { action: 'CONSIDER', fromState: null, occurredOn: consideredOn },
      });
      return this.created(tx, scope, await this.reload<'EDUCATION_SUPERVISION_ORDER'>(tx, laCode, id));
    });
  }

  // domain §8; EA 1996 ss443–446: a prosecution of one parent for one child, prepared before the information is laid
  async prepareProsecution(scope: Scope, input: PrepareProsecutionInput): Promise<InterventionOf<'PROSECUTION'>> {
    mayStart(scope, input.laCode, input.urn, 'PROSECUTION');
    return inTransaction(this.dataSource, scope, (tx) => this.openProsecution(tx, scope, input));
  }

  private async openProsecution(tx: EntityManager, scope: Scope, input: PrepareProsecutionInput): Promise<InterventionOf<'PROSECUTION'>> {
    const { laCode, pupilId, parentId } = input;
    const offenceDate = requireDate(input.offenceDate, 'offenceDate');
    const openedOn = requireDate(input.openedOn, 'openedOn');
    if (!Object.prototype.hasOwnProperty.call(SCHOOL_ATTENDANCE_OFFENCES, input.offence)) {
      throw new Refusal('UNKNOWN_OFFENCE', `"${input.offence}" is not a school attendance offence.`, { field: 'offence' });
    }
    await pupilFacts(tx, laCode, pupilId);
    if (input.urn !== undefined) await schoolFacts(tx, laCode, input.urn);
    await requireParent(tx, laCode, pupilId, parentId);
    const details = {
      parentId,
      childId: pupilId,
      offence: input.offence,
      state: 'PREPARING' as const,
      offenceDate,
      ...(input.penaltyNoticeId ? { penaltyNoticeId: input.penaltyNoticeId } : {}),
    };
    const id = await insertIntervention(tx, {
      laCode,
      pupilId,
      urn: input.urn ?? null,
      kind: 'PROSECUTION',
      state: details.state,
      details,
      openedOn,
      parentIds: [parentId],
      createdBy: scope.actor.label,
      event: { action: 'PREPARE', fromState: null, occurredOn: openedOn, data: { offence: input.offence, offenceDate } },
    });
    return this.created(tx, scope, await this.reload<'PROSECUTION'>(tx, laCode, id));
  }

  // domain §8; Crime and Disorder Act 1998 s8: a parenting order is available on a parent's conviction
  async proposeParentingOrder(scope: Scope, input: ProposeParentingOrderInput): Promise<InterventionOf<'PARENTING_ORDER'>> {
    const { laCode } = input;
    const proposedOn = requireDate(input.proposedOn, 'proposedOn');
    return inTransaction(this.dataSource, scope, async (tx) => {
      const prosecution = this.ofKind(await lockIntervention(tx, laCode, input.prosecutionId), 'PROSECUTION');
      mayStart(scope, laCode, prosecution.urn, 'PARENTING_ORDER');
      if (prosecution.state !== 'CONVICTED') {
        throw new Refusal('NOT_CONVICTED', 'A parenting order can only be proposed once the parent has been convicted.', { prosecutionState: prosecution.state });
      }
      const details = {
        parentId: prosecution.details.parentId,
        childId: prosecution.pupilId,
        state: 'PROPOSED' as const,
        conviction: prosecution.details.offence,
        breaches: [],
        prosecutionId: prosecution.id,
      };
      const id = await insertIntervention(tx, {
        laCode,
        pupilId: prosecution.pupilId,
        urn: prosecution.urn,
        kind: 'PARENTING_ORDER',
        state: details.state,
        details,
        openedOn: proposedOn,
        parentIds: [details.parentId],
        createdBy: scope.actor.label,
        event: { action: 'PROPOSE', fromState: null, occurredOn: proposedOn, data: { prosecutionId: prosecution.id } },
      });
      return this.created(tx, scope, await this.reload<'PARENTING_ORDER'>(tx, laCode, id));
    });
  }

  // domain §9; EA 1996 s437: the LA considering whether a child in its area is receiving suitable education
  async considerSchoolAttendanceOrder(scope: Scope, input: ConsiderSchoolAttendanceOrderInput): Promise<InterventionOf<'SCHOOL_ATTENDANCE_ORDER'>> {
    const { laCode, pupilId, parentId } = input;
    const consideredOn = requireDate(input.consideredOn, 'consideredOn');
    mayStart(scope, laCode, undefined, 'SCHOOL_ATTENDANCE_ORDER');
    return inTransaction(this.dataSource, scope, async (tx) => {
      const pupil = await pupilFacts(tx, laCode, pupilId);
      await requireParent(tx, laCode, pupilId, parentId);
      const details = {
        childId: pupilId,
        parentId,
        state: 'CONSIDERING' as const,
        la: laCode,
        compulsorySchoolAgeEndsOn: compulsorySchoolAgeEnd(pupil.dateOfBirth),
        ...(input.ehcPlanSchool ? { ehcPlanSchool: requireText(input.ehcPlanSchool, 'the school named in the EHC plan') } : {}),
        amendments: [],
      };
      const id = await insertIntervention(tx, {
        laCode,
        pupilId,
        urn: null,
        kind: 'SCHOOL_ATTENDANCE_ORDER',
        state: details.state,
        details,
        openedOn: consideredOn,
        parentIds: [parentId],
        createdBy: scope.actor.label,
        event: { action: 'CONSIDER', fromState: null, occurredOn: consideredOn },
      });
      return this.created(tx, scope, await this.reload<'SCHOOL_ATTENDANCE_ORDER'>(tx, laCode, id));
    });
  }

  /**
   * Takes one step in an intervention's life (`action` is the rules library's event type for the kind), decided by
   * that kind's state machine; facts Rollcall holds (whether the child is in care, earlier notices, an ESO being
   * considered…) are looked up rather than taken from `data`. Refusals carry the rule's reason as their code.
   */
  async applyTransition(scope: Scope, input: ApplyTransitionInput): Promise<InterventionRecord> {
    const occurredOn = requireDate(input.occurredOn, 'occurredOn');
    return inTransaction(this.dataSource, scope, async (tx) => {
      const intervention = await lockIntervention(tx, input.laCode, input.interventionId);
      mayTakeStep(scope, input.laCode, intervention.urn, intervention.kind);
      return this.step(tx, scope, intervention, input.action, occurredOn, input.data);
    });
  }

  /** Audits a new intervention and, for a notice to a parent, writes the notice and tells the parent (same transaction). */
  private async created<R extends InterventionRecord>(tx: EntityManager, scope: Scope, intervention: R): Promise<R> {
    await auditChange(tx, scope, 'CREATE', intervention);
    const current: InterventionRecord = intervention;
    if (current.kind === 'NOTICE_TO_IMPROVE') {
      const names = await namesFor(tx, current, current.details.parentId);
      await this.announce(tx, current, current.details.parentId, 'NOTICE_TO_IMPROVE_ISSUED', noticeToImproveDocument(current, names.child, names.parent));
    } else if (current.kind === 'PENALTY_NOTICE') {
      const names = await namesFor(tx, current, current.details.parentId);
      await this.announce(tx, current, current.details.parentId, 'PENALTY_NOTICE_ISSUED', penaltyNoticeDocument(current, names.child, names.parent, names.la));
    }
    return intervention;
  }

  /** Audits a step; a withdrawn penalty notice gets its written notice of withdrawal (SI 2007/1867 reg 8). */
  private async changed(tx: EntityManager, scope: Scope, intervention: InterventionRecord, action: string): Promise<void> {
    await auditChange(tx, scope, 'UPDATE', intervention);
    if (intervention.kind === 'PENALTY_NOTICE' && action === 'WITHDRAW') {
      const names = await namesFor(tx, intervention, intervention.details.parentId);
      await this.announce(tx, intervention, intervention.details.parentId, 'PENALTY_NOTICE_WITHDRAWN', penaltyNoticeWithdrawalDocument(intervention, names.child, names.parent));
    }
  }

  private async announce(tx: EntityManager, intervention: InterventionRecord, parentId: string, kind: string, doc: InterventionDocumentDraft): Promise<void> {
    await writeDocument(tx, intervention, doc);
    await enqueueNotification(tx, {
      laCode: intervention.laCode,
      kind,
      to: [{ parent: parentId }, ...(intervention.urn === null ? [] : [{ school: intervention.urn }])],
      title: doc.title,
      entity: ENTITY[intervention.kind],
      entityId: intervention.id,
      pupilId: intervention.pupilId,
    });
  }

  /** Every intervention for the pupil, oldest first, with parents, events and payments. */
  async interventionsForPupil(tx: EntityManager, laCode: string, pupilId: string): Promise<InterventionRecord[]> {
    if (!/^\d{1,19}$/.test(pupilId)) return [];
    return readInterventions(tx, laCode, 'i.pupil_id = $2', [pupilId]);
  }

  async interventionById(tx: EntityManager, laCode: string, id: string): Promise<InterventionRecord | undefined> {
    if (!/^\d{1,19}$/.test(id)) return undefined;
    const [found] = await readInterventions(tx, laCode, 'i.id = $2', [id]);
    return found;
  }

  /** Takes a step on an intervention that must be of `kind` (refused otherwise). */
  async applyKindTransition<K extends InterventionKind>(
    scope: Scope,
    kind: K,
    input: { readonly laCode: string; readonly interventionId: string; readonly occurredOn: LocalDate } & InterventionStep,
  ): Promise<InterventionOf<K>> {
    const occurredOn = requireDate(input.occurredOn, 'occurredOn');
    return inTransaction(this.dataSource, scope, async (tx) => {
      const intervention = this.ofKind(await lockIntervention(tx, input.laCode, input.interventionId), kind);
      mayTakeStep(scope, input.laCode, intervention.urn, kind);
      return this.step(tx, scope, intervention, input.action, occurredOn, input.data);
    });
  }

  private ofKind<K extends InterventionKind>(intervention: InterventionRecord, kind: K): InterventionOf<K> {
    if (intervention.kind !== kind) {
      throw new Refusal('WRONG_KIND_OF_INTERVENTION', `Intervention ${intervention.id} is a ${intervention.kind}, not a ${kind}.`, {
        interventionId: intervention.id,
        kind: intervention.kind,
      });
    }
    return intervention as InterventionOf<K>;
  }

  private async step<R extends InterventionRecord>(
    tx: EntityManager,
    scope: Scope,
    intervention: R,
    action: string,
    occurredOn: LocalDate,
    data: unknown,
  ): Promise<R> {
    if (!actionsOfKind(intervention.kind).includes(action)) {
      throw new Refusal('UNKNOWN_ACTION', `"${action}" is not a step of a ${intervention.kind}; it accepts ${actionsOfKind(intervention.kind).join(', ')}.`, {
        action,
        kind: intervention.kind,
      });
    }
    const checked = checkStepData(intervention.kind, action, data);
    const base = { tx, scope, action, occurredOn, data: checked };
    const current: InterventionRecord = intervention;
    let outcome: StepOutcome;
    switch (current.kind) {
      case 'NOTICE_TO_IMPROVE':
        outcome = await noticeToImproveStep({ ...base, intervention: current });
        break;
      case 'PENALTY_NOTICE':
        outcome = await penaltyNoticeStep({ ...base, intervention: current });
        break;
      case 'ATTENDANCE_CONTRACT':
        outcome = await attendanceContractStep({ ...base, intervention: current });
        break;
      case 'EDUCATION_SUPERVISION_ORDER':
        outcome = await educationSupervisionOrderStep({ ...base, intervention: current });
        break;
      case 'PROSECUTION':
        outcome = await prosecutionStep({ ...base, intervention: current });
        break;
      case 'PARENTING_ORDER':
        outcome = await parentingOrderStep({ ...base, intervention: current });
        break;
      case 'SCHOOL_ATTENDANCE_ORDER':
        outcome = await schoolAttendanceOrderStep({ ...base, intervention: current });
        break;
    }
    const { laCode, id, kind } = intervention;
    await saveInterventionChange(tx, laCode, id, {
      state: outcome.state,
      details: outcome.details,
      closedOn: closes(kind, outcome.state) ? occurredOn : null,
      event: {
        action,
        fromState: intervention.state,
        toState: outcome.state,
        occurredOn,
        ...(outcome.reason ? { reason: outcome.reason } : {}),
        data: { ...checked, ...(outcome.detail === undefined ? {} : { detail: outcome.detail }) },
        recordedBy: scope.actor.label,
      },
    });
    if (outcome.payment) await insertPayment(tx, laCode, id, outcome.payment);
    const after = (await this.reload(tx, laCode, id)) as R;
    await this.changed(tx, scope, after, action);
    return after;
  }

  private async reload<K extends InterventionKind>(tx: EntityManager, laCode: string, id: string): Promise<InterventionOf<K>> {
    const [found] = await readInterventions(tx, laCode, 'i.id = $2', [id]);
    return found as InterventionOf<K>;
  }
}

/** Every change to an intervention is audited in its own transaction. */
async function auditChange(tx: EntityManager, scope: Scope, action: AuditEntry['action'], i: InterventionRecord): Promise<void> {
  await writeAudit(tx, scope, [{ laCode: i.laCode, action, entity: ENTITY[i.kind], entityId: i.id, pupilId: i.pupilId }]);
}

// domain §5, §8: an intervention is closed once the rules allow no further step, and a penalty notice once it is paid (payment bars proceedings for the offence)
function closes(kind: InterventionKind, state: string): boolean {
  if (kind === 'PENALTY_NOTICE' && (state === 'PAID_REDUCED' || state === 'PAID_FULL')) return true;
  return allowedNextSteps({ kind, state } as Pick<InterventionRecord, 'kind' | 'state'>).length === 0;
}
