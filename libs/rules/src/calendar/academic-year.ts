import { LocalDate, localDate, monthOf, yearOf } from '../core';

// domain §4; DfE pupil absence statistics methodology: the academic year runs 1 September–31 August, named by its starting year
export function academicYearOf(date: LocalDate): number {
  return monthOf(date) >= 9 ? yearOf(date) : yearOf(date) - 1;
}

/** 1 September that starts the academic year (2025 → 2025-09-01). */
export function academicYearStart(academicYear: number): LocalDate {
  return localDate(academicYear, 9, 1);
}

/** 31 August that ends the academic year (2025 → 2026-08-31). */
export function academicYearEnd(academicYear: number): LocalDate {
  return localDate(academicYear + 1, 8, 31);
}

/** The usual way of writing an academic year: 2025 → '2025/26'. */
export function academicYearLabel(academicYear: number): string {
  return `${academicYear}/${String((academicYear + 1) % 100).padStart(2, '0')}`;
}

/** Reads '2025/26' (or '2025-26', '2025/2026') back to 2025; undefined when the years are not consecutive. */
export function parseAcademicYearLabel(label: string): number | undefined {
  const m = /^(\d{4})[/-](\d{2}|\d{4})$/.exec(label.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2].length === 2 ? Number(m[2]) : Number(m[2]) % 100;
  return (start + 1) % 100 === end && (m[2].length === 2 || Number(m[2]) === start + 1) ? start : undefined;
}
