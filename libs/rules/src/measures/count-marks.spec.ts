import fc from 'fast-check';
import { addDays } from '../core';
import { ATTENDANCE_CODES, AttendanceCode, Mark, categoryOf } from '../codes';
import { countMarks } from './count-marks';

/** The count as the definition states it, one mark at a time: the reference the fast count must equal. */
function countedOneByOne(marks: readonly Pick<Mark, 'code' | 'date'>[], from = '0000-01-01', to = '9999-12-31') {
  const byCategory = { PRESENT: 0, APPROVED_EDUCATIONAL_ACTIVITY: 0, AUTHORISED_ABSENCE: 0, UNAUTHORISED_ABSENCE: 0, NOT_POSSIBLE: 0 };
  const byCode: Record<string, number> = {};
  for (const mark of marks) {
    if (mark.date < from || mark.date > to) continue;
    byCategory[categoryOf(mark.code)] += 1;
    byCode[mark.code] = (byCode[mark.code] ?? 0) + 1;
  }
  return { byCategory, byCode };
}

describe('countMarks', () => {
  it('counts sessions per category and per code, listing codes in the order they first appear', () => {
    const marks = (['I', '/', '\\', 'I', '#'] as AttendanceCode[]).map((code, i) => ({ date: addDays('2025-09-08', i), code }));
    const counts = countMarks(marks);
    expect(counts).toMatchObject({ present: 2, authorisedAbsence: 2, unauthorisedAbsence: 0, notPossible: 1 });
    expect(Object.entries(counts.byCode)).toEqual([
      ['I', 2],
      ['/', 1],
      ['\\', 1],
      ['#', 1],
    ]);
  });

  it('counts only the marks in the range, both ends included', () => {
    const marks = ['2025-09-07', '2025-09-08', '2025-09-12', '2025-09-13'].map((date) => ({ date, code: 'O' as AttendanceCode }));
    expect(countMarks(marks, { from: '2025-09-08', to: '2025-09-12' }).unauthorisedAbsence).toBe(2);
    expect(countMarks(marks, { from: '2025-09-13' }).byCode).toEqual({ O: 1 });
  });

  it('still lists a code it does not know, without counting it in any category', () => {
    const counts = countMarks([
      { date: '2025-09-08', code: '/' },
      { date: '2025-09-08', code: '?' as AttendanceCode },
    ]);
    expect(counts).toMatchObject({ present: 1, approvedEducationalActivity: 0, authorisedAbsence: 0, unauthorisedAbsence: 0, notPossible: 0 });
    expect(counts.byCode).toEqual({ '/': 1, '?': 1 });
  });

  it('gives the same figures, codes in the same order, as counting one mark at a time', () => {
    const markArb = fc.record({ date: fc.integer({ min: 0, max: 60 }).map((d) => addDays('2025-09-01', d)), code: fc.constantFrom(...ATTENDANCE_CODES) });
    fc.assert(
      fc.property(fc.array(markArb, { maxLength: 80 }), fc.nat(60), fc.nat(60), (marks, a, b) => {
        const from = addDays('2025-09-01', Math.min(a, b));
        const to = addDays('2025-09-01', Math.max(a, b));
        const counts = countMarks(marks, { from, to });
        const expected = countedOneByOne(marks, from, to);
        expect(counts.byCategory).toEqual(expected.byCategory);
        expect(Object.entries(counts.byCode)).toEqual(Object.entries(expected.byCode));
        expect(counts.present + counts.approvedEducationalActivity + counts.authorisedAbsence + counts.unauthorisedAbsence + counts.notPossible).toBe(
          Object.values(expected.byCode).reduce((sum, n) => sum + n, 0),
        );
      }),
      { numRuns: 200 },
    );
  });
});
