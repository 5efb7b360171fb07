import { Refusal, Scope, inTransaction } from '@rollcall/api-core';
import { InterventionService } from '@rollcall/api-interventions';
import { TargetingSupportMeetingService } from '@rollcall/api-meetings';
import { ParentRequestService } from '@rollcall/api-parent-requests';
import { SupportPlanService } from '@rollcall/api-plans';
import { StatutoryReturnService } from '@rollcall/api-returns';
import { LocalDate, addDays, minDate, requiredProsecutionEvidence } from '@rollcall/rules';
import { DataSource } from 'typeorm';
import { DemoData } from '../generate/generate-demo';
import { Casework, InterventionIntent, MeetingIntent, PlanIntent, ReturnIntent } from '../generate/generate-casework';
import { DemoPupil } from '../generate/demo-types';
import { LoadedEnrolments, enrolmentKey } from './load-roster';

export interface LoadedCasework {
  /** Records written, by kind ("plans", "penalty notices"…). */
  readonly written: Readonly<Record<string, number>>;
  /** Steps the services refused (each a typed refusal), by code: the demo carries on without them. */
  readonly refused: Readonly<Record<string, number>>;
}

/** Service calls at once: enough to keep PostgreSQL busy on two cores and share its commits. */
const CONCURRENT_CALLS = 6;

async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_CALLS, items.length) }, worker));
}

/** Looks up the database ids the roster gave each pupil and parent. */
class Ids {
  private readonly parents = new Map<string, string>();

  constructor(
    private readonly demo: DemoData,
    private readonly loaded: LoadedEnrolments,
  ) {}

  async readParents(dataSource: DataSource, scopeFor: (laCode: string) => Scope): Promise<void> {
    for (const la of this.demo.localAuthorities) {
      const rows = (await inTransaction(dataSource, scopeFor(la.laCode), (tx) =>
        tx.query(
          `SELECT pp.pupil_id::text AS pupil_id, p.id::text AS id, p.forename, p.surname
             FROM pupil_parent pp JOIN parent p ON p.la_code = pp.la_code AND p.id = pp.parent_id
            WHERE pp.la_code = $1`,
          [la.laCode],
        ),
      )) as { pupil_id: string; id: string; forename: string; surname: string }[];
      for (const r of rows) this.parents.set(`${la.laCode}:${r.pupil_id}:${r.forename}\u0000${r.surname}`, r.id);
    }
  }

  pupil(pupil: DemoPupil, urn: number = pupil.enrolments[0].urn): string {
    const ids = this.loaded.get(enrolmentKey(pupil.upn, urn));
    if (!ids) throw new Error(`Pupil ${pupil.upn} was not loaded at ${urn}`);
    return ids.pupilId;
  }

  parent(pupil: DemoPupil, parentKey: string): string {
    const parent = this.demo.households.find((h) => h.key === pupil.householdKey)?.parents.find((p) => p.key === parentKey);
    const id = parent && this.parents.get(`${pupil.laCode}:${this.pupil(pupil)}:${parent.forename}\u0000${parent.surname}`);
    if (!id) throw new Error(`Parent ${parentKey} of pupil ${pupil.upn} was not loaded`);
    return id;
  }
}

