import { Refusal, systemActor, systemScope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { Readable } from 'node:stream';
import { ImportProblem, ImportRejectedDetail, MAX_LISTED_PROBLEMS } from './import-problem';
import { MarkInput, RegisterImportService } from './register-import.service';
import { ctfXml } from './testing/ctf-xml';
import { FIXTURE_LA, FIXTURE_URN, FixturePupil, createFixturePupils, createFixtureSchool, fixtureUpn } from './testing/register-fixture';

const db = useTestDataSource();
const scope = systemScope(systemActor('test'));
const target = { laCode: FIXTURE_LA, urn: FIXTURE_URN };
let service: RegisterImportService;
let pupil: FixturePupil;
let leaver: FixturePupil;
let keys = 0;

const key = (): string => `rejection-${++keys}`.padEnd(12, '0');
const csvOf = (...rows: string[]): Readable => Readable.from([`upn,date,session,code,minutes_late\n${rows.join('\n')}\n`]);

/** The refusal's detail, after checking that nothing at all was written. */
async function rejectionOf(work: Promise<unknown>): Promise<ImportRejectedDetail & { message: string }> {
  let refusal: Refusal | undefined;
  try {
    await work;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    refusal = error;
  }
  if (!refusal) throw new Error('expected the import to be rejected');
  expect(refusal.code).toBe('IMPORT_REJECTED');
  const written = (await db.ownerDataSource.query(
    `SELECT (SELECT count(*) FROM attendance_mark)::int AS marks, (SELECT count(*) FROM pupil_week_summary)::int AS summaries,
            (SELECT count(*) FROM register_import)::int AS imports`,
  )) as { marks: number; summaries: number; imports: number }[];
  expect(written).toEqual([{ marks: 0, summaries: 0, imports: 0 }]);
  return { ...(refusal.detail as ImportRejectedDetail), message: refusal.message };
}

const only = (detail: ImportRejectedDetail): ImportProblem => {
  expect(detail.totalProblems).toBe(1);
  return detail.problems[0];
};

beforeAll(async () => {
  await createFixtureSchool(db.dataSource);
  service = new RegisterImportService(db.dataSource);
  [pupil] = await createFixturePupils(db.dataSource, { count: 1 });
  [leaver] = await createFixturePupils(db.dataSource, { count: 1, firstSerial: 2, admittedOn: '2025-09-03', leftOn: '2025-10-31' });
});

describe('a register file with any bad row is rejected whole, naming the row and field', () => {
  it('UNKNOWN_CODE: a code that is not an attendance code, a pre-2024 code after 19 August 2024, a 2024 code before it', async () => {
    const detail = await rejectionOf(
      service.importCsv(scope, {
        ...target,
        idempotencyKey: key(),
        csv: csvOf(`${pupil.upn},2025-09-08,AM,/,`, `${pupil.upn},2025-09-08,PM,XX,`, `${pupil.upn},2025-09-09,AM,H,`, `${pupil.upn},2024-07-01,AM,C1,`),
      }),
    );
    expect(detail.totalProblems).toBe(3);
    expect(detail.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [3, 'code', 'UNKNOWN_CODE'],
      [4, 'code', 'UNKNOWN_CODE'],
      [5, 'code', 'UNKNOWN_CODE'],
    ]);
    expect(detail.problems[1].message).toMatch(/"H" is not a 2024 attendance code/);
    expect(detail.problems[2].message).toMatch(/introduced on 2024-08-19/);
    expect(detail.message).toMatch(/^Nothing was imported: row 3, code: /);
  });

  it('INVALID_UPN, with the DfE error text', async () => {
    const problem = only(
      await rejectionOf(service.importCsv(scope, { ...target, idempotencyKey: key(), csv: csvOf(`A801200005001,2025-09-08,AM,/,`) })),
    );
    expect(problem).toMatchObject({ row: 2, field: 'upn', reason: 'INVALID_UPN', message: 'UPN invalid (wrong check letter at character 1)' });
  });

  it('UNKNOWN_PUPIL: a valid UPN with no enrolment at the school', async () => {
    const stranger = fixtureUpn(3434001, 777);
    const problem = only(
      await rejectionOf(service.importCsv(scope, { ...target, idempotencyKey: key(), csv: csvOf(`${stranger},2025-09-08,AM,/,`) })),
    );
    expect(problem).toMatchObject({ row: 2, field: 'upn', reason: 'UNKNOWN_PUPIL', upn: stranger });
    expect(problem.message).toContain("is on this school's roll");
  });

  it("OUTSIDE_ENROLMENT: a session before admission or after the leaving date", async () => {
    const detail = await rejectionOf(
      service.importCsv(scope, {
        ...target,
        idempotencyKey: key(),
        csv: csvOf(`${leaver.upn},2025-09-02,AM,/,`, `${leaver.upn},2025-10-24,AM,/,`, `${leaver.upn},2025-11-03,PM,\\,`),
      }),
    );
    expect(detail.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [2, 'date', 'OUTSIDE_ENROLMENT'],
      [4, 'date', 'OUTSIDE_ENROLMENT'],
    ]);
    expect(detail.problems[1].message).toBe(`Pupil ${leaver.upn} is not on this school's roll on 2025-11-03 (on roll 2025-09-03 to 2025-10-31).`);
  });

  it('DATE_IN_CLOSURE: anything but # on a closed session (Y4 allowed too when the closure was unplanned)', async () => {
    const detail = await rejectionOf(
      service.importCsv(scope, {
        ...target,
        idempotencyKey: key(),
        csv: csvOf(
          `${pupil.upn},2025-09-01,AM,/,`,
          `${pupil.upn},2025-10-10,PM,#,`,
          `${pupil.upn},2025-10-10,AM,I,`,
          `${pupil.upn},2025-11-20,PM,Y4,`,
          `${pupil.upn},2025-11-20,PM,N,`,
        ),
      }),
    );
    expect(detail.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [2, 'code', 'DATE_IN_CLOSURE'],
      [4, 'code', 'DATE_IN_CLOSURE'],
      [6, 'code', 'DATE_IN_CLOSURE'],
    ]);
    expect(detail.problems[0].message).toContain('an INSET day: Staff training');
    expect(detail.problems[2].message).toContain('can only be marked "#" or "Y4", not "N"');
  });

  it('NOT_A_SCHOOL_SESSION: a weekend, a school holiday or a bank holiday', async () => {
    const detail = await rejectionOf(
      service.importCsv(scope, {
        ...target,
        idempotencyKey: key(),
        csv: csvOf(`${pupil.upn},2025-09-13,AM,/,`, `${pupil.upn},2025-10-28,AM,/,`, `${pupil.upn},2026-05-04,AM,/,`),
      }),
    );
    expect(detail.problems.map((p) => [p.row, p.field, p.reason, p.message])).toEqual([
      [2, 'date', 'NOT_A_SCHOOL_SESSION', '2025-09-13 is a Saturday, not a school session.'],
      [3, 'date', 'NOT_A_SCHOOL_SESSION', expect.stringContaining("outside the school's terms")],
      [4, 'date', 'NOT_A_SCHOOL_SESSION', '2026-05-04 is a bank holiday, not a school session.'],
    ]);
  });

  it('DUPLICATE_SESSION: one pupil and session twice in a file', async () => {
    const problem = only(
      await rejectionOf(
        service.importCsv(scope, {
          ...target,
          idempotencyKey: key(),
          csv: csvOf(`${pupil.upn},2025-09-08,AM,/,`, `${pupil.upn},2025-09-08,PM,\\,`, `${pupil.upn.toLowerCase()},2025-09-08,am,I,`),
        }),
      ),
    );
    expect(problem).toMatchObject({ row: 4, field: 'session', reason: 'DUPLICATE_SESSION', date: '2025-09-08', session: 'AM' });
    expect(problem.message).toContain('(line 2)');
  });

  it('INVALID_DATE, INVALID_SESSION and INVALID_MINUTES_LATE', async () => {
    const detail = await rejectionOf(
      service.importCsv(scope, {
        ...target,
        idempotencyKey: key(),
        csv: csvOf(
          `${pupil.upn},2025-02-30,AM,/,`,
          `${pupil.upn},08/09/2025,AM,/,`,
          `${pupil.upn},2025-09-08,EV,/,`,
          `${pupil.upn},2025-09-09,AM,L,-5`,
          `${pupil.upn},2025-09-09,PM,L,ten`,
          `${pupil.upn},2025-09-10,AM,/,3`,
        ),
      }),
    );
    expect(detail.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [2, 'date', 'INVALID_DATE'],
      [3, 'date', 'INVALID_DATE'],
      [4, 'session', 'INVALID_SESSION'],
      [5, 'minutes_late', 'INVALID_MINUTES_LATE'],
      [6, 'minutes_late', 'INVALID_MINUTES_LATE'],
      [7, 'minutes_late', 'INVALID_MINUTES_LATE'],
    ]);
    expect(detail.problems[5].message).toBe('Minutes late can only be given with code L or U, not "/".');
  });

  it('INVALID_HEADER and MALFORMED_FILE: the file itself cannot be read', async () => {
    const header = only(
      await rejectionOf(
        service.importCsv(scope, { ...target, idempotencyKey: key(), csv: Readable.from([`upn,date,session,mark\n${pupil.upn},2025-09-08,AM,/\n`]) }),
      ),
    );
    expect(header).toMatchObject({ row: 1, field: 'header', reason: 'INVALID_HEADER' });
    expect(header.message).toContain('"mark" is not a column of a register file; missing column code');
    const width = only(await rejectionOf(service.importCsv(scope, { ...target, idempotencyKey: key(), csv: csvOf(`${pupil.upn},2025-09-08,AM`) })));
    expect(width).toMatchObject({ row: 2, field: 'row', reason: 'MALFORMED_FILE' });
    const quote = only(
      await rejectionOf(service.importCsv(scope, { ...target, idempotencyKey: key(), csv: csvOf(`${pupil.upn},2025-09-08,AM,/,`, `${pupil.upn},"2025-09-09,AM,/,`) })),
    );
    expect(quote).toMatchObject({ field: 'file', reason: 'MALFORMED_FILE' });
    expect(quote.message).toContain('The file is not valid CSV');
  });

  it('lists the first hundred problems and counts them all', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `${pupil.upn},2025-09-08,AM,Q${i},`);
    const detail = await rejectionOf(service.importCsv(scope, { ...target, idempotencyKey: key(), csv: csvOf(...rows) }));
    expect(detail.totalProblems).toBe(250);
    expect(detail.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(detail.problems[0].row).toBe(2);
    expect(detail.problems[MAX_LISTED_PROBLEMS - 1].row).toBe(MAX_LISTED_PROBLEMS + 1);
    expect(detail.message).toContain('(and 249 more problems)');
  });
});

