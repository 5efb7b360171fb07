import fc from 'fast-check';
import { LocalDate, Session, addDays } from '../../core';
import { AttendanceCode, Mark } from '../../codes';
import { sessionsBetween, typicalSchoolCalendar } from '../../calendar';
import { NOTICE_TO_IMPROVE_CONTENTS, noticeToImproveContentsCheck } from './notice-to-improve-contents';
import { noticeToImproveEarlyPenaltyNotice } from './notice-to-improve-early-penalty-notice';
import { noticeToImproveOutcome } from './notice-to-improve-outcome';
import { noticeToImprovePeriod } from './notice-to-improve-period';
import { DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, validateNoticeToImproveSettings } from './notice-to-improve-settings';
import { issueNoticeToImprove } from './notice-to-improve';

const cal = typicalSchoolCalendar(2025);
const mark = (date: LocalDate, code: AttendanceCode = '/', session: Session = 'AM'): Mark => ({ date, session, code });
const everySchoolDay = (from: LocalDate, to: LocalDate, code: AttendanceCode = '/'): Mark[] =>
  sessionsBetween(cal, from, to).map((s) => ({ ...s, code }));
const ALL_CONTENTS = NOTICE_TO_IMPROVE_CONTENTS.map((c) => c.item);

describe('noticeToImprovePeriod', () => {
  it('6 school weeks from 1 Oct 2025 skip the half-term week and end on 11 Nov', () => {
    expect(noticeToImprovePeriod(cal, '2025-10-01')).toEqual({ startsOn: '2025-10-01', endsOn: '2025-11-11', schoolDays: 25, cappedBySchoolDays: false });
  });

  it('a period over Christmas does not count the week wholly in the holidays', () => {
    expect(noticeToImprovePeriod(cal, '2025-12-17')).toMatchObject({ endsOn: '2026-02-03', schoolDays: 24 });
  });

  it('an LA cap in school days ends the period early', () => {
    const settings = { ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, periodUnit: 'CALENDAR_WEEKS' as const, maxSchoolDays: 20 };
    expect(noticeToImprovePeriod(cal, '2025-09-08', settings)).toEqual({ startsOn: '2025-09-08', endsOn: '2025-10-03', schoolDays: 20, cappedBySchoolDays: true });
  });

  it('calendar weeks: 4 weeks from 8 Sep end on 5 Oct', () => {
    const settings = { ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, periodWeeks: 4, periodUnit: 'CALENDAR_WEEKS' as const, maxSchoolDays: undefined };
    expect(noticeToImprovePeriod(cal, '2025-09-08', settings)).toMatchObject({ endsOn: '2025-10-05', schoolDays: 20 });
  });

  it('refuses a period outside 3–6 weeks and a calendar that ends too soon', () => {
    expect(() => noticeToImprovePeriod(cal, '2025-10-01', { ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, periodWeeks: 8 })).toThrow(/IMPROVEMENT_PERIOD_OUT_OF_RANGE/);
    expect(() => noticeToImprovePeriod(cal, '2026-07-10')).toThrow(/calendar ends/);
  });
});

describe('validateNoticeToImproveSettings', () => {
  it('accepts 3 to 6 weeks and refuses 2 and 7', () => {
    for (const periodWeeks of [3, 4, 5, 6]) {
      expect(validateNoticeToImproveSettings({ ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, periodWeeks, earlyPenaltyNotice: { allowed: false, minFurtherUnauthorisedSessions: 1, notBeforeWeeks: 0 } }).allowed).toBe(true);
    }
    expect(validateNoticeToImproveSettings({ ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, periodWeeks: 2 })).toMatchObject({ reason: 'IMPROVEMENT_PERIOD_OUT_OF_RANGE', detail: { minWeeks: 3, maxWeeks: 6 } });
    expect(validateNoticeToImproveSettings({ ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, periodWeeks: 7 }).allowed).toBe(false);
  });

  it('refuses a nonsensical cap, attendance target or early-issue week', () => {
    expect(validateNoticeToImproveSettings({ ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, maxSchoolDays: 0 })).toMatchObject({ reason: 'MAX_SCHOOL_DAYS_INVALID' });
    expect(validateNoticeToImproveSettings({ ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, sufficientImprovement: { maxUnauthorisedSessions: 0, minAttendancePercent: 120 } })).toMatchObject({
      reason: 'ATTENDANCE_TARGET_OUT_OF_RANGE',
    });
    expect(validateNoticeToImproveSettings({ ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, periodWeeks: 3 })).toMatchObject({ reason: 'EARLY_ISSUE_AFTER_PERIOD' });
  });
});

