import fc from 'fast-check';
import { INTERVENTION_SCHOOL_TYPES } from '../intervention-school-type';
import { PenaltyNoticeEligibilityInput, penaltyNoticeEligibility } from './penalty-notice-eligibility';
import { DEFAULT_PENALTY_NOTICE_SETTINGS } from './penalty-notice-settings';

const termTimeHoliday: PenaltyNoticeEligibilityInput = {
  proposedIssueDate: '2025-10-01',
  child: { dateOfBirth: '2016-05-04' },
  offencePeriod: { from: '2025-09-15', to: '2025-09-26' },
  thresholdMet: true,
  schoolType: 'ACADEMY',
  schoolLa: '343',
  codeOfConductLa: '343',
  issuer: { role: 'HEADTEACHER', authorised: false },
  support: 'SUPPORT_NOT_APPROPRIATE',
  likelyToChangeParentalBehaviour: true,
  noticeToImproveSkipped: { reason: 'SUPPORT_NOT_APPROPRIATE', authorisedOfficer: 'A. Officer' },
  previousNotices: [],
};

describe('penaltyNoticeEligibility', () => {
  it('a term-time holiday with the officer recording why no Notice to Improve is eligible as a first notice', () => {
    expect(penaltyNoticeEligibility(termTimeHoliday)).toMatchObject({ allowed: true, detail: { noticeNumber: 1, reasons: [] } });
  });

  it('refuses a child not of compulsory school age over the offence period', () => {
    const fourYearOld = { ...termTimeHoliday, child: { dateOfBirth: '2021-01-10' } };
    expect(penaltyNoticeEligibility(fourYearOld)).toMatchObject({ allowed: false, reason: 'NOT_COMPULSORY_SCHOOL_AGE' });
    const told = { ...termTimeHoliday, child: { compulsorySchoolAge: false } };
    expect(penaltyNoticeEligibility(told)).toMatchObject({ allowed: false, reason: 'NOT_COMPULSORY_SCHOOL_AGE' });
  });

  it('refuses a pupil at an independent school (LA setting)', () => {
    expect(penaltyNoticeEligibility({ ...termTimeHoliday, schoolType: 'INDEPENDENT' })).toMatchObject({ reason: 'SCHOOL_TYPE_OUT_OF_SCOPE' });
    const settings = { ...DEFAULT_PENALTY_NOTICE_SETTINGS, schoolTypesOutOfScope: [] };
    expect(penaltyNoticeEligibility({ ...termTimeHoliday, schoolType: 'INDEPENDENT', settings }).allowed).toBe(true);
  });

  it('lists every reason, the first as the reason', () => {
    const result = penaltyNoticeEligibility({
      ...termTimeHoliday,
      thresholdMet: false,
      codeOfConductLa: '344',
      issuer: { role: 'DEPUTY_OR_ASSISTANT_HEAD', authorised: false },
      support: 'SUPPORT_NOT_YET_OFFERED',
      likelyToChangeParentalBehaviour: false,
    });
    expect(result).toMatchObject({
      allowed: false,
      reason: 'THRESHOLD_NOT_MET',
      detail: {
        reasons: ['THRESHOLD_NOT_MET', 'NOT_UNDER_SCHOOL_LA_CODE_OF_CONDUCT', 'ISSUER_NOT_AUTHORISED', 'SUPPORT_NOT_YET_TRIED', 'NOT_LIKELY_TO_CHANGE_BEHAVIOUR'],
      },
    });
  });

  it('an authorised deputy head or LA officer may issue', () => {
    expect(penaltyNoticeEligibility({ ...termTimeHoliday, issuer: { role: 'LA_OFFICER', authorised: true } }).allowed).toBe(true);
  });

  it('needs a Notice to Improve first unless an authorised officer records a reason to skip it', () => {
    const supportFailed = { ...termTimeHoliday, support: 'SUPPORT_NOT_ENGAGED_WITH' as const, noticeToImproveSkipped: undefined };
    expect(penaltyNoticeEligibility(supportFailed)).toMatchObject({ reason: 'NOTICE_TO_IMPROVE_REQUIRED' });
    const unsigned = { ...supportFailed, noticeToImproveSkipped: { reason: 'PARENT_ALREADY_HAD_NOTICE_TO_IMPROVE' as const, authorisedOfficer: ' ' } };
    expect(penaltyNoticeEligibility(unsigned)).toMatchObject({ reason: 'NOTICE_TO_IMPROVE_SKIP_NOT_RECORDED_BY_OFFICER' });
  });

  it('waits for the improvement period unless the early-issue grounds are met, and stops if the parent improved', () => {
    const base = { ...termTimeHoliday, support: 'SUPPORT_PROVIDED_NOT_WORKED' as const, noticeToImproveSkipped: undefined };
    const running = { ...base, noticeToImprove: { periodEndsOn: '2025-10-10', outcome: 'IN_PROGRESS' as const } };
    expect(penaltyNoticeEligibility(running)).toMatchObject({ reason: 'NOTICE_TO_IMPROVE_PERIOD_RUNNING' });
    expect(penaltyNoticeEligibility({ ...running, noticeToImprove: { ...running.noticeToImprove, earlyIssueGroundsMet: true } }).allowed).toBe(true);
    const ended = { ...base, proposedIssueDate: '2025-10-13' };
    expect(penaltyNoticeEligibility({ ...ended, noticeToImprove: { periodEndsOn: '2025-10-10', outcome: 'INSUFFICIENT_IMPROVEMENT' } }).allowed).toBe(true);
    expect(penaltyNoticeEligibility({ ...ended, noticeToImprove: { periodEndsOn: '2025-10-10', outcome: 'SUFFICIENT_IMPROVEMENT' } })).toMatchObject({
      reason: 'IMPROVED_AFTER_NOTICE_TO_IMPROVE',
    });
    expect(penaltyNoticeEligibility({ ...ended, noticeToImprove: { periodEndsOn: '2025-10-10', outcome: 'IN_PROGRESS' } })).toMatchObject({
      reason: 'NOTICE_TO_IMPROVE_OUTCOME_NOT_ASSESSED',
    });
  });

  it('a third notice in 3 years is refused and suggests prosecution, an ESO or a contract', () => {
    const previousNotices = [
      { id: 'a', issuedOn: '2024-10-01', state: 'PAID_REDUCED' as const },
      { id: 'b', issuedOn: '2025-03-01', state: 'UNPAID' as const },
    ];
    expect(penaltyNoticeEligibility({ ...termTimeHoliday, previousNotices })).toMatchObject({
      allowed: false,
      reason: 'LIMIT_REACHED_IN_3_YEARS',
      detail: { alternatives: ['PROSECUTION', 'EDUCATION_SUPERVISION_ORDER', 'ATTENDANCE_CONTRACT', 'OTHER_LEGAL_INTERVENTION'], limit: { limitLiftsOn: '2027-10-01' } },
    });
  });

  it('property: only the school types the LA lists as out of scope are refused for that reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INTERVENTION_SCHOOL_TYPES), fc.subarray([...INTERVENTION_SCHOOL_TYPES]), (schoolType, outOfScope) => {
        const settings = { ...DEFAULT_PENALTY_NOTICE_SETTINGS, schoolTypesOutOfScope: outOfScope };
        const result = penaltyNoticeEligibility({ ...termTimeHoliday, schoolType, settings });
        expect(result.allowed).toBe(!outOfScope.includes(schoolType));
      }),
    );
  });
});
