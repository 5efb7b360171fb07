import fc from 'fast-check';
import { addDays, daysBetween } from '../../core';
import { noticeToSatisfyPeriod, schoolSelectionPeriodEnds } from './school-attendance-order-deadlines';
import { SchoolAttendanceOrder, SchoolAttendanceOrderEvent, schoolAttendanceOrderTransition } from './school-attendance-order';

const considering: SchoolAttendanceOrder = {
  id: 'sao-1',
  childId: 'amy',
  parentId: 'mum',
  state: 'CONSIDERING',
  la: '343',
  compulsorySchoolAgeEndsOn: '2029-06-29',
  amendments: [],
};

function after(order: SchoolAttendanceOrder, ...events: SchoolAttendanceOrderEvent[]): SchoolAttendanceOrder {
  return events.reduce((o, e) => {
    const r = schoolAttendanceOrderTransition(o, e);
    if (!r.allowed) throw new Error(`${e.type}: ${r.reason}`);
    return r.next;
  }, order);
}

const noticeToSatisfy: SchoolAttendanceOrderEvent = { type: 'SERVE_NOTICE_TO_SATISFY', on: '2025-10-01', periodDays: 15, childInLaArea: true };
const noticeOfIntention: SchoolAttendanceOrderEvent = { type: 'SERVE_NOTICE_OF_INTENTION', on: '2025-10-16', intendedSchool: 'Oak Academy', alternatives: ['Elm Primary'] };
const intending = () => after(considering, noticeToSatisfy, noticeOfIntention);

describe('school attendance order deadlines', () => {
  it('a notice to satisfy gives at least 15 days beginning with the day it is served', () => {
    expect(noticeToSatisfyPeriod('2025-10-01', 15)).toEqual({ allowed: true, detail: { satisfyBy: '2025-10-15', minimumDays: 15 } });
    expect(noticeToSatisfyPeriod('2025-10-01', 14)).toMatchObject({ allowed: false, reason: 'PERIOD_TOO_SHORT' });
    expect(schoolSelectionPeriodEnds('2025-10-16')).toBe('2025-10-30');
  });

  it('property: any accepted period leaves the parent at least 15 days including the day of service', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 60 }), (d, days) => {
        const servedOn = addDays('2020-01-01', d);
        const period = noticeToSatisfyPeriod(servedOn, days);
        expect(period.allowed).toBe(days >= 15);
        if (period.allowed) expect(daysBetween(servedOn, period.detail?.satisfyBy as string) + 1).toBeGreaterThanOrEqual(15);
      }),
    );
  });
});

