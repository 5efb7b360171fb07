import { ProblemCollector } from './import-problem';
import { MarkFieldNames, MarkRowChecker } from './mark-row-checker';
import { SchoolSessions } from './school-sessions';
import { fixtureCalendar } from './testing/generated-register';
import { fixtureUpn } from './testing/register-fixture';

const FIELDS: MarkFieldNames = { upn: 'upn', date: 'date', session: 'session', code: 'code', minutesLate: 'minutes_late' };
const UPN = fixtureUpn(3434001, 1);

function checker(range?: { from: string; to: string }): { checker: MarkRowChecker; problems: ProblemCollector } {
  const problems = new ProblemCollector();
  return { checker: new MarkRowChecker(new SchoolSessions(fixtureCalendar()), problems, range), problems };
}

describe('MarkRowChecker', () => {
  it('normalises what a person or MIS may type: UPN case and spaces, session case, code case', () => {
    const { checker: c, problems } = checker();
    const mark = c.check(2, { upn: ` ${UPN.toLowerCase()} `, date: '2025-09-08', session: 'am', code: 'l', minutesLate: ' 12 ' }, FIELDS);
    expect(problems.total).toBe(0);
    expect(mark).toEqual({ row: 2, position: null, upn: UPN, enrolmentId: null, date: '2025-09-08', session: 'AM', code: 'L', minutesLate: 12 });
  });

  it('reports every problem of a row, each against its field', () => {
    const { checker: c, problems } = checker();
    expect(c.check(5, { upn: 'X', date: '2025-09-08', session: 'noon', code: 'ZZ', minutesLate: 'late' }, FIELDS)).toBeUndefined();
    expect(problems.listed().map((p) => [p.field, p.reason])).toEqual([
      ['upn', 'INVALID_UPN'],
      ['session', 'INVALID_SESSION'],
      ['code', 'UNKNOWN_CODE'],
      ['minutes_late', 'INVALID_MINUTES_LATE'],
    ]);
  });

  it('reads a code by the code set in force on its date, and remembers answers without mixing the sets', () => {
    const { checker: c, problems } = checker();
    expect(c.check(2, { upn: UPN, date: '2024-07-01', session: 'AM', code: 'H', minutesLate: undefined }, FIELDS)?.code).toBe('H');
    expect(c.check(3, { upn: UPN, date: '2025-09-08', session: 'AM', code: 'H', minutesLate: undefined }, FIELDS)).toBeUndefined();
    expect(c.check(4, { upn: UPN, date: '2024-07-02', session: 'AM', code: 'H', minutesLate: undefined }, FIELDS)?.code).toBe('H');
    expect(problems.listed().map((p) => [p.row, p.reason])).toEqual([[3, 'UNKNOWN_CODE']]);
  });

  it('keeps to the date range it is given', () => {
    const { checker: c, problems } = checker({ from: '2025-09-08', to: '2025-09-12' });
    expect(c.check(1, { upn: UPN, date: '2025-09-15', session: 'AM', code: '/', minutesLate: null }, FIELDS)).toBeUndefined();
    expect(problems.listed()[0]).toMatchObject({ reason: 'OUTSIDE_DATE_RANGE', field: 'date', date: '2025-09-15' });
  });
});
