import { overdueNMarks } from './overdue-n-marks';
import { TEST_CALENDAR_2025 } from './test-calendar.fixture';

describe('overdueNMarks', () => {
  const friday = { date: '2026-05-01', session: 'AM' as const, code: 'N' as const };

  it('an N from Friday 1 May is not overdue on its deadline day, Monday 11 May', () => {
    expect(overdueNMarks([friday], TEST_CALENDAR_2025, '2026-05-11')).toEqual([]);
  });

  it('an N from Friday 1 May is overdue from Tuesday 12 May and must become O', () => {
    expect(overdueNMarks([friday], TEST_CALENDAR_2025, '2026-05-12')).toEqual([
      { mark: friday, deadline: '2026-05-11', overdueFrom: '2026-05-12', becomes: 'O' },
    ]);
  });

  it('ignores codes other than N and N marks from today or later', () => {
    const marks = [
      { date: '2026-04-13', session: 'AM' as const, code: 'O' as const },
      { date: '2026-04-13', session: 'PM' as const, code: 'I' as const },
      { date: '2026-06-10', session: 'AM' as const, code: 'N' as const },
    ];
    expect(overdueNMarks(marks, TEST_CALENDAR_2025, '2026-06-10')).toEqual([]);
  });

  it('keeps the caller’s own fields on the mark (e.g. the pupil id)', () => {
    const mark = { ...friday, pupilId: 'p1' };
    expect(overdueNMarks([mark], TEST_CALENDAR_2025, '2026-06-01')[0].mark.pupilId).toBe('p1');
  });
});
