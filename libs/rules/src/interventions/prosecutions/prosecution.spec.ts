import fc from 'fast-check';
import { addDays, daysBetween } from '../../core';
import { Mark } from '../../codes';
import { esoDirectionResponseDueBy } from './eso-direction-response-due-by';
import { ProsecutionEvidenceItem, prosecutionFileCheck, requiredProsecutionEvidence } from './prosecution-evidence';
import { prosecutionLastDayToLay, prosecutionTimeLimit } from './prosecution-time-limit';
import { Prosecution, ProsecutionEvent, prosecutionTransition } from './prosecution';
import { SCHOOL_ATTENDANCE_OFFENCES } from './school-attendance-offences';
import { penaltyNoticeTerms } from '../penalty-notices/penalty-notice-terms';
import { attendancesInTwelveMonthsEnding, noFixedAbodeDefence, statutoryDefenceChecklist } from './statutory-defences';

describe('prosecutionTimeLimit (6 months, MCA 1980 s127)', () => {
  it('an offence on 31 August must be laid by 28 February (29th in a leap year)', () => {
    expect(prosecutionLastDayToLay('2025-08-31')).toBe('2026-02-28');
    expect(prosecutionLastDayToLay('2027-08-31')).toBe('2028-02-29');
  });

  it('6 months less a day and exactly 6 months are in time; a day later is not', () => {
    expect(prosecutionTimeLimit('2025-03-15', '2025-09-14').allowed).toBe(true);
    expect(prosecutionTimeLimit('2025-03-15', '2025-09-15')).toEqual({ allowed: true, detail: { offenceDate: '2025-03-15', lastDayToLay: '2025-09-15' } });
    expect(prosecutionTimeLimit('2025-03-15', '2025-09-16')).toEqual({
      allowed: false,
      reason: 'OUT_OF_TIME',
      detail: { offenceDate: '2025-03-15', lastDayToLay: '2025-09-15', daysLate: 1 },
    });
  });

  it('property: the last day is 181–184 days after the offence and never earlier for a later offence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 40 }), (d, gap) => {
        const offence = addDays('2000-01-01', d);
        const days = daysBetween(offence, prosecutionLastDayToLay(offence));
        expect(days).toBeGreaterThanOrEqual(181);
        expect(days).toBeLessThanOrEqual(184);
        expect(prosecutionLastDayToLay(addDays(offence, gap)) >= prosecutionLastDayToLay(offence)).toBe(true);
      }),
    );
  });
});