describe('noticeToImproveOutcome', () => {
  const period = { startsOn: '2025-10-01', endsOn: '2025-11-11' };

  it('full attendance through the period is sufficient improvement once it ends', () => {
    const marks = everySchoolDay('2025-10-01', '2025-11-11');
    expect(noticeToImproveOutcome({ period, marks, asAt: '2025-11-12' })).toEqual({
      status: 'SUFFICIENT_IMPROVEMENT',
      unauthorisedSessions: 0,
      possibleSessions: 50,
      attendedSessions: 50,
      attendancePercent: 100,
      shortfalls: [],
    });
    expect(noticeToImproveOutcome({ period, marks, asAt: '2025-11-11' }).status).toBe('IN_PROGRESS');
  });

  it('one further unauthorised session settles it as insufficient, even mid-period', () => {
    const marks = [...everySchoolDay('2025-10-01', '2025-10-10'), mark('2025-10-13', 'G')];
    expect(noticeToImproveOutcome({ period, marks, asAt: '2025-10-14' })).toMatchObject({
      status: 'INSUFFICIENT_IMPROVEMENT',
      unauthorisedSessions: 1,
      shortfalls: ['TOO_MANY_UNAUTHORISED_SESSIONS'],
    });
  });

  it('an attendance target is judged at the end of the period', () => {
    const settings = { ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, sufficientImprovement: { maxUnauthorisedSessions: 0, minAttendancePercent: 95 } };
    const marks = [...everySchoolDay('2025-10-01', '2025-10-03', 'I'), ...everySchoolDay('2025-10-06', '2025-11-11')];
    expect(noticeToImproveOutcome({ period, marks, asAt: '2025-10-20', settings }).status).toBe('IN_PROGRESS');
    expect(noticeToImproveOutcome({ period, marks, asAt: '2025-11-12', settings })).toMatchObject({
      status: 'INSUFFICIENT_IMPROVEMENT',
      attendancePercent: 88,
      shortfalls: ['ATTENDANCE_BELOW_TARGET'],
    });
  });

  it('no possible sessions gives no attendance figure', () => {
    expect(noticeToImproveOutcome({ period, marks: [], asAt: '2025-11-12' })).toMatchObject({ status: 'SUFFICIENT_IMPROVEMENT', possibleSessions: 0 });
  });

  it('property: more unauthorised absence never turns insufficient into sufficient', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 41 }), { maxLength: 10 }), fc.integer({ min: 0, max: 41 }), (days, extra) => {
        const marks = days.map((d) => mark(addDays('2025-10-01', d), 'U'));
        const before = noticeToImproveOutcome({ period, marks, asAt: '2025-11-12' });
        const after = noticeToImproveOutcome({ period, marks: [...marks, mark(addDays('2025-10-01', extra), 'U', 'PM')], asAt: '2025-11-12' });
        if (before.status === 'INSUFFICIENT_IMPROVEMENT') expect(after.status).toBe('INSUFFICIENT_IMPROVEMENT');
      }),
    );
  });
});

describe('noticeToImproveEarlyPenaltyNotice', () => {
  const period = { startsOn: '2025-10-01', endsOn: '2025-11-11' };
  const marks = [mark('2025-10-08', 'U'), mark('2025-10-08', 'U')];

  it('further unauthorised absence allows a penalty notice after 3 weeks of the period', () => {
    expect(noticeToImproveEarlyPenaltyNotice({ period, marks, proposedOn: '2025-10-22' })).toEqual({
      allowed: true,
      detail: { furtherUnauthorisedSessions: 1, requiredSessions: 1, earliestOn: '2025-10-22' },
    });
    expect(noticeToImproveEarlyPenaltyNotice({ period, marks, proposedOn: '2025-10-21' })).toMatchObject({ reason: 'TOO_EARLY_IN_PERIOD' });
  });

  it('refuses without further absence, after the period, or where the code does not allow it', () => {
    expect(noticeToImproveEarlyPenaltyNotice({ period, marks: [], proposedOn: '2025-10-22' })).toMatchObject({ reason: 'NOT_ENOUGH_FURTHER_ABSENCE' });
    expect(noticeToImproveEarlyPenaltyNotice({ period, marks, proposedOn: '2025-11-12' })).toMatchObject({ reason: 'IMPROVEMENT_PERIOD_ENDED' });
    const settings = { ...DEFAULT_NOTICE_TO_IMPROVE_SETTINGS, earlyPenaltyNotice: { allowed: false, minFurtherUnauthorisedSessions: 1, notBeforeWeeks: 0 } };
    expect(noticeToImproveEarlyPenaltyNotice({ period, marks, proposedOn: '2025-10-22', settings })).toMatchObject({ reason: 'EARLY_ISSUE_NOT_IN_CODE' });
  });
});

describe('noticeToImproveContentsCheck and issueNoticeToImprove', () => {
  it('lists what a draft notice is missing', () => {
    expect(noticeToImproveContentsCheck(ALL_CONTENTS)).toEqual({ allowed: true, detail: { missing: [] } });
    expect(noticeToImproveContentsCheck(ALL_CONTENTS.filter((c) => c !== 'IMPROVEMENT_PERIOD'))).toEqual({
      allowed: false,
      reason: 'CONTENTS_MISSING',
      detail: { missing: ['IMPROVEMENT_PERIOD'] },
    });
  });

  const input = {
    id: 'nti-1',
    parentId: 'mum',
    childId: 'amy',
    issuedOn: '2025-09-30',
    periodStartsOn: '2025-10-01',
    calendar: cal,
    thresholdMet: true,
    support: 'SUPPORT_NOT_ENGAGED_WITH' as const,
    contents: ALL_CONTENTS,
  };

  it('issues a notice with its improvement period once the threshold is met and support has not been engaged with', () => {
    const result = issueNoticeToImprove(input);
    expect(result).toMatchObject({ allowed: true, next: { id: 'nti-1', period: { endsOn: '2025-11-11' } } });
    expect(issueNoticeToImprove({ ...input, support: 'SUPPORT_NOT_APPROPRIATE' })).toMatchObject({ allowed: true, detail: { supportNotAppropriate: true } });
  });

  it('refuses before the threshold, before support, or with contents missing', () => {
    expect(issueNoticeToImprove({ ...input, thresholdMet: false })).toMatchObject({ reason: 'THRESHOLD_NOT_MET' });
    expect(issueNoticeToImprove({ ...input, support: 'SUPPORT_UNDER_WAY' })).toMatchObject({ reason: 'SUPPORT_NOT_YET_TRIED' });
    expect(issueNoticeToImprove({ ...input, contents: [] })).toMatchObject({ reason: 'CONTENTS_MISSING', detail: { missing: ALL_CONTENTS } });
  });
});
