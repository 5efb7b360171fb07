import { SchoolCalendar } from '../calendar';

/**
 * 2025/26 for tests (not exported from the barrel): half terms as many LAs publish them; INSET 1–2 Sep;
 * Christmas finish at lunchtime on 19 Dec (planned closure, PM); snow day 8 Jan (unplanned closure);
 * Early May bank holiday Mon 4 May 2026 falls in SUMMER_1 (England & Wales list by default).
 */
export const TEST_CALENDAR_2025: SchoolCalendar = {
  halfTerms: [
    { name: 'AUTUMN_1', academicYear: 2025, start: '2025-09-01', end: '2025-10-24' },
    { name: 'AUTUMN_2', academicYear: 2025, start: '2025-11-03', end: '2025-12-19' },
    { name: 'SPRING_1', academicYear: 2025, start: '2026-01-05', end: '2026-02-13' },
    { name: 'SPRING_2', academicYear: 2025, start: '2026-02-23', end: '2026-03-27' },
    { name: 'SUMMER_1', academicYear: 2025, start: '2026-04-13', end: '2026-05-22' },
    { name: 'SUMMER_2', academicYear: 2025, start: '2026-06-01', end: '2026-07-22' },
  ],
  closures: [
    { start: '2025-09-01', end: '2025-09-02', kind: 'INSET', sessions: 'BOTH' },
    { start: '2025-12-19', end: '2025-12-19', kind: 'PLANNED_CLOSURE', sessions: 'PM', description: 'Christmas early finish' },
    { start: '2026-01-08', end: '2026-01-08', kind: 'UNPLANNED_CLOSURE', sessions: 'BOTH', description: 'Snow' },
  ],
};
