import { attendanceReturnPeriod } from './attendance-return-period';
import { DEFAULT_ATTENDANCE_RETURN_SETTINGS } from './attendance-return-settings';

describe('attendanceReturnPeriod', () => {
  it('by default the return covers the calendar month and is due on its last day', () => {
    expect(attendanceReturnPeriod('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28', dueBy: '2026-02-28' });
  });

  it('an LA can agree a weekly return due 2 days after the week ends', () => {
    expect(attendanceReturnPeriod('2026-02-11', { ...DEFAULT_ATTENDANCE_RETURN_SETTINGS, interval: 'WEEKLY', dueDaysAfterPeriodEnd: 2 })).toEqual({
      from: '2026-02-09',
      to: '2026-02-15',
      dueBy: '2026-02-17',
    });
  });
});
