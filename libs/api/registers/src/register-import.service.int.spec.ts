import { Refusal, Scope, systemActor, systemScope } from '@rollcall/api-core';
import { useTestDataSource } from '@rollcall/db/testing';
import { AttendanceCode, countMarks, possibleFromCounts } from '@rollcall/rules';
import { Readable } from 'node:stream';
import { MARK_SOURCE } from './mark-source';
import { marksFor, replacedMarksFor } from './marks-for';
import { refreshWeekSummaries } from './refresh-week-summaries';
import { MarkInput, RegisterImportService } from './register-import.service';
import { ctfXml } from './testing/ctf-xml';
import { FIXTURE_LA, FIXTURE_URN, FixturePupil, createFixturePupils, createFixtureSchool, fixtureUpn } from './testing/register-fixture';
import { weekSummaries } from './week-summaries';

const db = useTestDataSource();
const scope = systemScope(systemActor('test'));
const target = { laCode: FIXTURE_LA, urn: FIXTURE_URN };
let service: RegisterImportService;
let nextPupil = 1;

/** Fresh pupils for each test, so tests do not share marks. */
async function newPupils(count: number): Promise<FixturePupil[]> {
  const created = await createFixturePupils(db.dataSource, { count, firstSerial: nextPupil });
  nextPupil += count;
  return created;
}

async function refusalOf(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work;
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const csvOf = (lines: readonly string[]): Readable => Readable.from([`${lines.join('\n')}\n`]);
const count = async (sql: string, params: unknown[] = []): Promise<number> =>
  ((await db.ownerDataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params)) as { n: number }[])[0].n;

beforeAll(async () => {
  await createFixtureSchool(db.dataSource);
  service = new RegisterImportService(db.dataSource);
});

describe('RegisterImportService.importMarks (MIS push)', () => {
  it('stores a week of marks and a week summary that counts them as the rules do', async () => {
    const [ann, ben] = await newPupils(2);
    const week: [string, AttendanceCode, AttendanceCode][] = [
      ['2025-09-08', '/', '\\'],
      ['2025-09-09', 'L', 'I'],
      ['2025-09-10', 'M', 'N'],
      ['2025-09-11', 'V', '\\'],
      ['2025-09-12', 'G', 'D'],
    ];
    const marks: MarkInput[] = week.flatMap(([date, am, pm]) => [
      { upn: ann.upn, date, session: 'AM' as const, code: am, ...(am === 'L' ? { minutesLate: 12 } : {}) },
      { upn: ann.upn, date, session: 'PM' as const, code: pm },
      { upn: ben.upn.toLowerCase(), date, session: 'AM' as const, code: '/' },
      { upn: ` ${ben.upn} `, date, session: 'pm' as 'PM', code: '\\' },
    ]);

    const result = await service.importMarks(scope, { ...target, idempotencyKey: 'mis-week-0001', from: '2025-09-08', to: '2025-09-12', marks });

    expect(result).toMatchObject({ kind: 'MARKS', urn: FIXTURE_URN, marks: 20, pupils: 2, repeated: false, importedBy: 'system:test' });
    const stored = await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [ann.enrolmentId], '2025-09-01', '2025-09-30');
    expect(stored.map((m) => [m.date, m.session, m.code, m.minutesLate])).toEqual(
      week.flatMap(([date, am, pm]) => [
        [date, 'AM', am, am === 'L' ? 12 : null],
        [date, 'PM', pm, null],
      ]),
    );
    expect(stored.every((m) => m.source === MARK_SOURCE.MIS_PUSH && m.importId === result.importId && m.recordedBy === 'system:test')).toBe(
      true,
    );

    const counts = countMarks(week.flatMap(([date, am, pm]) => [{ date, code: am }, { date, code: pm }]));
    const [summary] = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [ann.enrolmentId], '2025-09-08', '2025-09-08');
    expect(summary).toEqual({
      enrolmentId: ann.enrolmentId,
      pupilId: ann.pupilId,
      urn: FIXTURE_URN,
      weekStart: '2025-09-08',
      possible: possibleFromCounts(counts),
      present: counts.present,
      approvedEducationalActivity: counts.approvedEducationalActivity,
      authorised: counts.authorisedAbsence,
      unauthorised: counts.unauthorisedAbsence,
      notPossible: counts.notPossible,
      codeCounts: counts.byCode,
    });
    expect(summary).toMatchObject({ possible: 9, present: 4, approvedEducationalActivity: 1, authorised: 2, unauthorised: 2, notPossible: 1 });
    const [benWeek] = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [ben.enrolmentId], '2025-09-08', '2025-09-08');
    expect(benWeek).toMatchObject({ possible: 10, present: 10, codeCounts: { '/': 5, '\\': 5 } });
  });

  it('streams marks from an async generator', async () => {
    const [pupil] = await newPupils(1);
    async function* generate(): AsyncGenerator<MarkInput> {
      for (const date of ['2025-09-15', '2025-09-16']) {
        yield { upn: pupil.upn, date, session: 'AM', code: '/' };
        yield { upn: pupil.upn, date, session: 'PM', code: 'U', minutesLate: 45 };
      }
    }
    const result = await service.importMarks(scope, { ...target, idempotencyKey: 'mis-generator-1', from: '2025-09-15', to: '2025-09-19', marks: generate() });
    expect(result).toMatchObject({ marks: 4, pupils: 1 });
    const [summary] = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-09-15', '2025-09-15');
    expect(summary).toMatchObject({ possible: 4, present: 2, unauthorised: 2, codeCounts: { '/': 2, U: 2 } });
  });

  it('marks a closed session with # and an unplanned closure with Y4', async () => {
    const [pupil] = await newPupils(1);
    await service.importMarks(scope, {
      ...target,
      idempotencyKey: 'mis-closures-1',
      from: '2025-10-10',
      to: '2025-11-20',
      marks: [
        { upn: pupil.upn, date: '2025-10-10', session: 'AM', code: '#' },
        { upn: pupil.upn, date: '2025-10-10', session: 'PM', code: '#' },
        { upn: pupil.upn, date: '2025-11-20', session: 'AM', code: '/' },
        { upn: pupil.upn, date: '2025-11-20', session: 'PM', code: 'Y4' },
      ],
    });
    const summaries = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-10-06', '2025-11-23');
    expect(summaries.map((s) => [s.weekStart, s.possible, s.notPossible])).toEqual([
      ['2025-10-06', 0, 2],
      ['2025-11-17', 1, 1],
    ]);
  });
});