describe('school attendance offences and defences', () => {
  it('maximum penalties: s443 and s444(1) level 3 (£1,000), s444(1A) level 4 (£2,500) and/or 3 months', () => {
    expect(SCHOOL_ATTENDANCE_OFFENCES.S443).toMatchObject({ maxFinePence: 100000, standardScaleLevel: 3 });
    expect(SCHOOL_ATTENDANCE_OFFENCES.S444_1).toMatchObject({ maxFinePence: 100000, strictLiability: true });
    expect(SCHOOL_ATTENDANCE_OFFENCES.S444_1A).toMatchObject({ maxFinePence: 250000, maxImprisonmentMonths: 3, strictLiability: false });
    expect(SCHOOL_ATTENDANCE_OFFENCES.ESO_SCH3_PARA18.maxFinePence).toBe(100000);
  });

  it('lists the defences to check for each offence', () => {
    const s444 = statutoryDefenceChecklist('S444_1').map((d) => d.defence);
    expect(s444).toEqual(['SICKNESS_OR_UNAVOIDABLE_CAUSE', 'LEAVE_OF_ABSENCE', 'RELIGIOUS_OBSERVANCE', 'LA_TRAVEL_ARRANGEMENTS_FAILURE', 'NO_FIXED_ABODE']);
    expect(statutoryDefenceChecklist('S444ZA_1A')[0].defence).toBe('REASONABLE_JUSTIFICATION');
    expect(statutoryDefenceChecklist('S444ZA_1')).toHaveLength(5);
    expect(statutoryDefenceChecklist('S444_1A')).toHaveLength(6);
    expect(statutoryDefenceChecklist('S443').map((d) => d.defence)).toEqual(['SUITABLE_EDUCATION_OTHERWISE']);
    expect(statutoryDefenceChecklist('ESO_SCH3_PARA18')).toHaveLength(3);
  });

  const travelling = {
    childDateOfBirth: '2017-03-01',
    proceedingsInstitutedOn: '2025-11-03',
    parentTradeRequiresTravel: true,
    attendedAsRegularlyAsTradePermits: true,
    attendancesInPrevious12Months: 200,
  };

  it('no fixed abode: a child aged 6 or over needs at least 200 attendances in the 12 months', () => {
    expect(noFixedAbodeDefence(travelling)).toMatchObject({ allowed: true, detail: { childAge: 8, attendancesRequired: 200 } });
    expect(noFixedAbodeDefence({ ...travelling, attendancesInPrevious12Months: 199 })).toMatchObject({ allowed: false, reason: 'FEWER_THAN_200_ATTENDANCES' });
    expect(noFixedAbodeDefence({ ...travelling, childDateOfBirth: '2019-11-04', attendancesInPrevious12Months: 20 })).toMatchObject({
      allowed: true,
      detail: { childAge: 5, attendancesRequired: 0 },
    });
    expect(noFixedAbodeDefence({ ...travelling, parentTradeRequiresTravel: false, attendedAsRegularlyAsTradePermits: false })).toMatchObject({
      reason: 'TRADE_DOES_NOT_REQUIRE_TRAVEL',
      detail: { reasons: ['TRADE_DOES_NOT_REQUIRE_TRAVEL', 'NOT_ATTENDED_AS_REGULARLY_AS_PERMITTED'] },
    });
  });

  it('counts attendances in the 12 months ending with the day proceedings began', () => {
    const marks: Mark[] = [
      { date: '2024-11-03', session: 'AM', code: '/' },
      { date: '2024-11-04', session: 'AM', code: '/' },
      { date: '2024-11-04', session: 'AM', code: '/' },
      { date: '2025-06-10', session: 'PM', code: 'K' },
      { date: '2025-06-11', session: 'PM', code: 'U' },
      { date: '2025-11-04', session: 'AM', code: '/' },
    ];
    expect(attendancesInTwelveMonthsEnding(marks, '2025-11-03')).toBe(2);
  });
});

describe('prosecution file', () => {
  it('a s444(1) file needs registers, the ESO consideration record, the PACE interview record and support offered', () => {
    expect(requiredProsecutionEvidence('S444_1', { penaltyNoticeIssued: true, noticeToImproveIssued: true })).toEqual([
      'ATTENDANCE_REGISTER_EXTRACTS',
      'ADMISSION_REGISTER_EXTRACT',
      'PARENT_STATUS_UNDER_S576',
      'ESO_CONSIDERATION_RECORD',
      'PACE_CODE_C_INTERVIEW_RECORD',
      'SUPPORT_OFFERED',
      'LETTERS_AND_WARNINGS',
      'WITNESS_STATEMENTS',
      'PENALTY_NOTICE_HISTORY',
      'NOTICE_TO_IMPROVE_HISTORY',
    ]);
    expect(requiredProsecutionEvidence('S444_1A', { penaltyNoticeIssued: false, noticeToImproveIssued: false })).toContain('EVIDENCE_PARENT_KNEW');
    expect(requiredProsecutionEvidence('S443', { penaltyNoticeIssued: false, noticeToImproveIssued: false })[0]).toBe('SCHOOL_ATTENDANCE_ORDER_AND_SERVICE');
    expect(requiredProsecutionEvidence('ESO_SCH3_PARA18', { penaltyNoticeIssued: false, noticeToImproveIssued: false })[0]).toBe('ESO_DIRECTIONS_AND_NON_COMPLIANCE');
  });

  it('reports what is missing', () => {
    expect(prosecutionFileCheck('S444_1', ['ATTENDANCE_REGISTER_EXTRACTS'], { penaltyNoticeIssued: false, noticeToImproveIssued: false })).toMatchObject({
      allowed: false,
      reason: 'EVIDENCE_MISSING',
      detail: { missing: expect.arrayContaining(['ESO_CONSIDERATION_RECORD', 'PACE_CODE_C_INTERVIEW_RECORD']) },
    });
  });
});

