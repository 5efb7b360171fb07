import { countRows, refusalOf, seedEnrolment, seedLocalAuthority, seedPupil, seedSchool, useTestDataSource } from '@rollcall/db/testing';
import { Refusal, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { CreateSupportPlanInput } from './support-plan-record';
import { SupportPlanService } from './support-plan.service';

const LA = '343';
const SCHOOL = 100001;
const scope = systemScope(systemActor('test'), LA);
const db = useTestDataSource();
let service: SupportPlanService;

async function pupil(): Promise<string> {
  const pupilId = await seedPupil(db.dataSource, { laCode: LA });
  await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: SCHOOL, admittedOn: '2024-09-02' });
  return pupilId;
}

const attendancePlan = (pupilId: string, extra: Partial<CreateSupportPlanInput> = {}): CreateSupportPlanInput => ({
  laCode: LA,
  pupilId,
  urn: SCHOOL,
  kind: 'SCHOOL_ATTENDANCE_PLAN',
  startsOn: '2025-10-06',
  reviewOn: '2025-11-03',
  barriers: ['Anxiety about the journey to school', 'Sleep routine'],
  childViews: 'I like art but mornings are hard.',
  parentViews: 'We want help with mornings.',
  ...extra,
});

beforeAll(async () => {
  service = new SupportPlanService(db.dataSource);
  await seedLocalAuthority(db.dataSource, LA);
  await seedSchool(db.dataSource, { urn: SCHOOL, laCode: LA });
});

