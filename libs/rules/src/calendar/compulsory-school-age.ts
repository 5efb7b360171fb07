import { LocalDate, addDays, addYears, ageOn, isoWeekday, localDate, monthOf, yearOf } from '../core';

/** The prescribed days on which compulsory school age can start (EA 1996 s8(2); SI 1998/1607). */
export const CSA_PRESCRIBED_DAYS: readonly { month: number; day: number }[] = [
  { month: 3, day: 31 },
  { month: 8, day: 31 },
  { month: 12, day: 31 },
];

// domain §4; EA 1996 s8(2): compulsory school age starts on the first prescribed day (31 Mar, 31 Aug, 31 Dec) on or after the 5th birthday
export function compulsorySchoolAgeStart(dateOfBirth: LocalDate): LocalDate {
  const fifthBirthday = addYears(dateOfBirth, 5);
  const year = yearOf(fifthBirthday);
  const candidates = CSA_PRESCRIBED_DAYS.map(({ month, day }) => localDate(year, month, day));
  return candidates.find((d) => d >= fifthBirthday) ?? localDate(year, 12, 31);
}

// domain §4; Education (School Leaving Date) Order 1997: the school leaving date is the last Friday in June
export function schoolLeavingDate(year: number): LocalDate {
  const lastOfJune = localDate(year, 6, 30);
  return addDays(lastOfJune, -((isoWeekday(lastOfJune) + 2) % 7));
}

// domain §4; EA 1996 s8(3): compulsory school age ends on the school leaving date of the school year in which the child turns 16
export function compulsorySchoolAgeEnd(dateOfBirth: LocalDate): LocalDate {
  // The school year is taken to start on 1 September (the academic year), so a child whose 16th birthday falls
  // between the leaving date and 31 August leaves that June (s8(3)(a)); one born in September–December leaves
  // the following June (s8(3)(c)).
  const sixteenthBirthdayYear = yearOf(dateOfBirth) + 16;
  return schoolLeavingDate(monthOf(dateOfBirth) >= 9 ? sixteenthBirthdayYear + 1 : sixteenthBirthdayYear);
}

// domain §4; EA 1996 s8: of compulsory school age from the start date to the end of the school leaving date, inclusive
export function isCompulsorySchoolAge(dateOfBirth: LocalDate, date: LocalDate): boolean {
  return date >= compulsorySchoolAgeStart(dateOfBirth) && date <= compulsorySchoolAgeEnd(dateOfBirth);
}

// domain §4; DfE pupil absence statistics methodology: age in whole years on 31 August at the start of the academic year (2025 → age on 2025-08-31)
export function ageAtStartOfAcademicYear(dateOfBirth: LocalDate, academicYear: number): number {
  return ageOn(dateOfBirth, localDate(academicYear, 8, 31));
}

// domain §4; National Curriculum year groups by age on 31 August: Reception = 0 (aged 4), Year 1 (aged 5) … Year 13 (aged 17); Nursery = -1
export function ncYearGroup(dateOfBirth: LocalDate, academicYear: number): number {
  return ageAtStartOfAcademicYear(dateOfBirth, academicYear) - 4;
}

/** 'Nursery', 'Reception', 'Year 1' … for an NC year number from {@link ncYearGroup}. */
export function ncYearGroupLabel(ncYear: number): string {
  if (ncYear === 0) return 'Reception';
  if (ncYear === -1) return 'Nursery';
  if (ncYear < -1) return 'Below nursery age';
  return `Year ${ncYear}`;
}
