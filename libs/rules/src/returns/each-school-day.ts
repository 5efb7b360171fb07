import { LocalDate } from '../core';
import { Mark } from '../codes';
import { SchoolCalendar, schoolDaysBetween } from '../calendar';

/** A school day and its marks: `marks[start]` up to (not including) `marks[end]`, in the order they were given. */
export type SchoolDayVisitor<M extends Pick<Mark, 'date'>> = (date: LocalDate, marks: readonly M[], start: number, end: number) => void;

const NO_MARKS: readonly never[] = [];

/**
 * Visits each school day from `from` to `to` (inclusive), in order, with the marks dated that day. Marks in date
 * order (as registers are kept and read) are walked alongside the days, with nothing copied; marks in any other order
 * are grouped by date first. Either way a day sees the same marks in the same order.
 */
export function eachSchoolDay<M extends Pick<Mark, 'date'>>(
  marks: readonly M[],
  calendar: SchoolCalendar,
  from: LocalDate,
  to: LocalDate,
  visit: SchoolDayVisitor<M>,
): void {
  const days = schoolDaysBetween(calendar, from, to);
  if (inDateOrder(marks)) {
    let next = 0;
    for (const date of days) {
      while (next < marks.length && marks[next].date < date) next += 1;
      const start = next;
      while (next < marks.length && marks[next].date === date) next += 1;
      visit(date, marks, start, next);
    }
    return;
  }
  const byDate = new Map<LocalDate, M[]>();
  for (const mark of marks) {
    const list = byDate.get(mark.date);
    if (list) list.push(mark);
    else byDate.set(mark.date, [mark]);
  }
  for (const date of days) {
    const list: readonly M[] = byDate.get(date) ?? NO_MARKS;
    visit(date, list, 0, list.length);
  }
}

function inDateOrder(marks: readonly Pick<Mark, 'date'>[]): boolean {
  for (let i = 1; i < marks.length; i++) if (!(marks[i - 1].date <= marks[i].date)) return false;
  return true;
}
