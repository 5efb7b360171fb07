import { isWithin, LocalDate } from '../core';
import { AttendanceCode, CATEGORY_BY_CODE, categoryOf, Mark, StatisticalCategory } from '../codes';

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

/** Each code's position for counting, and its category (worked out on first use). */
interface CodeSlots {
  readonly slotOf: ReadonlyMap<string, number>;
  /** The slots of `/` and `\\`, most of any register, found without a lookup. */
  readonly am: number;
  readonly pm: number;
  readonly codes: readonly AttendanceCode[];
  readonly categories: readonly StatisticalCategory[];
}

let codeSlots: CodeSlots | undefined;

function slots(): CodeSlots {
  if (!codeSlots) {
    const codes = Object.keys(CATEGORY_BY_CODE) as AttendanceCode[];
    codeSlots = {
      slotOf: new Map(codes.map((code, slot) => [code, slot])),
      am: codes.indexOf('/'),
      pm: codes.indexOf('\\'),
      codes,
      categories: codes.map((code) => CATEGORY_BY_CODE[code]),
    };
  }
  return codeSlots;
}

const noCategories = (): Record<StatisticalCategory, number> => ({
  PRESENT: 0,
  APPROVED_EDUCATIONAL_ACTIVITY: 0,
  AUTHORISED_ABSENCE: 0,
  UNAUTHORISED_ABSENCE: 0,
  NOT_POSSIBLE: 0,
});

// domain §1.2 and §4; DfE absence methodology: sessions counted per statistical category and per code
export function countMarks(marks: readonly Pick<Mark, 'code' | 'date'>[], range: DateRange = {}): MarkCounts {
  const from = range.from ?? '0000-01-01';
  const to = range.to ?? '9999-12-31';
  // Counted by slot, then written out in the order the codes first appear (the order `byCode` lists them in).
  const { slotOf, am, pm, codes, categories } = slots();
  const counts = new Array<number>(codes.length).fill(0);
  const seen: number[] = [];
  for (const mark of marks) {
    if (!(mark.date >= from && mark.date <= to)) continue;
    const { code } = mark;
    const slot = code === '/' ? am : code === '\\' ? pm : slotOf.get(code);
    if (slot === undefined) return countEachMark(marks, from, to);
    if (counts[slot] === 0) seen.push(slot);
    counts[slot] += 1;
  }
  const byCategory = noCategories();
  const byCode: Partial<Record<AttendanceCode, number>> = {};
  for (const slot of seen) {
    byCode[codes[slot]] = counts[slot];
    byCategory[categories[slot]] += counts[slot];
  }
  return countsFrom(byCategory, byCode);
}

/** The same count one mark at a time, for marks whose code is not an attendance code at all. */
function countEachMark(marks: readonly Pick<Mark, 'code' | 'date'>[], from: LocalDate, to: LocalDate): MarkCounts {
  const byCategory = noCategories();
  const byCode: Partial<Record<AttendanceCode, number>> = {};
  for (const mark of marks) {
    if (!isWithin(mark.date, from, to)) continue;
    byCategory[categoryOf(mark.code)] += 1;
    byCode[mark.code] = (byCode[mark.code] ?? 0) + 1;
  }
  return countsFrom(byCategory, byCode);
}

function countsFrom(byCategory: Record<StatisticalCategory, number>, byCode: Partial<Record<AttendanceCode, number>>): MarkCounts {
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