// domain §17.1–§17.2, §3, §5–§9, §13: the casework, written through the services that own each kind of record
export async function loadCasework(
  dataSource: DataSource,
  scopeFor: (laCode: string) => Scope,
  demo: DemoData,
  loaded: LoadedEnrolments,
  casework: Casework,
  log: (message: string) => void,
): Promise<LoadedCasework> {
  const written: Record<string, number> = {};
  const refused: Record<string, number> = {};
  const tally = (kind: string) => (written[kind] = (written[kind] ?? 0) + 1);
  const attempt = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refused[error.code] = (refused[error.code] ?? 0) + 1;
    }
  };
  const ids = new Ids(demo, loaded);
  await ids.readParents(dataSource, scopeFor);
  const { today } = demo;
  const scopeOf = (laCode: string) => scopeFor(laCode);

  const plans = new SupportPlanService(dataSource);
  const interventions = new InterventionService(dataSource);
  const meetings = new TargetingSupportMeetingService(dataSource);
  const returns = new StatutoryReturnService(dataSource);
  const requests = new ParentRequestService(dataSource);
  // The kinds of casework are independent, so they share one queue: a slow statutory return (it reads the school's
  // whole register) overlaps with the many small plan and meeting transactions.
  const tasks: (() => Promise<void>)[] = [
    ...casework.returns.map((r) => () => loadReturn(returns, scopeOf(r.laCode), r, today, tally)),
    ...casework.plans.map((plan) => () => loadPlan(plans, scopeOf(plan.laCode), ids, plan, tally)),
    ...casework.interventions.map((intent) => () => loadIntervention(interventions, scopeOf(intent.laCode), ids, intent, today, demo, tally)),
    ...casework.meetings.map((meeting) => () => loadMeeting(meetings, scopeOf(meeting.laCode), ids, meeting, tally)),
    ...casework.deletionReturns.map((d) => async () => {
      const record = await returns.recordDeletionReturn(scopeOf(d.laCode), {
        laCode: d.laCode,
        urn: d.urn,
        pupilId: ids.pupil(d.pupil, d.urn),
        ground: 'HOME_EDUCATION_NOTIFIED_IN_WRITING',
        deletionDate: d.deletionDate,
      });
      await returns.submit(scopeOf(d.laCode), { laCode: d.laCode, returnId: record.id, idempotencyKey: `demo-deletion-${d.pupil.upn}` });
      tally('returns');
    }),
    ...casework.absenceReports.map((r) => async () => {
      const scope = scopeOf(r.laCode);
      const report = await requests.reportAbsence(scope, {
        laCode: r.laCode,
        pupilId: ids.pupil(r.pupil),
        parentId: ids.parent(r.pupil, r.parentKey),
        firstDate: r.firstDate,
        firstSession: r.firstSession,
        lastDate: r.lastDate,
        lastSession: r.lastSession,
        reason: r.reason,
        ...(r.details ? { details: r.details } : {}),
      });
      if (r.review) await requests.reviewAbsenceReport(scope, { laCode: r.laCode, reportId: report.id, status: r.review });
      tally('absence reports');
    }),
    ...casework.leaveRequests.map((r) => async () => {
      const scope = scopeOf(r.laCode);
      const request = await requests.requestLeave(scope, {
        laCode: r.laCode,
        pupilId: ids.pupil(r.pupil),
        parentId: ids.parent(r.pupil, r.parentKey),
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        reason: r.reason,
        requestedOn: r.requestedOn,
      });
      if (r.decision) {
        await requests.decideLeave(scope, {
          laCode: r.laCode,
          requestId: request.id,
          decision: r.decision.status,
          reason: r.decision.reason,
          decidedOn: r.decision.decidedOn,
          ...(r.decision.status === 'GRANTED' ? { code: 'C' as const, exceptionalCircumstances: true } : {}),
        });
      }
      tally('leave requests');
    }),
  ];
  let done = 0;
  await inParallel(tasks, async (task) => {
    await attempt(task);
    done += 1;
    if (done % 250 === 0) log(`Loading casework: ${done}/${tasks.length} records`);
  });
  const n = (kind: string) => written[kind] ?? 0;
  log(
    `Loaded casework: ${n('plans')} support plans, ${n('notices to improve')} Notices to Improve, ${n('penalty notices')} penalty notices, ` +
      `${n('attendance contracts')} attendance contracts, ${n('education supervision orders')} ESO, ${n('prosecutions')} prosecutions, ` +
      `${n('school attendance orders')} SAO, ${n('meetings')} targeting support meetings, ${n('returns')} returns, ` +
      `${n('absence reports')} absence reports, ${n('leave requests')} leave requests`,
  );
  const refusals = Object.entries(refused);
  if (refusals.length > 0) log(`  (steps the rules did not allow on these dates, skipped: ${refusals.map(([c, n]) => `${c} ${n}`).join(', ')})`);
  return { written, refused };
}

