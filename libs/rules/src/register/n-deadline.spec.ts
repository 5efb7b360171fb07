import { nDeadline } from './n-deadline';
import { TEST_CALENDAR_2025 } from './test-calendar.fixture';

describe('nDeadline', () => {
  it('an N on Friday 1 May 2026 must be replaced by Monday 11 May: the bank holiday and weekend are not school days', () => {
    // Tue 5, Wed 6, Thu 7, Fri 8, Mon 11 May are the 5 school days after the session.
    expect(nDeadline('2026-05-01', TEST_CALENDAR_2025)).toBe('2026-05-11');
  });

  it('an N on the last day before October half term runs into the next half term', () => {
    expect(nDeadline('2025-10-24', TEST_CALENDAR_2025)).toBe('2025-11-07');
  });
});
