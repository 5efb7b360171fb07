import fc from 'fast-check';
import { addDays, fromEpochDay } from '../core';
import {
  academicYearEnd,
  academicYearLabel,
  academicYearOf,
  academicYearStart,
  parseAcademicYearLabel,
} from './academic-year';

const anyDate = fc.integer({ min: 0, max: 60_000 }).map(fromEpochDay);

describe('academic year', () => {
  it('puts 1 September 2025 and 31 August 2026 in 2025/26, and 31 August 2025 in 2024/25', () => {
    expect(academicYearOf('2025-09-01')).toBe(2025);
    expect(academicYearOf('2026-08-31')).toBe(2025);
    expect(academicYearOf('2025-08-31')).toBe(2024);
    expect(academicYearOf('2026-01-15')).toBe(2025);
  });

  it('starts on 1 September and ends on 31 August', () => {
    expect(academicYearStart(2025)).toBe('2025-09-01');
    expect(academicYearEnd(2025)).toBe('2026-08-31');
  });

  it('is written 2025/26, and 1999/00 across a century', () => {
    expect(academicYearLabel(2025)).toBe('2025/26');
    expect(academicYearLabel(1999)).toBe('1999/00');
    expect(academicYearLabel(2009)).toBe('2009/10');
  });

  it('reads 2025/26, 2025-26 and 2025/2026 back, and rejects years that do not follow on', () => {
    expect(parseAcademicYearLabel('2025/26')).toBe(2025);
    expect(parseAcademicYearLabel(' 2025-26 ')).toBe(2025);
    expect(parseAcademicYearLabel('2025/2026')).toBe(2025);
    expect(parseAcademicYearLabel('1999/00')).toBe(1999);
    expect(parseAcademicYearLabel('2025/27')).toBeUndefined();
    expect(parseAcademicYearLabel('2025/2126')).toBeUndefined();
    expect(parseAcademicYearLabel('25/26')).toBeUndefined();
  });

  it('every date lies between the start and end of its academic year, and the next day is in the same or the next year', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const year = academicYearOf(date);
        expect(date >= academicYearStart(year) && date <= academicYearEnd(year)).toBe(true);
        expect(academicYearOf(addDays(date, 1)) - year).toBe(date === academicYearEnd(year) ? 1 : 0);
        expect(parseAcademicYearLabel(academicYearLabel(year))).toBe(year);
      }),
    );
  });
});
