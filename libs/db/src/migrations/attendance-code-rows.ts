import { CODE_SET_2024, LEGACY_CODE_SET, StatisticalCategory } from '@rollcall/rules';

export interface AttendanceCodeRow {
  readonly codeSet: '2024' | '2006';
  readonly code: string;
  readonly category: StatisticalCategory;
  readonly meaning: string;
}

/** The reference rows the summaries join on: every code's statistical category, from libs/rules. */
export function attendanceCodeRows(): AttendanceCodeRow[] {
  return [
    ...CODE_SET_2024.map((c) => ({ codeSet: '2024' as const, code: c.code, category: c.category, meaning: c.meaning })),
    ...LEGACY_CODE_SET.map((c) => ({ codeSet: '2006' as const, code: c.code, category: c.category, meaning: c.meaning })),
  ];
}