async function loadPlan(service: SupportPlanService, scope: Scope, ids: Ids, plan: PlanIntent, tally: (kind: string) => void): Promise<void> {
  const laCode = plan.laCode;
  let record = await service.createPlan(scope, {
    laCode,
    pupilId: ids.pupil(plan.pupil, plan.urn),
    ...(plan.urn !== undefined ? { urn: plan.urn } : {}),
    kind: plan.kind,
    startsOn: plan.startsOn,
    ...(plan.reviewOn ? { reviewOn: plan.reviewOn } : {}),
    ...(plan.endsOn ? { endsOn: plan.endsOn } : {}),
    barriers: plan.barriers,
    ...(plan.childViews ? { childViews: plan.childViews } : {}),
    ...(plan.parentViews ? { parentViews: plan.parentViews } : {}),
    draft: plan.draft,
  });
  tally('plans');
  if (plan.draft) return;
  for (const action of plan.actions) {
    record = await service.addAction(scope, {
      laCode,
      planId: record.id,
      description: action.description,
      owner: action.owner,
      ...(action.dueOn ? { dueOn: action.dueOn } : {}),
    });
    const added = record.actions[record.actions.length - 1];
    if (action.doneOn) await service.completeAction(scope, { laCode, actionId: added.id, doneOn: action.doneOn });
  }
  if (plan.review) {
    await service.recordReview(scope, {
      laCode,
      planId: record.id,
      reviewedOn: plan.review.reviewedOn,
      notes: plan.review.notes,
      outcome: plan.review.outcome,
      ...(plan.review.nextReviewOn ? { nextReviewOn: plan.review.nextReviewOn } : {}),
    });
  } else if (plan.closedOn) {
    await service.closePlan(scope, { laCode, planId: record.id, closedOn: plan.closedOn });
  }
}

