import { countRows, refusalOf, seedEnrolment, seedLocalAuthority, seedMarks, seedParent, seedPupil, seedSchool, useTestDataSource, wholeDays } from '@rollcall/db/testing';
import { Refusal, Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { IssuePenaltyNoticeInput } from './intervention-inputs';
import { InterventionService } from './intervention.service';
import { allowedNextStepsFor } from './intervention-access';

const LA = '343';
const SCHOOL = 100001;
const INDEPENDENT = 100009;
const scope = systemScope(systemActor('test'), LA);
const db = useTestDataSource();
let service: InterventionService;

/** Ten sessions of unauthorised absence (U) in the week of 15 September 2025. */
const TEN_U_SESSIONS = wholeDays(['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'], 'U');

async function family(options: { urn?: number; marks?: typeof TEN_U_SESSIONS } = {}): Promise<{ pupilId: string; parentId: string }> {
  const pupilId = await seedPupil(db.dataSource, { laCode: LA });
  const enrolmentId = await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: options.urn ?? SCHOOL, admittedOn: '2024-09-02' });
  await seedMarks(db.dataSource, LA, enrolmentId, options.marks ?? TEN_U_SESSIONS);
  const parentId = await seedParent(db.dataSource, { laCode: LA, pupilId });
  return { pupilId, parentId };
}

function notice(f: { pupilId: string; parentId: string }, extra: Partial<IssuePenaltyNoticeInput> = {}): IssuePenaltyNoticeInput {
  return {
    laCode: LA,
    pupilId: f.pupilId,
    parentId: f.parentId,
    urn: SCHOOL,
    issuedOn: '2025-09-29',
    offenceLastDate: '2025-09-19',
    served: 'POST',
    issuer: { role: 'LA_OFFICER', authorised: true },
    support: 'SUPPORT_NOT_ENGAGED_WITH',
    likelyToChangeParentalBehaviour: true,
    noticeToImproveSkipped: { reason: 'WOULD_NOT_CHANGE_BEHAVIOUR', authorisedOfficer: 'J. Smith, Attendance Officer' },
    ...extra,
  };
}

beforeAll(async () => {
  service = new InterventionService(db.dataSource);
  await seedLocalAuthority(db.dataSource, LA, 'Sefton');
  await seedSchool(db.dataSource, { urn: SCHOOL, laCode: LA });
  await seedSchool(db.dataSource, { urn: INDEPENDENT, laCode: LA, type: 'INDEPENDENT' });
});

