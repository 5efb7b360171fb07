import fc from 'fast-check';
import { typicalSchoolCalendar, sessionsBetween } from '../calendar';
import { AttendanceCode, Mark } from '../codes';
import { SEFTON_DEFAULT_POLICY } from '../graduated-response';
import { scanPupil } from './scan-pupil';

const calendar = typicalSchoolCalendar(2026);
const today = '2026-11-20';
const sessions = sessionsBetween(calendar, '2026-09-01', today);

function marksWith(absences: ReadonlyMap<number, AttendanceCode>): Mark[] {
  return sessions.map((s, i) => ({ ...s, code: absences.get(i) ?? (s.session === 'AM' ? '/' : '\\') }));
}

function scan(marks: Mark[], dateOfBirth = '2015-03-10') {
  return scanPupil({ pupilId: '1', fullName: 'Ava Jones', address: '1 High Street', dateOfBirth, marks, calendar, policy: SEFTON_DEFAULT_POLICY, today });
}

describe('scanPupil (the nightly scan)', () => {
  it('finds nothing to do for a pupil who has attended every session', () => {
    const findings = scan(marksWith(new Map()));
    expect(findings.yearToDate.attendanceRate).toBe(100);
    expect(findings.needs).toEqual([]);
  });

  it('flags a term-time holiday of 10 unauthorised sessions as meeting the penalty-notice threshold', () => {
    const last = sessions.length - 1;
    const holiday = new Map<number, AttendanceCode>(Array.from({ length: 10 }, (_, i) => [last - 12 - i, 'G']));
    const findings = scan(marksWith(holiday));
    expect(findings.penaltyNoticeThreshold?.met).toBe(true);
    expect(findings.needs).toContain('PENALTY_NOTICE_THRESHOLD_MET');
  });

  it('does not consider a penalty notice for a child below compulsory school age', () => {
    const last = sessions.length - 1;
    const holiday = new Map<number, AttendanceCode>(Array.from({ length: 10 }, (_, i) => [last - 12 - i, 'G']));
    const findings = scan(marksWith(holiday), '2022-01-15');
    expect(findings.penaltyNoticeThreshold).toBeUndefined();
    expect(findings.needs).not.toContain('PENALTY_NOTICE_THRESHOLD_MET');
  });

  it('lists a severely absent pupil first, with the graduated-response actions due', () => {
    const absentHalf = new Map<number, AttendanceCode>(sessions.map((_, i) => [i, 'O'] as [number, AttendanceCode]).filter(([i]) => i % 2 === 0));
    const findings = scan(marksWith(absentHalf));
    expect(findings.yearToDate.severelyAbsent).toBe(true);
    expect(findings.needs[0]).toBe('SEVERELY_ABSENT');
    expect(findings.needs).toContain('GRADUATED_RESPONSE_ACTIONS_DUE');
    expect(findings.classification.classified && findings.classification.band).toBe(5);
  });

  it('flags an N still unresolved more than 5 school days later', () => {
    const findings = scan(marksWith(new Map([[sessions.length - 20, 'N']])));
    expect(findings.overdueN).toHaveLength(1);
    expect(findings.needs).toContain('REASON_FOR_ABSENCE_OVERDUE');
  });

  it('leaves out marks after today, and marks of earlier years from the year to date', () => {
    const clean = marksWith(new Map([[sessions.length - 30, 'O']]));
    const withOthers: Mark[] = [{ date: '2025-12-03', session: 'AM', code: 'O' }, ...clean, { date: '2026-11-23', session: 'AM', code: 'G' }];
    expect(scan(withOthers)).toEqual(scan(clean));
    expect(scan(withOthers).yearToDate.possibleSessions).toBe(sessions.length);
  });

  it('never calls a pupil severely absent without also counting them persistently absent (SA ⊂ PA)', () => {
    const codes: AttendanceCode[] = ['/', 'I', 'O', 'G', 'M', 'B', '#'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...codes), { minLength: sessions.length, maxLength: sessions.length }), (picked) => {
        const findings = scan(sessions.map((s, i) => ({ ...s, code: picked[i] })));
        if (findings.yearToDate.severelyAbsent) expect(findings.yearToDate.persistentlyAbsent).toBe(true);
        expect(findings.needs.includes('SEVERELY_ABSENT') && findings.needs.includes('PERSISTENTLY_ABSENT')).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
