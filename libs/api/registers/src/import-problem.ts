import { Refusal } from '@rollcall/api-core';

/** Why one row (or one session of a CTF mark string) cannot be imported. */
export type ImportProblemReason =
  | 'INVALID_HEADER'
  | 'MALFORMED_FILE'
  | 'WRONG_SCHOOL'
  | 'INVALID_UPN'
  | 'INVALID_PUPIL'
  | 'INVALID_DATE'
  | 'INVALID_SESSION'
  | 'UNKNOWN_CODE'
  | 'INVALID_MINUTES_LATE'
  | 'OUTSIDE_DATE_RANGE'
  | 'NOT_A_SCHOOL_SESSION'
  | 'DATE_IN_CLOSURE'
  | 'UNKNOWN_PUPIL'
  | 'OUTSIDE_ENROLMENT'
  | 'DUPLICATE_SESSION';

/**
 * One thing to fix. `row` counts from 1: the line of a CSV file (the header is line 1), the position in the MIS
 * push's `marks`, or the pupil's position in a CTF (0 for the CTF's header). `field` names the column, property or CTF element.
 */
export interface ImportProblem {
  readonly row: number;
  readonly field: string;
  readonly reason: ImportProblemReason;
  readonly message: string;
  readonly upn?: string;
  readonly date?: string;
  readonly session?: string;
}

export interface ImportRejectedDetail {
  /** The first problems in file order (at most `MAX_LISTED_PROBLEMS`). */
  readonly problems: readonly ImportProblem[];
  /** Every problem found, listed or not. */
  readonly totalProblems: number;
}

export const MAX_LISTED_PROBLEMS = 100;

/** Collects problems while a file streams: keeps the first few in row order and counts them all. */
export class ProblemCollector {
  private readonly kept: ImportProblem[] = [];
  private count = 0;

  add(problem: ImportProblem): void {
    this.count += 1;
    this.kept.push(problem);
    // Kept sorted lazily: trim only when well over the limit so adding stays cheap.
    if (this.kept.length >= MAX_LISTED_PROBLEMS * 4) this.trim();
  }

  /** Adds problems found elsewhere (a SQL check) of which only the first `listed` were returned. */
  addCounted(listed: readonly ImportProblem[], total: number): void {
    for (const p of listed) this.kept.push(p);
    this.count += total;
    this.trim();
  }

  get total(): number {
    return this.count;
  }

  get any(): boolean {
    return this.count > 0;
  }

  listed(): ImportProblem[] {
    this.trim();
    return [...this.kept];
  }

  private trim(): void {
    this.kept.sort(byPosition);
    if (this.kept.length > MAX_LISTED_PROBLEMS) this.kept.length = MAX_LISTED_PROBLEMS;
  }
}

function byPosition(a: ImportProblem, b: ImportProblem): number {
  return a.row - b.row || (a.date ?? '').localeCompare(b.date ?? '') || (a.session ?? '').localeCompare(b.session ?? '');
}

/** The one refusal a bad file gets: nothing from it is written. */
export function importRejected(problems: ProblemCollector): Refusal<'IMPORT_REJECTED', ImportRejectedDetail> {
  const listed = problems.listed();
  const first = listed[0];
  const more = problems.total > 1 ? ` (and ${problems.total - 1} more problem${problems.total > 2 ? 's' : ''})` : '';
  return new Refusal(
    'IMPORT_REJECTED',
    `Nothing was imported: row ${first.row}, ${first.field}: ${first.message.replace(/\.$/, '')}${more}. Correct the file and send it again.`,
    { problems: listed, totalProblems: problems.total },
  );
}