describe('issuing a penalty notice', () => {
  it('issues a first notice at £80 within 21 days or £160 within 28, counted from receipt two working days after posting', async () => {
    const f = await family();
    const pn = await service.issuePenaltyNotice(scope, notice(f));
    expect(pn.state).toBe('ISSUED');
    expect(pn.parentIds).toEqual([f.parentId]);
    expect(pn.details.terms).toMatchObject({
      noticeNumber: 1,
      receivedOn: '2025-10-01',
      reducedAmountPence: 8000,
      reducedPayBy: '2025-10-22',
      fullAmountPence: 16000,
      payBy: '2025-10-29',
    });
    expect(pn.details.offencePeriod).toEqual({ from: '2025-09-15', to: '2025-09-19' });
    expect(pn.details.threshold.sessionCount).toBe(10);
    expect(pn.events.map((e) => [e.action, e.fromState, e.toState])).toEqual([['ISSUE', 'DRAFT', 'ISSUED']]);
    expect(pn.closedOn).toBeNull();
  });

  it('makes the second notice to the same parent for the same child £160 with no reduced rate', async () => {
    const f = await family();
    await service.issuePenaltyNotice(scope, notice(f));
    const second = await service.issuePenaltyNotice(scope, notice(f, { issuedOn: '2025-10-06', served: 'HAND' }));
    expect(second.details.terms).toMatchObject({ noticeNumber: 2, receivedOn: '2025-10-06', fullAmountPence: 16000, payBy: '2025-11-03' });
    expect(second.details.terms?.reducedAmountPence).toBeUndefined();
  });

  it('refuses a third notice in 3 years with the reason, the date the limit lifts and nothing written', async () => {
    const f = await family();
    await service.issuePenaltyNotice(scope, notice(f));
    await service.issuePenaltyNotice(scope, notice(f, { issuedOn: '2025-10-06' }));
    const [interventions, events] = [await countRows(db.dataSource, 'intervention'), await countRows(db.dataSource, 'intervention_event')];

    const refusal = await refusalOf(service.issuePenaltyNotice(scope, notice(f, { issuedOn: '2025-10-13' })), Refusal);
    expect(refusal.code).toBe('LIMIT_REACHED_IN_3_YEARS');
    expect(refusal.message).toContain('2 penalty notices for this child in the last 3 years');
    expect(refusal.message).toContain('possible again from 2028-09-29');
    expect(refusal.detail).toMatchObject({ limit: { limitLiftsOn: '2028-09-29' }, alternatives: expect.arrayContaining(['PROSECUTION']) });
    expect(await countRows(db.dataSource, 'intervention')).toBe(interventions);
    expect(await countRows(db.dataSource, 'intervention_event')).toBe(events);
  });

  it('does not count a withdrawn notice towards the limit', async () => {
    const f = await family();
    const first = await service.issuePenaltyNotice(scope, notice(f));
    await service.issuePenaltyNotice(scope, notice(f, { issuedOn: '2025-10-06' }));
    const withdrawn = await service.withdrawPenaltyNotice(scope, { laCode: LA, interventionId: first.id, withdrawnOn: '2025-10-08', ground: 'MATERIAL_ERROR' });
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect(withdrawn.closedOn).toBe('2025-10-08');
    expect(withdrawn.details.withdrawal).toMatchObject({ ground: 'MATERIAL_ERROR', countsTowardsLimit: false, refundPence: 0 });
    expect(withdrawn.events.at(-1)).toMatchObject({ action: 'WITHDRAW', fromState: 'ISSUED', toState: 'WITHDRAWN', reason: 'MATERIAL_ERROR' });

    const third = await service.issuePenaltyNotice(scope, notice(f, { issuedOn: '2025-10-13' }));
    expect(third.state).toBe('ISSUED');
    expect(third.details.terms?.noticeNumber).toBe(2);
  });

  it('refuses when the register does not show the threshold, saying how many sessions it does show', async () => {
    const f = await family({ marks: wholeDays(['2025-09-15', '2025-09-16'], 'U') });
    const refusal = await refusalOf(service.issuePenaltyNotice(scope, notice(f)), Refusal);
    expect(refusal.code).toBe('THRESHOLD_NOT_MET');
    expect(refusal.message).toContain('(it shows 4)');
  });

  it('needs a Notice to Improve first, or an authorised officer’s decision to skip it', async () => {
    const f = await family();
    const refusal = await refusalOf(service.issuePenaltyNotice(scope, notice(f, { noticeToImproveSkipped: undefined })), Refusal);
    expect(refusal.code).toBe('NOTICE_TO_IMPROVE_REQUIRED');
  });

  it('refuses a notice for a pupil of an independent school', async () => {
    const f = await family({ urn: INDEPENDENT });
    const refusal = await refusalOf(service.issuePenaltyNotice(scope, notice(f, { urn: INDEPENDENT })), Refusal);
    expect(refusal.code).toBe('SCHOOL_TYPE_OUT_OF_SCOPE');
  });

  it('refuses a notice to someone who is not the child’s parent under s576', async () => {
    const f = await family();
    const grandparent = await seedParent(db.dataSource, {
      laCode: LA,
      pupilId: f.pupilId,
      relationship: 'GRANDPARENT',
      parentalResponsibility: false,
      livesWith: false,
    });
    const refusal = await refusalOf(service.issuePenaltyNotice(scope, notice({ ...f, parentId: grandparent })), Refusal);
    expect(refusal.code).toBe('NOT_A_PARENT_UNDER_S576');
  });

  it('lets only the school’s own staff or the LA issue it', async () => {
    const f = await family();
    const otherSchool: Scope = { actor: systemActor('staff'), role: 'SCHOOL_STAFF', laCode: LA, urns: [100002] };
    expect((await refusalOf(service.issuePenaltyNotice(otherSchool, notice(f)), Refusal)).code).toBe('NOT_PERMITTED');
    const ownSchool: Scope = { ...otherSchool, urns: [SCHOOL] };
    expect((await service.issuePenaltyNotice(ownSchool, notice(f, { issuer: { role: 'HEADTEACHER', authorised: true } }))).createdBy).toBe('system:staff');
  });
});