async function loadIntervention(
  service: InterventionService,
  scope: Scope,
  ids: Ids,
  intent: InterventionIntent,
  today: LocalDate,
  demo: DemoData,
  tally: (kind: string) => void,
): Promise<void> {
  const laCode = intent.laCode;
  const pupilId = ids.pupil(intent.pupil, intent.urn);
  const school = demo.schools.find((s) => s.urn === intent.urn);
  const officer = school?.namedLaOfficer ?? 'Northmoor School Attendance Support Team';
  switch (intent.kind) {
    case 'NOTICE_TO_IMPROVE': {
      const parentId = ids.parent(intent.pupil, intent.parentKey);
      const notice = await service.issueNoticeToImprove(scope, {
        laCode,
        pupilId,
        parentId,
        urn: intent.urn,
        issuedOn: intent.issuedOn,
        support: 'SUPPORT_NOT_ENGAGED_WITH',
      });
      tally('notices to improve');
      const ended = notice.details.period.endsOn;
      if (ended >= today) return;
      const outcomeOn = minDate(addDays(ended, 1), today);
      const decided = await service.applyTransition(scope, { laCode, interventionId: notice.id, occurredOn: outcomeOn, action: 'RECORD_OUTCOME' });
      if (intent.penaltyNoticeIfNoImprovement && decided.state === 'INSUFFICIENT_IMPROVEMENT') {
        await service.issuePenaltyNotice(scope, {
          laCode,
          pupilId,
          parentId,
          urn: intent.urn,
          issuedOn: outcomeOn,
          offenceLastDate: ended,
          served: 'HAND',
          issuer: { role: 'LA_OFFICER', authorised: true },
          support: 'SUPPORT_NOT_ENGAGED_WITH',
          likelyToChangeParentalBehaviour: true,
          noticeToImproveId: notice.id,
        });
        tally('penalty notices');
      }
      return;
    }
    case 'PENALTY_NOTICE': {
      const notice = await service.issuePenaltyNotice(scope, {
        laCode,
        pupilId,
        parentId: ids.parent(intent.pupil, intent.parentKey),
        urn: intent.urn,
        issuedOn: intent.issuedOn,
        offenceFirstDate: intent.offenceFirstDate,
        offenceLastDate: intent.offenceLastDate,
        served: 'POST',
        issuer: { role: 'HEADTEACHER', authorised: true },
        support: 'SUPPORT_NOT_APPROPRIATE',
        likelyToChangeParentalBehaviour: true,
        noticeToImproveSkipped: { reason: 'SUPPORT_NOT_APPROPRIATE', authorisedOfficer: officer },
      });
      tally('penalty notices');
      const terms = notice.details.terms;
      if (!terms) return;
      const reference = `NM-PN-${notice.id.padStart(5, '0')}`;
      switch (intent.outcome) {
        case 'PAY_REDUCED': {
          const paidOn = minDate(addDays(terms.receivedOn, 9), terms.reducedPayBy ?? terms.payBy);
          if (paidOn <= today) {
            const amountPence = terms.reducedAmountPence ?? terms.fullAmountPence;
            await service.recordPenaltyNoticePayment(scope, { laCode, interventionId: notice.id, paidOn, amountPence, reference });
          }
          return;
        }
        case 'PAY_FULL': {
          const paidOn = minDate(addDays(terms.reducedPayBy ?? terms.receivedOn, 3), terms.payBy);
          if (paidOn <= today) {
            await service.recordPenaltyNoticePayment(scope, { laCode, interventionId: notice.id, paidOn, amountPence: terms.fullAmountPence, reference });
          }
          return;
        }
        case 'WITHDRAW': {
          const withdrawnOn = minDate(addDays(intent.issuedOn, 6), today);
          await service.withdrawPenaltyNotice(scope, { laCode, interventionId: notice.id, withdrawnOn, ground: 'OUGHT_NOT_TO_HAVE_BEEN_ISSUED' });
          return;
        }
        case 'UNPAID_WITHDRAW':
        case 'UNPAID_PROSECUTE': {
          const decidedOn = addDays(terms.payBy, 3);
          if (decidedOn > today) return;
          const result = await service.penaltyNoticeNonPayment(scope, {
            laCode,
            interventionId: notice.id,
            decidedOn,
            decision: intent.outcome === 'UNPAID_PROSECUTE' ? 'PROSECUTE' : 'WITHDRAW',
          });
          if (result.prosecution) tally('prosecutions');
          return;
        }
        case 'AWAIT_PAYMENT':
          return;
      }
      return;
    }
    case 'ATTENDANCE_CONTRACT': {
      const parentIds = intent.parentKeys.map((k) => ids.parent(intent.pupil, k));
      const contract = await service.proposeAttendanceContract(scope, {
        laCode,
        pupilId,
        urn: intent.urn,
        parentIds,
        party: intent.party,
        proposedOn: intent.proposedOn,
        requirements: [
          'Make sure your child arrives at school by 8:40 every day',
          'Ring the school before 9:00 on every day of absence and give the reason',
          'Attend the fortnightly review meeting at school',
        ],
        supportStatement:
          'The school will provide a daily check-in with a key adult and a breakfast club place; the LA attendance officer will visit fortnightly.',
      });
      tally('attendance contracts');
      if (!intent.agreedOn) return;
      await service.applyTransition(scope, {
        laCode,
        interventionId: contract.id,
        occurredOn: intent.agreedOn,
        action: 'AGREE',
        data: { signatures: parentIds.map((parentId) => ({ parentId, agreed: true, tookPart: true })), endsOn: addDays(intent.agreedOn, 84) },
      });
      if (intent.reviewedOn) await service.applyTransition(scope, { laCode, interventionId: contract.id, occurredOn: intent.reviewedOn, action: 'RECORD_REVIEW' });
      if (intent.nonComplianceOn) {
        await service.applyTransition(scope, {
          laCode,
          interventionId: contract.id,
          occurredOn: intent.nonComplianceOn,
          action: 'RECORD_NON_COMPLIANCE',
          data: { note: 'Did not attend the review meeting; attendance has not improved (recorded for court).' },
        });
      }
      return;
    }
    case 'EDUCATION_SUPERVISION_ORDER': {
      const order = await service.considerEducationSupervisionOrder(scope, {
        laCode,
        pupilId,
        urn: intent.urn,
        parentIds: intent.parentKeys.map((k) => ids.parent(intent.pupil, k)),
        consideredOn: intent.consideredOn,
      });
      tally('education supervision orders');
      if (!intent.appliedOn) return;
      await service.applyTransition(scope, {
        laCode,
        interventionId: order.id,
        occurredOn: intent.appliedOn,
        action: 'APPLY',
        data: { childrenServicesConsulted: true, ground: 'NOT_ATTENDING_REGULARLY', bothAgreeSchoolLa: true },
      });
      if (intent.madeOn) await service.applyTransition(scope, { laCode, interventionId: order.id, occurredOn: intent.madeOn, action: 'COURT_MAKES' });
      return;
    }
    case 'PROSECUTION': {
      const parentId = ids.parent(intent.pupil, intent.parentKey);
      const eso = await service.considerEducationSupervisionOrder(scope, { laCode, pupilId, urn: intent.urn, parentIds: [parentId], consideredOn: intent.esoConsideredOn });
      await service.applyTransition(scope, {
        laCode,
        interventionId: eso.id,
        occurredOn: intent.esoConsideredOn,
        action: 'DECIDE_NOT_TO_APPLY',
        data: { reason: 'Support offered through an ESO would not add to the plan the family has not engaged with; prosecution is proportionate.' },
      });
      const prosecution = await service.prepareProsecution(scope, {
        laCode,
        pupilId,
        parentId,
        urn: intent.urn,
        offence: 'S444_1',
        offenceDate: intent.offenceDate,
        openedOn: intent.openedOn,
      });
      tally('prosecutions');
      if (!intent.informationLaidOn) return;
      await service.applyTransition(scope, {
        laCode,
        interventionId: prosecution.id,
        occurredOn: intent.informationLaidOn,
        action: 'LAY_INFORMATION',
        data: { evidence: requiredProsecutionEvidence('S444_1', { penaltyNoticeIssued: false, noticeToImproveIssued: false }) },
      });
      return;
    }
    case 'SCHOOL_ATTENDANCE_ORDER': {
      const order = await service.considerSchoolAttendanceOrder(scope, {
        laCode,
        pupilId,
        parentId: ids.parent(intent.pupil, intent.parentKey),
        consideredOn: intent.consideredOn,
      });
      tally('school attendance orders');
      if (intent.noticeToSatisfyOn) {
        await service.applyTransition(scope, {
          laCode,
          interventionId: order.id,
          occurredOn: intent.noticeToSatisfyOn,
          action: 'SERVE_NOTICE_TO_SATISFY',
          data: { periodDays: 15 },
        });
      }
      return;
    }
  }
}

