import { ageOn, LocalDate } from '../core';

// domain §4 cohort rules; DfE absence methodology: age is taken on 31 August at the start of the academic year (2024 for 2024/25)
export function absenceStatisticsAge(dateOfBirth: LocalDate, academicYear: number): number {
  return ageOn(dateOfBirth, `${String(academicYear).padStart(4, '0')}-08-31`);
}