describe('after a notice is issued', () => {
  it('records a payment within 21 days of receipt at the reduced rate and closes the notice', async () => {
    const f = await family();
    const pn = await service.issuePenaltyNotice(scope, notice(f));
    const tooLow = await refusalOf(
      service.recordPenaltyNoticePayment(scope, { laCode: LA, interventionId: pn.id, paidOn: '2025-10-10', amountPence: 5000 }),
      Refusal,
    );
    expect(tooLow.code).toBe('AMOUNT_TOO_LOW');
    expect(tooLow.message).toContain('£80.00');

    const paid = await service.recordPenaltyNoticePayment(scope, { laCode: LA, interventionId: pn.id, paidOn: '2025-10-10', amountPence: 8000, reference: 'PAY-123' });
    expect(paid.state).toBe('PAID_REDUCED');
    expect(paid.closedOn).toBe('2025-10-10');
    expect(paid.payments).toEqual([expect.objectContaining({ amountPence: 8000, paidOn: '2025-10-10', reference: 'PAY-123' })]);
    expect(allowedNextStepsFor(scope, paid)).toEqual(['WITHDRAW']);
  });

  it('decides non-payment only after the payment period, then refers for prosecution of the original offence', async () => {
    const f = await family();
    const pn = await service.issuePenaltyNotice(scope, notice(f));
    const early = await refusalOf(
      service.penaltyNoticeNonPayment(scope, { laCode: LA, interventionId: pn.id, decidedOn: '2025-10-29', decision: 'PROSECUTE' }),
      Refusal,
    );
    expect(early.code).toBe('PAYMENT_PERIOD_RUNNING');
    expect(early.message).toContain('2025-10-29');

    const { penaltyNotice, prosecution } = await service.penaltyNoticeNonPayment(scope, {
      laCode: LA,
      interventionId: pn.id,
      decidedOn: '2025-10-30',
      decision: 'PROSECUTE',
    });
    expect(penaltyNotice.state).toBe('PROSECUTION_REFERRED');
    expect(penaltyNotice.events.map((e) => e.toState)).toEqual(['ISSUED', 'UNPAID', 'PROSECUTION_REFERRED']);
    expect(prosecution).toMatchObject({
      kind: 'PROSECUTION',
      state: 'PREPARING',
      details: { offence: 'S444_1', offenceDate: '2025-09-19', penaltyNoticeId: pn.id, parentId: f.parentId },
    });
  });

  it('withdraws an unpaid notice when the LA decides not to prosecute', async () => {
    const f = await family();
    const pn = await service.issuePenaltyNotice(scope, notice(f));
    const { penaltyNotice, prosecution } = await service.penaltyNoticeNonPayment(scope, {
      laCode: LA,
      interventionId: pn.id,
      decidedOn: '2025-11-03',
      decision: 'WITHDRAW',
    });
    expect(penaltyNotice.state).toBe('WITHDRAWN');
    expect(penaltyNotice.details.withdrawal?.ground).toBe('DECIDED_NOT_TO_PROSECUTE');
    expect(prosecution).toBeUndefined();
  });

  it('refuses a withdrawal ground that is only for unpaid notices', async () => {
    const f = await family();
    const pn = await service.issuePenaltyNotice(scope, notice(f));
    const refusal = await refusalOf(
      service.withdrawPenaltyNotice(scope, { laCode: LA, interventionId: pn.id, withdrawnOn: '2025-10-02', ground: 'DECIDED_NOT_TO_PROSECUTE' }),
      Refusal,
    );
    expect(refusal.code).toBe('GROUND_NOT_AVAILABLE');
  });
});

