import { missingMarks } from './missing-marks';
import { TEST_CALENDAR_2025 } from './test-calendar.fixture';

const onRoll = { admissionDate: '2025-09-01' };

describe('missingMarks', () => {
  it('lists the sessions in the range that have no mark yet', () => {
    const marks = [
      { date: '2025-09-08', session: 'AM' as const, code: '/' as const },
      { date: '2025-09-08', session: 'PM' as const, code: '\\' as const },
      { date: '2025-09-09', session: 'AM' as const, code: 'N' as const },
    ];
    expect(missingMarks(TEST_CALENDAR_2025, onRoll, '2025-09-08', '2025-09-09', marks)).toEqual([
      { date: '2025-09-09', session: 'PM', because: 'SESSION_HELD' },
    ]);
  });
});