async function loadMeeting(
  service: TargetingSupportMeetingService,
  scope: Scope,
  ids: Ids,
  meeting: MeetingIntent,
  tally: (kind: string) => void,
): Promise<void> {
  const { laCode } = meeting;
  const scheduled = await service.schedule(scope, {
    laCode,
    urn: meeting.school.urn,
    academicYear: meeting.academicYear,
    term: meeting.term,
    scheduledFor: meeting.scheduledFor,
  });
  tally('meetings');
  if (!meeting.held) return;
  const recorded = await service.recordMeeting(scope, {
    laCode,
    meetingId: scheduled.id,
    heldOn: meeting.scheduledFor,
    attendees: meeting.held.attendees,
    minutes: meeting.held.minutes,
    actions: meeting.held.actions.map((a) => ({
      ...(a.pupil ? { pupilId: ids.pupil(a.pupil, meeting.school.urn) } : {}),
      description: a.description,
      owner: a.owner,
      dueOn: a.dueOn,
    })),
  });
  for (const [i, action] of meeting.held.actions.entries()) {
    if (action.status === 'OPEN') continue;
    await service.completeAction(scope, { laCode, actionId: recorded.actions[i].id, status: action.status });
  }
}

async function loadReturn(service: StatutoryReturnService, scope: Scope, r: ReturnIntent, today: LocalDate, tally: (kind: string) => void): Promise<void> {
  const input = { laCode: r.laCode, urn: r.school.urn, periodStart: r.periodStart, periodEnd: r.periodEnd, today };
  const draft = r.kind === 'ATTENDANCE' ? await service.prepareAttendanceReturn(scope, input) : await service.prepareSicknessReturn(scope, input);
  tally('returns');
  if (r.status === 'DRAFT') return;
  await service.submit(scope, { laCode: r.laCode, returnId: draft.id, idempotencyKey: `demo-${r.kind.toLowerCase()}-${r.school.urn}-${r.periodStart}` });
  if (r.status === 'ACKNOWLEDGED') await service.acknowledge(scope, { laCode: r.laCode, returnId: draft.id });
}
