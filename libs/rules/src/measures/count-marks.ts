import { isWithin, LocalDate } from '../core';
import { AttendanceCode, categoryOf, Mark, StatisticalCategory } from '../codes';

/** An inclusive date range; either end may be left open. */
export interface DateRange {
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

export interface MarkCounts {
  readonly present: number;
  readonly approvedEducationalActivity: number;
  readonly authorisedAbsence: number;
  readonly unauthorisedAbsence: number;
  /** Sessions whose code does not count (D, X, Q, Y1–Y7, Z, #). */
  readonly notPossible: number;
  readonly byCategory: Readonly<Record<StatisticalCategory, number>>;
  readonly byCode: Readonly<Partial<Record<AttendanceCode, number>>>;
}

/** The marks whose date falls in `range` (all of them when the range is open). */
export function marksInRange<M extends Pick<Mark, 'date'>>(marks: readonly M[], range: DateRange = {}): M[] {
  return marks.filter((m) => isWithin(m.date, range.from ?? '0000-01-01', range.to ?? '9999-12-31'));
}

// domain §1.2 and §4; DfE absence methodology: sessions counted per statistical category and per code
export function countMarks(marks: readonly Pick<Mark, 'code' | 'date'>[], range: DateRange = {}): MarkCounts {
  const byCategory: Record<StatisticalCategory, number> = {
    PRESENT: 0,
    APPROVED_EDUCATIONAL_ACTIVITY: 0,
    AUTHORISED_ABSENCE: 0,
    UNAUTHORISED_ABSENCE: 0,
    NOT_POSSIBLE: 0,
  };
  const byCode: Partial<Record<AttendanceCode, number>> = {};
  for (const mark of marksInRange(marks, range)) {
    byCategory[categoryOf(mark.code)] += 1;
    byCode[mark.code] = (byCode[mark.code] ?? 0) + 1;
  }
  return {
    present: byCategory.PRESENT,
    approvedEducationalActivity: byCategory.APPROVED_EDUCATIONAL_ACTIVITY,
    authorisedAbsence: byCategory.AUTHORISED_ABSENCE,
    unauthorisedAbsence: byCategory.UNAUTHORISED_ABSENCE,
    notPossible: byCategory.NOT_POSSIBLE,
    byCategory,
    byCode,
  };
}

/** Sessions that count: present + approved educational activity + authorised + unauthorised absence. */
export function possibleFromCounts(counts: MarkCounts): number {
  return counts.present + counts.approvedEducationalActivity + counts.authorisedAbsence + counts.unauthorisedAbsence;
}

/** `part / whole × 100`, or null when there is nothing to divide by (never NaN). */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}
