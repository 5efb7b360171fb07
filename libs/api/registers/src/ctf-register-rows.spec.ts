import { sessionSlots } from './ctf-register-rows';

describe('sessionSlots (CTF AttendanceMarks positions)', () => {
  it('counts AM then PM over the weekdays from the start date, skipping weekends', () => {
    expect(sessionSlots('2025-10-09', 6)).toEqual([
      { date: '2025-10-09', session: 'AM' },
      { date: '2025-10-09', session: 'PM' },
      { date: '2025-10-10', session: 'AM' },
      { date: '2025-10-10', session: 'PM' },
      { date: '2025-10-13', session: 'AM' },
      { date: '2025-10-13', session: 'PM' },
    ]);
  });

  it('starts on the Monday when the start date is a weekend', () => {
    expect(sessionSlots('2025-10-11', 1)).toEqual([{ date: '2025-10-13', session: 'AM' }]);
  });

  it('gives ten sessions to a five-day week and none to an empty string', () => {
    expect(new Set(sessionSlots('2025-10-06', 10).map((s) => s.date)).size).toBe(5);
    expect(sessionSlots('2025-10-06', 0)).toEqual([]);
  });
});