describe('SupportPlanService', () => {
  it('creates an active plan with the barriers and both views, and lists it for the pupil', async () => {
    const pupilId = await pupil();
    const plan = await service.createPlan(scope, attendancePlan(pupilId));
    expect(plan).toMatchObject({
      kind: 'SCHOOL_ATTENDANCE_PLAN',
      status: 'ACTIVE',
      startsOn: '2025-10-06',
      reviewOn: '2025-11-03',
      barriers: ['Anxiety about the journey to school', 'Sleep routine'],
      childViews: 'I like art but mornings are hard.',
      createdBy: 'system:test',
    });
    const plans = await inTransaction(db.dataSource, scope, (tx) => service.plansForPupil(tx, LA, pupilId));
    expect(plans.map((p) => p.id)).toEqual([plan.id]);
    expect(await inTransaction(db.dataSource, scope, (tx) => service.planById(tx, LA, plan.id))).toEqual(plan);
  });

  it('refuses a part-time timetable without an end date or a review date, writing nothing', async () => {
    const pupilId = await pupil();
    const before = await countRows(db.dataSource, 'support_plan');
    const noEnd = await refusalOf(service.createPlan(scope, attendancePlan(pupilId, { kind: 'PART_TIME_TIMETABLE' })), Refusal);
    expect(noEnd).toMatchObject({ code: 'PART_TIME_TIMETABLE_NEEDS_END_DATE', detail: { field: 'endsOn' } });
    expect(noEnd.message).toContain('time-limited');
    const noReview = await refusalOf(
      service.createPlan(scope, attendancePlan(pupilId, { kind: 'PART_TIME_TIMETABLE', endsOn: '2025-11-28', reviewOn: undefined })),
      Refusal,
    );
    expect(noReview.code).toBe('PART_TIME_TIMETABLE_NEEDS_REVIEW_DATE');
    expect(await countRows(db.dataSource, 'support_plan')).toBe(before);

    const ptt = await service.createPlan(scope, attendancePlan(pupilId, { kind: 'PART_TIME_TIMETABLE', endsOn: '2025-11-28' }));
    expect(ptt).toMatchObject({ kind: 'PART_TIME_TIMETABLE', endsOn: '2025-11-28', reviewOn: '2025-11-03' });
  });

  it('refuses a plan led by a school the pupil is not on roll at', async () => {
    const pupilId = await seedPupil(db.dataSource, { laCode: LA });
    expect((await refusalOf(service.createPlan(scope, attendancePlan(pupilId)), Refusal)).code).toBe('PUPIL_NOT_ON_ROLL');
  });

  it('adds actions and marks them done once', async () => {
    const pupilId = await pupil();
    const plan = await service.createPlan(scope, attendancePlan(pupilId));
    const withAction = await service.addAction(scope, { laCode: LA, planId: plan.id, description: 'Daily meet and greet at the gate', owner: 'Learning mentor', dueOn: '2025-10-07' });
    const action = withAction.actions[0];
    expect(action).toMatchObject({ description: 'Daily meet and greet at the gate', owner: 'Learning mentor', dueOn: '2025-10-07', doneOn: null });
    const done = await service.completeAction(scope, { laCode: LA, actionId: action.id, doneOn: '2025-10-07' });
    expect(done.actions[0].doneOn).toBe('2025-10-07');
    expect((await refusalOf(service.completeAction(scope, { laCode: LA, actionId: action.id, doneOn: '2025-10-08' }), Refusal)).code).toBe('ACTION_ALREADY_DONE');
  });

  it('records reviews: continuing a part-time timetable needs its next review; closing ends the plan', async () => {
    const pupilId = await pupil();
    const ptt = await service.createPlan(scope, attendancePlan(pupilId, { kind: 'PART_TIME_TIMETABLE', endsOn: '2025-11-28' }));
    const review = { laCode: LA, planId: ptt.id, reviewedOn: '2025-11-03', notes: 'Mornings going well', outcome: 'CONTINUE' as const };
    expect((await refusalOf(service.recordReview(scope, review), Refusal)).code).toBe('PART_TIME_TIMETABLE_NEEDS_REVIEW_DATE');
    const continued = await service.recordReview(scope, { ...review, nextReviewOn: '2025-11-17' });
    expect(continued).toMatchObject({ status: 'ACTIVE', reviewOn: '2025-11-17', endsOn: '2025-11-28' });
    const closed = await service.recordReview(scope, { ...review, reviewedOn: '2025-11-17', notes: 'Back to full time', outcome: 'CLOSE' });
    expect(closed).toMatchObject({ status: 'CLOSED', endsOn: '2025-11-17', reviewOn: null });
    expect(closed.reviews.map((r) => [r.reviewedOn, r.outcome, r.reviewedBy])).toEqual([
      ['2025-11-03', 'CONTINUE', 'system:test'],
      ['2025-11-17', 'CLOSE', 'system:test'],
    ]);
    expect((await refusalOf(service.addAction(scope, { laCode: LA, planId: ptt.id, description: 'More', owner: 'Someone' }), Refusal)).code).toBe('PLAN_CLOSED');
  });

  it('activates a draft and closes a plan once', async () => {
    const pupilId = await pupil();
    const draft = await service.createPlan(scope, attendancePlan(pupilId, { draft: true }));
    expect(draft.status).toBe('DRAFT');
    expect((await service.activatePlan(scope, { laCode: LA, planId: draft.id })).status).toBe('ACTIVE');
    expect((await refusalOf(service.activatePlan(scope, { laCode: LA, planId: draft.id }), Refusal)).code).toBe('PLAN_NOT_DRAFT');
    const closed = await service.closePlan(scope, { laCode: LA, planId: draft.id, closedOn: '2025-12-19' });
    expect(closed).toMatchObject({ status: 'CLOSED', endsOn: '2025-12-19' });
    expect((await refusalOf(service.closePlan(scope, { laCode: LA, planId: draft.id, closedOn: '2025-12-20' }), Refusal)).code).toBe('PLAN_CLOSED');
  });

  it('lets school staff act only on their own school’s plans', async () => {
    const pupilId = await pupil();
    const plan = await service.createPlan(scope, attendancePlan(pupilId));
    const other = { actor: systemActor('staff'), role: 'SCHOOL_STAFF' as const, laCode: LA, urns: [100002] };
    // Row-level security hides another school's plans, so to that school the plan does not exist.
    expect((await refusalOf(service.addAction(other, { laCode: LA, planId: plan.id, description: 'x', owner: 'y' }), Refusal)).code).toBe('UNKNOWN_PLAN');
    expect((await refusalOf(service.addAction(scope, { laCode: LA, planId: '999999', description: 'x', owner: 'y' }), Refusal)).code).toBe('UNKNOWN_PLAN');
  });
});