describe('Notice to Improve', () => {
  it('runs 6 school weeks over the half term; a notice may follow once it ends without sufficient improvement', async () => {
    const f = await family();
    const nti = await service.issueNoticeToImprove(scope, {
      laCode: LA,
      pupilId: f.pupilId,
      parentId: f.parentId,
      urn: SCHOOL,
      issuedOn: '2025-09-29',
      support: 'SUPPORT_NOT_ENGAGED_WITH',
    });
    expect(nti.state).toBe('IN_PROGRESS');
    expect(nti.details.period).toEqual({ startsOn: '2025-09-29', endsOn: '2025-11-16', schoolDays: 30, cappedBySchoolDays: false });
    expect(allowedNextStepsFor(scope, nti)).toEqual(['RECORD_OUTCOME']);

    const running = await refusalOf(service.applyTransition(scope, { laCode: LA, interventionId: nti.id, occurredOn: '2025-10-01', action: 'RECORD_OUTCOME' }), Refusal);
    expect(running.code).toBe('IMPROVEMENT_PERIOD_RUNNING');
    const tooSoon = await refusalOf(service.issuePenaltyNotice(scope, notice(f, { issuedOn: '2025-10-01', noticeToImproveSkipped: undefined })), Refusal);
    expect(tooSoon.code).toBe('NOTICE_TO_IMPROVE_PERIOD_RUNNING');

    const enrolment = (await db.ownerDataSource.query(`SELECT id::text AS id FROM enrolment WHERE la_code = $1 AND pupil_id = $2`, [LA, f.pupilId])) as { id: string }[];
    await seedMarks(db.dataSource, LA, enrolment[0].id, [{ date: '2025-10-06', session: 'AM', code: 'U' }]);
    const outcome = await service.applyTransition(scope, { laCode: LA, interventionId: nti.id, occurredOn: '2025-11-17', action: 'RECORD_OUTCOME' });
    expect(outcome.state).toBe('INSUFFICIENT_IMPROVEMENT');
    expect(outcome.closedOn).toBe('2025-11-17');

    const pn = await service.issuePenaltyNotice(scope, notice(f, { issuedOn: '2025-11-18', offenceLastDate: '2025-10-06', noticeToImproveSkipped: undefined }));
    expect(pn.details.noticeToImproveId).toBe(nti.id);
  });

  it('is refused while support has not yet been tried', async () => {
    const f = await family();
    const refusal = await refusalOf(
      service.issueNoticeToImprove(scope, { laCode: LA, pupilId: f.pupilId, parentId: f.parentId, urn: SCHOOL, issuedOn: '2025-09-29', support: 'SUPPORT_UNDER_WAY' }),
      Refusal,
    );
    expect(refusal.code).toBe('SUPPORT_NOT_YET_TRIED');
  });
});

describe('reading interventions', () => {
  it('lists a pupil’s interventions with their events', async () => {
    const f = await family();
    const pn = await service.issuePenaltyNotice(scope, notice(f));
    const list = await inTransaction(db.dataSource, scope, (tx) => service.interventionsForPupil(tx, LA, f.pupilId));
    expect(list.map((i) => [i.kind, i.state, i.events.length])).toEqual([['PENALTY_NOTICE', 'ISSUED', 1]]);
    expect(await inTransaction(db.dataSource, scope, (tx) => service.interventionById(tx, LA, pn.id))).toEqual(pn);
  });
});
