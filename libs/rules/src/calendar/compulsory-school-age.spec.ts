import fc from 'fast-check';
import { addDays, addYears, ageOn, fromEpochDay, isoWeekday } from '../core';
import {
  ageAtStartOfAcademicYear,
  compulsorySchoolAgeEnd,
  compulsorySchoolAgeStart,
  isCompulsorySchoolAge,
  ncYearGroup,
  ncYearGroupLabel,
  schoolLeavingDate,
} from './compulsory-school-age';

const anyBirthDate = fc.integer({ min: 7_000, max: 25_000 }).map(fromEpochDay);

describe('compulsory school age starts', () => {
  it('for a child born 10 February 2019, on 31 March 2024 (domain example)', () => {
    expect(compulsorySchoolAgeStart('2019-02-10')).toBe('2024-03-31');
  });

  it('on the 5th birthday itself when that is a prescribed day (born 31 March 2019 → 31 March 2024)', () => {
    expect(compulsorySchoolAgeStart('2019-03-31')).toBe('2024-03-31');
    expect(compulsorySchoolAgeStart('2019-08-31')).toBe('2024-08-31');
    expect(compulsorySchoolAgeStart('2019-12-31')).toBe('2024-12-31');
  });

  it('on the next prescribed day for a child turning 5 the day after one (1 April → 31 August; 1 September → 31 December; 1 January → 31 March)', () => {
    expect(compulsorySchoolAgeStart('2019-04-01')).toBe('2024-08-31');
    expect(compulsorySchoolAgeStart('2019-09-01')).toBe('2024-12-31');
    expect(compulsorySchoolAgeStart('2020-01-01')).toBe('2025-03-31');
  });

  it('for a leap-day birthday, on 31 March of the year the child turns 5', () => {
    expect(compulsorySchoolAgeStart('2020-02-29')).toBe('2025-03-31');
  });

  it('is always a prescribed day on or after the 5th birthday and within 4 months of it', () => {
    fc.assert(
      fc.property(anyBirthDate, (dob) => {
        const start = compulsorySchoolAgeStart(dob);
        expect(['03-31', '08-31', '12-31']).toContain(start.slice(5));
        expect(ageOn(dob, start)).toBe(5);
        expect(start < addDays(addYears(dob, 5), 153)).toBe(true);
      }),
    );
  });
});

describe('compulsory school age ends (school leaving date)', () => {
  it('for a child born 23 September 2007, on Friday 28 June 2024 (domain example)', () => {
    expect(compulsorySchoolAgeEnd('2007-09-23')).toBe('2024-06-28');
  });

  it('falls on the last Friday in June', () => {
    expect(schoolLeavingDate(2024)).toBe('2024-06-28');
    expect(schoolLeavingDate(2025)).toBe('2025-06-27');
    expect(schoolLeavingDate(2027)).toBe('2027-06-25');
    expect(schoolLeavingDate(2029)).toBe('2029-06-29');
    expect(schoolLeavingDate(2023)).toBe('2023-06-30');
  });

  it('is the same June for children born 1 September 2007 and 31 August 2008 (the same school year)', () => {
    expect(compulsorySchoolAgeEnd('2007-09-01')).toBe('2024-06-28');
    expect(compulsorySchoolAgeEnd('2008-08-31')).toBe('2024-06-28');
  });

  it('moves to the next June for a child born on 1 September rather than 31 August', () => {
    expect(compulsorySchoolAgeEnd('2008-08-31')).toBe('2024-06-28');
    expect(compulsorySchoolAgeEnd('2008-09-01')).toBe('2025-06-27');
  });

  it('comes before the 16th birthday for a summer-born child who turns 16 after the leaving date (s8(3)(a))', () => {
    expect(compulsorySchoolAgeEnd('2008-07-15')).toBe('2024-06-28');
    expect(ageOn('2008-07-15', '2024-06-28')).toBe(15);
  });

  it('is the leaving date itself for a child who turns 16 on it (s8(3)(b))', () => {
    expect(compulsorySchoolAgeEnd('2008-06-28')).toBe('2024-06-28');
  });

  it('is always a Friday in the last week of June, when the child is 15 or 16', () => {
    fc.assert(
      fc.property(anyBirthDate, (dob) => {
        const end = compulsorySchoolAgeEnd(dob);
        expect(isoWeekday(end)).toBe(5);
        expect(end.slice(5) >= '06-24' && end.slice(5) <= '06-30').toBe(true);
        expect([15, 16]).toContain(ageOn(dob, end));
      }),
    );
  });
});

describe('isCompulsorySchoolAge', () => {
  it('is false the day before the start date, and true from the start date', () => {
    expect(isCompulsorySchoolAge('2019-02-10', '2024-03-30')).toBe(false);
    expect(isCompulsorySchoolAge('2019-02-10', '2024-03-31')).toBe(true);
  });

  it('is true on the school leaving date and false the day after', () => {
    expect(isCompulsorySchoolAge('2007-09-23', '2024-06-28')).toBe(true);
    expect(isCompulsorySchoolAge('2007-09-23', '2024-06-29')).toBe(false);
  });

  it('holds for every day between the start and the end and no other', () => {
    fc.assert(
      fc.property(anyBirthDate, fc.integer({ min: -400, max: 7_000 }), (dob, offset) => {
        const start = compulsorySchoolAgeStart(dob);
        const date = addDays(start, offset);
        expect(isCompulsorySchoolAge(dob, date)).toBe(offset >= 0 && date <= compulsorySchoolAgeEnd(dob));
      }),
    );
  });
});

describe('national curriculum year group', () => {
  it('puts a child born 1 September 2020 in Reception and one born 31 August 2020 in Year 1 in 2025/26', () => {
    expect(ncYearGroup('2020-09-01', 2025)).toBe(0);
    expect(ncYearGroup('2020-08-31', 2025)).toBe(1);
    expect(ncYearGroup('2021-08-31', 2025)).toBe(0);
  });

  it('puts a child aged 15 on 31 August in Year 11', () => {
    expect(ageAtStartOfAcademicYear('2009-09-01', 2024)).toBe(14);
    expect(ageAtStartOfAcademicYear('2009-08-31', 2024)).toBe(15);
    expect(ncYearGroup('2009-08-31', 2024)).toBe(11);
  });

  it('puts the child born 23 September 2007 in Year 11 in 2023/24, the year compulsory school age ends', () => {
    expect(ncYearGroup('2007-09-23', 2023)).toBe(11);
  });

  it('has labels for Nursery, Reception and numbered years', () => {
    expect(ncYearGroupLabel(-2)).toBe('Below nursery age');
    expect(ncYearGroupLabel(-1)).toBe('Nursery');
    expect(ncYearGroupLabel(0)).toBe('Reception');
    expect(ncYearGroupLabel(1)).toBe('Year 1');
    expect(ncYearGroupLabel(13)).toBe('Year 13');
  });

  it('goes up by one each academic year', () => {
    fc.assert(
      fc.property(anyBirthDate, fc.integer({ min: 1990, max: 2040 }), (dob, year) => {
        expect(ncYearGroup(dob, year + 1)).toBe(ncYearGroup(dob, year) + 1);
      }),
    );
  });

  it('leaves compulsory school age in the June of Year 11', () => {
    fc.assert(
      fc.property(anyBirthDate, (dob) => {
        const end = compulsorySchoolAgeEnd(dob);
        expect(ncYearGroup(dob, Number(end.slice(0, 4)) - 1)).toBe(11);
      }),
    );
  });
});