describe('an MIS push with any bad mark is rejected whole', () => {
  it('OUTSIDE_DATE_RANGE, with the mark position as the row and the property as the field', async () => {
    const marks: MarkInput[] = [
      { upn: pupil.upn, date: '2025-09-08', session: 'AM', code: '/' },
      { upn: pupil.upn, date: '2025-09-15', session: 'AM', code: '/' },
      { upn: pupil.upn, date: '2025-09-09', session: 'AM', code: 'L', minutesLate: 2.5 },
    ];
    const detail = await rejectionOf(
      service.importMarks(scope, { ...target, idempotencyKey: key(), from: '2025-09-08', to: '2025-09-12', marks }),
    );
    expect(detail.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [2, 'date', 'OUTSIDE_DATE_RANGE'],
      [3, 'minutesLate', 'INVALID_MINUTES_LATE'],
    ]);
  });
});

describe('a CTF with any bad pupil or mark is rejected whole', () => {
  const source = { lea: '343', estab: '4001' };
  const base = { surname: 'Smith', forename: 'Sam', dob: '2016-05-01', sex: 'M' };
  const importCtf = (xml: string) => service.importCtf(scope, { ...target, idempotencyKey: key(), xml: Readable.from([xml]) });

  it('names the pupil and the character of the mark string', async () => {
    const detail = await rejectionOf(
      importCtf(
        ctfXml(source, [
          { ...base, upn: pupil.upn, yearData: [{ start: '2025-10-20', marks: '/\\K!/\\' + '/\\/\\' + '#' + '/' }] },
          { ...base, upn: 'A801200005001', yearData: [{ start: '2025-10-20', marks: '/\\' }] },
          { ...base, upn: fixtureUpn(3434001, 50), sex: 'X', yearData: [{ start: '2025-10-20', marks: '/\\' }] },
        ]),
      ),
    );
    expect(detail.problems.map((p) => [p.row, p.field, p.reason, p.date ?? null, p.session ?? null])).toEqual([
      [1, 'AttendanceMarks[4]', 'UNKNOWN_CODE', '2025-10-21', 'PM'],
      [1, 'AttendanceMarks[12]', 'NOT_A_SCHOOL_SESSION', '2025-10-27', 'PM'],
      [2, 'UPN', 'INVALID_UPN', null, null],
      [3, 'Sex', 'INVALID_PUPIL', null, null],
    ]);
    expect(detail.problems[0].message).toMatch(/^Character 4 \(2025-10-21 PM\): Code "!" is not a 2024 attendance code/);
  });

  it('refuses a DOCTYPE (no DTD, no entity expansion), XML that is not well formed, and a file from another school', async () => {
    const doctype = only(
      await rejectionOf(importCtf(ctfXml(source, [], '\n<!DOCTYPE CTfile [<!ENTITY boom "boom">]>'))),
    );
    expect(doctype).toMatchObject({ row: 0, field: 'file', reason: 'MALFORMED_FILE' });
    expect(doctype.message).toContain('DOCTYPE');
    const broken = only(await rejectionOf(importCtf(ctfXml(source, [{ ...base, upn: pupil.upn }]).replace('</Surname>', '</Surnam>'))));
    expect(broken).toMatchObject({ reason: 'MALFORMED_FILE' });
    expect(broken.message).toContain('not well-formed XML');
    const elsewhere = only(await rejectionOf(importCtf(ctfXml({ lea: '340', estab: '2001' }, [{ ...base, upn: pupil.upn }]))));
    expect(elsewhere).toMatchObject({ row: 0, field: 'CTfile/Header/SourceSchool', reason: 'WRONG_SCHOOL' });
  });
});
