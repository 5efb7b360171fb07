import { ImportProblem, MAX_LISTED_PROBLEMS, ProblemCollector, importRejected } from './import-problem';

const problem = (row: number): ImportProblem => ({ row, field: 'code', reason: 'UNKNOWN_CODE', message: `Code on row ${row} is wrong.` });

describe('ProblemCollector', () => {
  it('lists the first problems in row order, however they arrive, and counts them all', () => {
    const problems = new ProblemCollector();
    for (let row = 1000; row > 0; row--) problems.add(problem(row));
    problems.addCounted([problem(0)], 40);
    expect(problems.total).toBe(1040);
    const listed = problems.listed();
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed.map((p) => p.row)).toEqual(Array.from({ length: MAX_LISTED_PROBLEMS }, (_, i) => i));
  });

  it('becomes one IMPORT_REJECTED refusal naming the first problem', () => {
    const problems = new ProblemCollector();
    problems.add(problem(7));
    problems.add(problem(3));
    const refusal = importRejected(problems);
    expect(refusal.code).toBe('IMPORT_REJECTED');
    expect(refusal.message).toBe(
      'Nothing was imported: row 3, code: Code on row 3 is wrong (and 1 more problem). Correct the file and send it again.',
    );
    expect(refusal.detail).toEqual({ problems: [problem(3), problem(7)], totalProblems: 2 });
  });
});