describe('RegisterImportService.importCsv', () => {
  it('imports a register file, pre-2024 codes before 19 August 2024 and 2024 codes after', async () => {
    const [pupil] = await newPupils(1);
    const lines = [
      '\uFEFFUPN,Date,Session,Code,Minutes_Late',
      `${pupil.upn},2024-07-01,AM,/,`,
      `${pupil.upn},2024-07-01,PM,H,`,
      `${pupil.upn},2024-07-02,AM,J,`,
      `${pupil.upn},2024-07-02,PM,"\\",`,
      '',
      `${pupil.upn},2024-07-03,AM,L,7`,
      `${pupil.upn},2024-07-03,PM,\\`,
      `${pupil.upn},2025-09-08,AM,C1,`,
      `${pupil.upn},2025-09-08,PM,J1,`,
    ];
    const result = await service.importCsv(scope, { ...target, idempotencyKey: 'csv-file-00001', csv: csvOf(lines) });
    expect(result).toMatchObject({ kind: 'CSV', marks: 8, pupils: 1, repeated: false });

    const stored = await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2024-07-01', '2025-09-30');
    expect(stored.map((m) => `${m.date} ${m.session} ${m.code}${m.minutesLate === null ? '' : ` +${m.minutesLate}`}`)).toEqual([
      '2024-07-01 AM /',
      '2024-07-01 PM H',
      '2024-07-02 AM J',
      '2024-07-02 PM \\',
      '2024-07-03 AM L +7',
      '2024-07-03 PM \\',
      '2025-09-08 AM C1',
      '2025-09-08 PM J1',
    ]);
    expect(stored.every((m) => m.source === MARK_SOURCE.CSV)).toBe(true);
    const summaries = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2024-07-01', '2025-09-08');
    // Before 19 August 2024 H was authorised and J an approved educational activity (2006 regulations); J1 is now authorised.
    expect(summaries.map((s) => [s.weekStart, s.possible, s.present, s.approvedEducationalActivity, s.authorised])).toEqual([
      ['2024-07-01', 6, 4, 1, 1],
      ['2025-09-08', 2, 0, 0, 2],
    ]);
  });

  it('accepts the columns in any order and leaves minutes_late out', async () => {
    const [pupil] = await newPupils(1);
    const result = await service.importCsv(scope, {
      ...target,
      idempotencyKey: 'csv-order-0001',
      csv: csvOf(['code,session,date,upn', `/,AM,2025-09-22,${pupil.upn}`, `I,PM,2025-09-22,${pupil.upn}`]),
    });
    expect(result.marks).toBe(2);
    const [summary] = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-09-22', '2025-09-22');
    expect(summary).toMatchObject({ possible: 2, present: 1, authorised: 1 });
  });
});

