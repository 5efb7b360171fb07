import { TEST_CALENDAR_2025 } from '../register/test-calendar.fixture';
import { DEFAULT_NEW_PUPIL_RETURN_SETTINGS, newPupilReturnDue } from './new-pupil-return';

const cal = TEST_CALENDAR_2025;

describe('newPupilReturnDue', () => {
  it('a pupil entered on Monday 12 January 2026 is due on the LA by the end of Saturday 17 January (5th calendar day)', () => {
    expect(newPupilReturnDue({ enteredOn: '2026-01-12' }, cal)).toEqual({
      allowed: true,
      detail: { dayCounting: 'CALENDAR_DAYS', firstDayOfSchoolYear: '2025-09-03', dueBy: '2026-01-17' },
    });
  });

  it('an LA counting school days gets it by Monday 19 January', () => {
    const settings = { ...DEFAULT_NEW_PUPIL_RETURN_SETTINGS, dayCounting: 'SCHOOL_DAYS' as const };
    expect(newPupilReturnDue({ enteredOn: '2026-01-12' }, cal, settings).detail.dueBy).toBe('2026-01-19');
  });

  it('a reception pupil starting on the first day of the school year (after the INSET days) needs no return', () => {
    expect(newPupilReturnDue({ enteredOn: '2025-09-01', startDate: '2025-09-03', placedInMostJuniorClass: true }, cal)).toEqual({
      allowed: false,
      reason: 'JUNIOR_CLASS_STARTING_ON_FIRST_DAY_OF_YEAR',
      detail: { dayCounting: 'CALENDAR_DAYS', firstDayOfSchoolYear: '2025-09-03' },
    });
  });

  it('a reception pupil starting a day later, or a Year 3 pupil starting on the first day, needs one', () => {
    expect(newPupilReturnDue({ enteredOn: '2025-09-04', placedInMostJuniorClass: true }, cal)).toMatchObject({ allowed: true, detail: { dueBy: '2025-09-09' } });
    expect(newPupilReturnDue({ enteredOn: '2025-09-03' }, cal).allowed).toBe(true);
  });

  it('when the LA asks, junior-class pupils starting on the first day need a return too', () => {
    const settings = { ...DEFAULT_NEW_PUPIL_RETURN_SETTINGS, laAsksForJuniorClassAtYearStart: true };
    expect(newPupilReturnDue({ enteredOn: '2025-09-03', placedInMostJuniorClass: true }, cal, settings)).toMatchObject({
      allowed: true,
      detail: { dueBy: '2025-09-08' },
    });
  });

  it('without the school year in the calendar the exception cannot be applied, so the return is due', () => {
    expect(newPupilReturnDue({ enteredOn: '2026-09-02', placedInMostJuniorClass: true }, cal)).toEqual({
      allowed: true,
      detail: { dayCounting: 'CALENDAR_DAYS', dueBy: '2026-09-07' },
    });
  });
});