describe('prosecutionTransition', () => {
  const preparing: Prosecution = { id: 'p-1', parentId: 'mum', childId: 'amy', offence: 'S444_1', state: 'PREPARING', offenceDate: '2025-11-28' };
  const fullFile = (offence: Prosecution['offence']): ProsecutionEvidenceItem[] =>
    [...requiredProsecutionEvidence(offence, { penaltyNoticeIssued: true, noticeToImproveIssued: true })];
  const lay: Extract<ProsecutionEvent, { type: 'LAY_INFORMATION' }> = {
    type: 'LAY_INFORMATION',
    on: '2026-01-12',
    prosecutor: 'LOCAL_AUTHORITY',
    esoConsideredOn: '2026-01-05',
    penaltyNotice: { state: 'UNPAID', terms: undefined },
    noticeToImproveIssued: true,
    evidence: fullFile('S444_1'),
  };

  function laid(p: Prosecution = preparing): Prosecution {
    const r = prosecutionTransition(p, { ...lay, evidence: fullFile(p.offence), schoolAttendanceOrderInForce: true });
    if (!r.allowed) throw new Error(r.reason);
    return r.next;
  }

  it('an LA that considered an ESO, in time, with a full file, lays the information', () => {
    expect(laid()).toMatchObject({ state: 'INFORMATION_LAID', informationLaidOn: '2026-01-12' });
  });

  it('only an LA may prosecute, and only after considering an ESO', () => {
    expect(prosecutionTransition(preparing, { ...lay, prosecutor: 'SCHOOL', esoConsideredOn: undefined })).toMatchObject({
      allowed: false,
      reason: 'ONLY_LA_MAY_PROSECUTE',
      detail: { reasons: ['ONLY_LA_MAY_PROSECUTE', 'ESO_NOT_CONSIDERED'] },
    });
    expect(prosecutionTransition(preparing, { ...lay, esoConsideredOn: '2026-01-13' })).toMatchObject({ reason: 'ESO_NOT_CONSIDERED' });
  });

  it('out of time more than 6 months after the last absence', () => {
    expect(prosecutionTransition(preparing, { ...lay, on: '2026-05-29' })).toMatchObject({ reason: 'OUT_OF_TIME', detail: { lastDayToLay: '2026-05-28' } });
  });

  it('no proceedings while a penalty notice can still be paid, nor once it is paid or withdrawn', () => {
    const terms = penaltyNoticeTerms({ offenceDate: '2025-11-28', receivedOn: '2025-12-16', noticeNumber: 1 });
    expect(terms.proceedingsNotBefore).toBe('2026-01-14');
    expect(prosecutionTransition(preparing, { ...lay, penaltyNotice: { state: 'ISSUED', terms } })).toMatchObject({ reason: 'PENALTY_NOTICE_PAYMENT_PERIOD_RUNNING' });
    expect(prosecutionTransition(preparing, { ...lay, penaltyNotice: { state: 'PAID_FULL' } })).toMatchObject({ reason: 'PENALTY_NOTICE_PAID' });
    expect(prosecutionTransition(preparing, { ...lay, penaltyNotice: { state: 'WITHDRAWN' } })).toMatchObject({ reason: 'PENALTY_NOTICE_WITHDRAWN' });
  });

  it('refuses an incomplete file, and a s443 prosecution without a school attendance order in force', () => {
    expect(prosecutionTransition(preparing, { ...lay, evidence: [] })).toMatchObject({ reason: 'EVIDENCE_INCOMPLETE' });
    const s443 = { ...preparing, offence: 'S443' as const };
    expect(prosecutionTransition(s443, { ...lay, evidence: fullFile('S443') })).toMatchObject({ reason: 'NO_SCHOOL_ATTENDANCE_ORDER_IN_FORCE' });
    expect(prosecutionTransition(s443, { ...lay, evidence: fullFile('S443'), schoolAttendanceOrderInForce: true }).allowed).toBe(true);
  });

  it('the ESO para 18 offence is not limited to LAs and needs no ESO consideration', () => {
    const para18 = { ...preparing, offence: 'ESO_SCH3_PARA18' as const };
    const r = prosecutionTransition(para18, { ...lay, prosecutor: 'OTHER', esoConsideredOn: undefined, evidence: fullFile('ESO_SCH3_PARA18') });
    expect(r.allowed).toBe(true);
  });

  it('a court direction to apply for an ESO must be answered within 8 weeks', () => {
    expect(esoDirectionResponseDueBy('2026-01-12')).toBe('2026-03-08');
    const directed = prosecutionTransition(laid(), { type: 'DIRECT_ESO', on: '2026-01-12' });
    expect(directed).toMatchObject({ allowed: true, next: { esoDirection: { directedOn: '2026-01-12', respondBy: '2026-03-08' } } });
    const next = directed.allowed ? directed.next : preparing;
    expect(prosecutionTransition(next, { type: 'RESPOND_TO_ESO_DIRECTION', on: '2026-03-08', kind: 'REASONS_GIVEN' })).toMatchObject({ detail: { late: false } });
    expect(prosecutionTransition(next, { type: 'RESPOND_TO_ESO_DIRECTION', on: '2026-03-09', kind: 'APPLIED_FOR_ESO' })).toMatchObject({
      next: { esoDirection: { response: { late: true, kind: 'APPLIED_FOR_ESO' } } },
    });
    expect(prosecutionTransition(laid(), { type: 'RESPOND_TO_ESO_DIRECTION', on: '2026-03-09', kind: 'APPLIED_FOR_ESO' })).toMatchObject({ reason: 'NO_ESO_DIRECTION' });
  });

  it('under s443 the direction comes on conviction, not before', () => {
    const s443 = laid({ ...preparing, offence: 'S443' });
    expect(prosecutionTransition(s443, { type: 'DIRECT_ESO', on: '2026-02-01' })).toMatchObject({ reason: 'ESO_DIRECTION_NOT_AVAILABLE' });
    const convicted = prosecutionTransition(s443, { type: 'RECORD_VERDICT', on: '2026-02-01', verdict: 'GUILTY', sentence: ['FINE'] });
    expect(convicted.allowed && prosecutionTransition(convicted.next, { type: 'DIRECT_ESO', on: '2026-02-01' }).allowed).toBe(true);
  });

  it('imprisonment is only available for the s444(1A) offence', () => {
    expect(prosecutionTransition(laid(), { type: 'RECORD_VERDICT', on: '2026-02-01', verdict: 'GUILTY', sentence: ['IMPRISONMENT'] })).toMatchObject({
      reason: 'SENTENCE_NOT_AVAILABLE',
    });
    const aggravated = laid({ ...preparing, offence: 'S444_1A' });
    expect(prosecutionTransition(aggravated, { type: 'RECORD_VERDICT', on: '2026-02-01', verdict: 'GUILTY', sentence: ['IMPRISONMENT', 'PARENTING_ORDER'] })).toMatchObject({
      next: { state: 'CONVICTED', sentence: ['IMPRISONMENT', 'PARENTING_ORDER'] },
    });
    expect(prosecutionTransition(laid(), { type: 'RECORD_VERDICT', on: '2026-02-01', verdict: 'NOT_GUILTY' })).toMatchObject({ next: { state: 'ACQUITTED' } });
  });

  it('can be withdrawn before a verdict, and refuses events a state does not accept', () => {
    expect(prosecutionTransition(laid(), { type: 'WITHDRAW', on: '2026-01-20' })).toMatchObject({ next: { state: 'WITHDRAWN', withdrawnOn: '2026-01-20' } });
    expect(prosecutionTransition(preparing, { type: 'RECORD_VERDICT', on: '2026-02-01', verdict: 'GUILTY' })).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
  });
});