describe('RegisterImportService.importCtf', () => {
  it('creates and updates the pupils through the pupils context and imports their attendance at this school', async () => {
    const [held] = await newPupils(1);
    await db.ownerDataSource.query(`UPDATE pupil SET address_line1 = '1 High Street', town = 'Bootle' WHERE id = $1`, [held.pupilId]);
    const newcomerUpn = fixtureUpn(3434001, 900);
    // From Monday 6 October 2025: four school days, the planned closure on Friday 10th ('#'), a school week, then
    // Monday 20 to Friday 24 October and the half-term week 27–31 October (blank), then Monday 3 November.
    const marks = '/\\/\\/\\L\\##' + '/\\/\\/\\/\\/\\' + '/\\IIN\\/\\/\\' + ' '.repeat(10) + '/U';
    const xml = ctfXml({ lea: '343', estab: '4001' }, [
      {
        upn: held.upn,
        surname: 'Held-Renamed',
        forename: 'Pupil',
        dob: '2016-05-01',
        sex: 'F',
        yearData: [
          { start: '2025-10-06', marks },
          { lea: '340', estab: '2001', start: '2025-09-01', marks: 'IIIIIIIIII' },
        ],
      },
      {
        upn: newcomerUpn,
        surname: 'New',
        forename: 'Nia',
        dob: '2017-02-03',
        sex: 'F',
        yearData: [{ lea: '343', estab: '4001', start: '2025-10-20', marks: '/\\/\\' }],
        history: [{ lea: '343', estab: '4001', entryDate: '2025-10-20' }],
      },
    ]);

    const result = await service.importCtf(scope, { ...target, idempotencyKey: 'ctf-file-00001', xml: Readable.from([xml]) });

    expect(result).toMatchObject({ kind: 'CTF', marks: 32 + 4, pupils: 2 });
    const [heldRow] = (await db.ownerDataSource.query(`SELECT surname, address_line1, town FROM pupil WHERE id = $1`, [held.pupilId])) as {
      surname: string;
      address_line1: string;
      town: string;
    }[];
    expect(heldRow).toEqual({ surname: 'Held-Renamed', address_line1: '1 High Street', town: 'Bootle' });
    expect(await count(`enrolment WHERE pupil_id = $1`, [held.pupilId])).toBe(1);
    const [newcomer] = (await db.ownerDataSource.query(
      `SELECT e.id::text AS enrolment_id, e.admitted_on::text AS admitted_on, p.home_la_code
         FROM pupil p JOIN enrolment e ON e.la_code = p.la_code AND e.pupil_id = p.id
        WHERE p.la_code = $1 AND p.upn = $2 AND e.urn = $3`,
      [FIXTURE_LA, newcomerUpn, FIXTURE_URN],
    )) as { enrolment_id: string; admitted_on: string; home_la_code: string }[];
    expect(newcomer).toMatchObject({ admitted_on: '2025-10-20', home_la_code: FIXTURE_LA });

    const stored = await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [held.enrolmentId], '2025-09-01', '2025-11-30');
    expect(stored).toHaveLength(32);
    expect(stored.filter((m) => m.date < '2025-10-06')).toEqual([]);
    expect(stored.find((m) => m.date === '2025-10-09' && m.session === 'AM')?.code).toBe('L');
    expect(stored.filter((m) => m.date === '2025-10-10').map((m) => m.code)).toEqual(['#', '#']);
    expect(stored.filter((m) => m.date >= '2025-10-27' && m.date <= '2025-10-31')).toEqual([]);
    expect(stored.filter((m) => m.date === '2025-11-03').map((m) => m.code)).toEqual(['/', 'U']);
    expect(stored.every((m) => m.source === MARK_SOURCE.CTF)).toBe(true);
    const summaries = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [held.enrolmentId], '2025-10-06', '2025-11-03');
    expect(summaries.map((s) => [s.weekStart, s.possible, s.present, s.authorised, s.unauthorised, s.notPossible])).toEqual([
      ['2025-10-06', 8, 8, 0, 0, 2],
      ['2025-10-13', 10, 10, 0, 0, 0],
      ['2025-10-20', 10, 7, 2, 1, 0],
      ['2025-11-03', 2, 1, 0, 1, 0],
    ]);
    expect(await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [newcomer.enrolment_id], '2025-10-20', '2025-10-21')).toHaveLength(4);
  });
});