describe('schoolAttendanceOrderTransition', () => {
  it('serves a notice to satisfy on a child of compulsory school age in the LA area', () => {
    expect(after(considering, noticeToSatisfy)).toMatchObject({ state: 'NOTICE_TO_SATISFY_SERVED', noticeToSatisfy: { satisfyBy: '2025-10-15' } });
    expect(schoolAttendanceOrderTransition(considering, { ...noticeToSatisfy, periodDays: 10, childInLaArea: false, on: '2029-07-01' })).toMatchObject({
      reason: 'CHILD_NOT_IN_LA_AREA',
      detail: { reasons: ['CHILD_NOT_IN_LA_AREA', 'NOT_COMPULSORY_SCHOOL_AGE', 'PERIOD_TOO_SHORT'] },
    });
  });

  it('the notice of intention waits for the satisfy period, then gives 15 days to choose a school', () => {
    const served = after(considering, noticeToSatisfy);
    expect(schoolAttendanceOrderTransition(served, { ...noticeOfIntention, on: '2025-10-15' })).toMatchObject({ reason: 'SATISFY_PERIOD_RUNNING' });
    expect(intending()).toMatchObject({ state: 'NOTICE_OF_INTENTION_SERVED', noticeOfIntention: { selectBy: '2025-10-30' } });
  });

  it('the order waits for the selection period unless the parent has chosen', () => {
    const serve = { type: 'SERVE_ORDER' as const, on: '2025-10-30', namedSchool: 'Oak Academy', expedientToAttendSchool: true };
    expect(schoolAttendanceOrderTransition(intending(), serve)).toMatchObject({ reason: 'SELECTION_PERIOD_RUNNING' });
    expect(after(intending(), { ...serve, on: '2025-10-31' })).toMatchObject({ state: 'IN_FORCE', servedOn: '2025-10-31', namedSchool: 'Oak Academy' });
  });

  it('a school the parent chose in time must be named', () => {
    const chose = { school: 'Elm Primary', on: '2025-10-20', route: 'ALTERNATIVE_IN_NOTICE' as const };
    const serve = { type: 'SERVE_ORDER' as const, on: '2025-10-21', namedSchool: 'Oak Academy', expedientToAttendSchool: true, parentSelection: chose };
    expect(schoolAttendanceOrderTransition(intending(), serve)).toMatchObject({ reason: 'MUST_NAME_PARENTS_CHOICE', detail: { mustName: 'Elm Primary' } });
    expect(after(intending(), { ...serve, namedSchool: 'Elm Primary' }).namedSchool).toBe('Elm Primary');
    const offered = { school: 'Ash High', on: '2025-10-30', route: 'PLACE_OFFERED_AFTER_APPLICATION' as const };
    expect(schoolAttendanceOrderTransition(intending(), { ...serve, on: '2025-10-31', parentSelection: offered })).toMatchObject({ detail: { mustName: 'Ash High' } });
    const notOffered = { ...chose, school: 'Birch Primary' };
    expect(schoolAttendanceOrderTransition(intending(), { ...serve, parentSelection: notOffered })).toMatchObject({ reason: 'SELECTION_PERIOD_RUNNING' });
    const late = { ...chose, on: '2025-10-31' };
    expect(after(intending(), { ...serve, on: '2025-10-31', parentSelection: late }).namedSchool).toBe('Oak Academy');
  });

  it('a child with an EHC plan: no notice of intention, the plan’s school is named', () => {
    const ehc = after({ ...considering, ehcPlanSchool: 'Willow Special' }, noticeToSatisfy);
    expect(schoolAttendanceOrderTransition(ehc, noticeOfIntention)).toMatchObject({ reason: 'EHC_PLAN_NAMES_SCHOOL' });
    const serve = { type: 'SERVE_ORDER' as const, on: '2025-10-16', namedSchool: 'Oak Academy', expedientToAttendSchool: true };
    expect(schoolAttendanceOrderTransition(ehc, serve)).toMatchObject({ reason: 'MUST_NAME_EHC_PLAN_SCHOOL' });
    expect(schoolAttendanceOrderTransition(ehc, { ...serve, on: '2025-10-15', namedSchool: 'Willow Special' })).toMatchObject({ reason: 'SATISFY_PERIOD_RUNNING' });
    expect(after(ehc, { ...serve, namedSchool: 'Willow Special' }).state).toBe('IN_FORCE');
  });

  it('without an EHC plan the order needs a notice of intention first, and must be expedient', () => {
    const served = after(considering, noticeToSatisfy);
    expect(schoolAttendanceOrderTransition(served, { type: 'SERVE_ORDER', on: '2025-10-20', namedSchool: 'Oak Academy', expedientToAttendSchool: false })).toMatchObject({
      reason: 'NOTICE_OF_INTENTION_REQUIRED',
      detail: { reasons: ['NOTICE_OF_INTENTION_REQUIRED', 'NOT_EXPEDIENT_TO_ATTEND_SCHOOL'] },
    });
    expect(schoolAttendanceOrderTransition(intending(), { type: 'SERVE_ORDER', on: '2029-07-01', namedSchool: 'Oak Academy', expedientToAttendSchool: true })).toMatchObject({
      reason: 'NOT_COMPULSORY_SCHOOL_AGE',
    });
  });

  it('a parent who satisfies the LA closes the case', () => {
    expect(after(intending(), { type: 'PARENT_SATISFIES', on: '2025-10-20' })).toMatchObject({ state: 'SATISFIED', endedOn: '2025-10-20' });
  });

  it('an order in force can be amended, referred for prosecution, revoked, and ceases after compulsory school age', () => {
    const inForce = after(intending(), { type: 'SERVE_ORDER', on: '2025-10-31', namedSchool: 'Oak Academy', expedientToAttendSchool: true });
    expect(after(inForce, { type: 'AMEND', on: '2025-11-10', namedSchool: 'Elm Primary' })).toMatchObject({ namedSchool: 'Elm Primary', amendments: [{ on: '2025-11-10' }] });
    expect(after(inForce, { type: 'REFER_FOR_PROSECUTION', on: '2025-12-01' }).prosecutionReferredOn).toBe('2025-12-01');
    expect(after(inForce, { type: 'REVOKE', on: '2026-01-05', ground: 'ESO_MADE' })).toMatchObject({ state: 'REVOKED', revocationGround: 'ESO_MADE' });
    expect(schoolAttendanceOrderTransition(inForce, { type: 'RECORD_CEASED', on: '2029-06-29' })).toMatchObject({ reason: 'STILL_COMPULSORY_SCHOOL_AGE' });
    expect(after(inForce, { type: 'RECORD_CEASED', on: '2029-06-30' }).state).toBe('CEASED');
    expect(schoolAttendanceOrderTransition(considering, { type: 'AMEND', on: '2025-11-10', namedSchool: 'x' })).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
  });
});
