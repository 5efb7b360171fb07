import { CODE_SET_2024, CodeSetId, LEGACY_CODE_SET, LocalDate, StatisticalCategory, codeSetFor, legacyCategoryOf } from '@rollcall/rules';

export interface AttendanceCodeRecord {
  readonly code: string;
  readonly codeSet: CodeSetId;
  readonly meaning: string;
  readonly category: StatisticalCategory;
  readonly possibleSession: boolean;
  readonly parentExplanation: string | null;
  readonly source: string;
}

// domain §1.2–§1.3; SI 2024/208 regs 10–11 (and the 2006 regulations before 19 August 2024): the codes in force on a date, with their meanings
export function attendanceCodesOn(on: LocalDate): AttendanceCodeRecord[] {
  if (codeSetFor(on).id === 'CODE_SET_2024') {
    return CODE_SET_2024.map((c) => ({ ...c, codeSet: 'CODE_SET_2024' as const, parentExplanation: c.parentExplanation }));
  }
  return LEGACY_CODE_SET.map((c) => {
    const category = legacyCategoryOf(c.code);
    return { code: c.code, codeSet: 'CODE_SET_PRE_2024' as const, meaning: c.meaning, category, possibleSession: category !== 'NOT_POSSIBLE', parentExplanation: null, source: c.source };
  });
}