describe('amending marks', () => {
  it('replaces a changed mark, keeps the one replaced, leaves unchanged marks alone and refreshes the summary', async () => {
    const [pupil] = await newPupils(1);
    const send = (key: string, pm: string) =>
      service.importMarks(scope, {
        ...target,
        idempotencyKey: key,
        from: '2025-09-29',
        to: '2025-09-29',
        marks: [
          { upn: pupil.upn, date: '2025-09-29', session: 'AM', code: '/' },
          { upn: pupil.upn, date: '2025-09-29', session: 'PM', code: pm },
        ],
      });
    const first = await send('amend-first-01', 'N');
    const second = await send('amend-second-1', 'I');

    const stored = await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-09-29', '2025-09-29');
    expect(stored.map((m) => [m.session, m.code, m.importId])).toEqual([
      ['AM', '/', first.importId],
      ['PM', 'I', second.importId],
    ]);
    const replaced = await replacedMarksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-09-29', '2025-09-29');
    expect(replaced.map((m) => [m.session, m.code, m.importId])).toEqual([['PM', 'N', first.importId]]);
    const [summary] = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-09-29', '2025-09-29');
    expect(summary).toMatchObject({ possible: 2, present: 1, authorised: 1, unauthorised: 0, codeCounts: { '/': 1, I: 1 } });

    await send('amend-third-01', 'I');
    expect(await replacedMarksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-09-29', '2025-09-29')).toHaveLength(1);
  });
});

describe('a session marked twice', () => {
  it('is refused when the session is already held, and the held mark stays as it was', async () => {
    const [pupil] = await newPupils(1);
    await service.importCsv(scope, { ...target, idempotencyKey: 'twice-held-001', csv: csvOf(['upn,date,session,code', `${pupil.upn},2025-10-06,AM,/`]) });

    const refusal = await refusalOf(
      service.importCsv(scope, {
        ...target,
        idempotencyKey: 'twice-held-002',
        csv: csvOf(['upn,date,session,code', `${pupil.upn},2025-10-06,AM,/`, `${pupil.upn},2025-10-06,PM,\\`, `${pupil.upn},2025-10-06,AM,I`]),
      }),
    );

    expect(refusal.code).toBe('IMPORT_REJECTED');
    expect(refusal.detail).toMatchObject({ totalProblems: 1, problems: [{ row: 4, field: 'session', reason: 'DUPLICATE_SESSION' }] });
    const stored = await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-10-06', '2025-10-06');
    expect(stored.map((m) => [m.session, m.code])).toEqual([['AM', '/']]);
  });
});

describe('idempotency', () => {
  it('applies a repeat of the same key and content once and returns the first result', async () => {
    const [pupil] = await newPupils(1);
    const file = () => csvOf(['upn,date,session,code', `${pupil.upn},2025-10-01,AM,/`, `${pupil.upn},2025-10-01,PM,M`]);
    const first = await service.importCsv(scope, { ...target, idempotencyKey: 'repeat-key-001', csv: file() });
    const marksBefore = await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-10-01', '2025-10-01');

    const again = await service.importCsv(scope, { ...target, idempotencyKey: 'repeat-key-001', csv: file() });

    expect(again).toEqual({ ...first, repeated: true });
    expect(await count(`register_import WHERE idempotency_key = 'repeat-key-001'`)).toBe(1);
    expect(await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-10-01', '2025-10-01')).toEqual(marksBefore);
  });

  it('refuses the same key with different content, and the same key for another kind of submission', async () => {
    const [pupil] = await newPupils(1);
    const marks: MarkInput[] = [{ upn: pupil.upn, date: '2025-10-02', session: 'AM', code: '/' }];
    await service.importMarks(scope, { ...target, idempotencyKey: 'reused-key-01', from: '2025-10-02', to: '2025-10-02', marks });

    const changed = await refusalOf(
      service.importMarks(scope, {
        ...target,
        idempotencyKey: 'reused-key-01',
        from: '2025-10-02',
        to: '2025-10-02',
        marks: [{ ...marks[0], code: 'I' }],
      }),
    );
    expect(changed.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(changed.message).toContain('use a new key');
    const otherKind = await refusalOf(
      service.importCsv(scope, { ...target, idempotencyKey: 'reused-key-01', csv: csvOf(['upn,date,session,code']) }),
    );
    expect(otherKind.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const stored = await marksFor(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-10-02', '2025-10-02');
    expect(stored.map((m) => m.code)).toEqual(['/']);
  });

  it('frees the key of a rejected submission, so the corrected file can be sent with it', async () => {
    const [pupil] = await newPupils(1);
    const rejected = await refusalOf(
      service.importCsv(scope, { ...target, idempotencyKey: 'fix-and-resend', csv: csvOf(['upn,date,session,code', `${pupil.upn},2025-10-03,AM,H`]) }),
    );
    expect(rejected.code).toBe('IMPORT_REJECTED');
    const fixed = await service.importCsv(scope, {
      ...target,
      idempotencyKey: 'fix-and-resend',
      csv: csvOf(['upn,date,session,code', `${pupil.upn},2025-10-03,AM,C`]),
    });
    expect(fixed).toMatchObject({ marks: 1, repeated: false });
  });
});

describe('who may import', () => {
  it('refuses staff of another school, an unknown school, a school in another LA and a bad key', async () => {
    const otherStaff: Scope = { actor: systemActor('staff'), role: 'SCHOOL_STAFF', laCode: FIXTURE_LA, urns: [100999] };
    const base = { ...target, idempotencyKey: 'permissions-01', from: '2025-10-06', to: '2025-10-06', marks: [] };
    expect((await refusalOf(service.importMarks(otherStaff, base))).code).toBe('NOT_PERMITTED');
    expect((await refusalOf(service.importMarks(scope, { ...base, urn: 999999 }))).code).toBe('UNKNOWN_SCHOOL');
    await db.ownerDataSource.query(`INSERT INTO local_authority (la_code, name) VALUES ('344', 'Wirral') ON CONFLICT DO NOTHING`);
    expect((await refusalOf(service.importMarks(scope, { ...base, laCode: '344' }))).code).toBe('SCHOOL_NOT_IN_LA');
    expect((await refusalOf(service.importMarks(scope, { ...base, idempotencyKey: 'short' }))).code).toBe('INVALID_IDEMPOTENCY_KEY');
    expect((await refusalOf(service.importMarks(scope, { ...base, from: '2025-10-07', to: '2025-10-06' }))).code).toBe('INVALID_DATE_RANGE');
    const ownStaff: Scope = { ...otherStaff, urns: [FIXTURE_URN] };
    expect(await service.importMarks(ownStaff, base)).toMatchObject({ marks: 0, pupils: 0 });
  });
});

describe('refreshWeekSummaries', () => {
  it('recomputes the weeks asked for and removes a summary whose week has no marks left', async () => {
    const [pupil] = await newPupils(1);
    await service.importMarks(scope, {
      ...target,
      idempotencyKey: 'refresh-check-1',
      from: '2025-10-13',
      to: '2025-10-20',
      marks: [
        { upn: pupil.upn, date: '2025-10-13', session: 'AM', code: '/' },
        { upn: pupil.upn, date: '2025-10-20', session: 'AM', code: 'O' },
      ],
    });
    await db.ownerDataSource.query(`DELETE FROM attendance_mark WHERE enrolment_id = $1 AND date = '2025-10-13'`, [pupil.enrolmentId]);
    await db.ownerDataSource.query(`UPDATE attendance_mark SET code = 'G' WHERE enrolment_id = $1 AND date = '2025-10-20'`, [pupil.enrolmentId]);

    const byRange = await db.ownerDataSource.transaction((tx) =>
      refreshWeekSummaries(tx, FIXTURE_LA, { enrolmentIds: [pupil.enrolmentId], from: '2025-10-13', to: '2025-10-24' }),
    );

    expect(byRange).toEqual({ written: 1, empty: 1 });
    const summaries = await weekSummaries(db.ownerDataSource.manager, FIXTURE_LA, [pupil.enrolmentId], '2025-10-01', '2025-10-31');
    expect(summaries.map((s) => [s.weekStart, s.unauthorised, s.codeCounts])).toEqual([['2025-10-20', 1, { G: 1 }]]);
    const byPairs = await db.ownerDataSource.transaction((tx) =>
      refreshWeekSummaries(tx, FIXTURE_LA, { pairs: [{ enrolmentId: pupil.enrolmentId, weekStart: '2025-10-22' }] }),
    );
    expect(byPairs).toEqual({ written: 1, empty: 0 });
  });
});

