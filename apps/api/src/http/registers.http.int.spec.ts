import { createServer, Server } from 'node:http';
import { REGISTER_UPLOAD_PATH, registerUploadRouter } from '@rollcall/api-registers';
import { seedSchool } from '@rollcall/db/testing';
import express from 'express';
import { countStatements, useApi } from '../testing/api-harness';
import type { GraphQLResponse } from '../testing/api-harness';
import {
  AttendanceWorld,
  CallerName,
  Callers,
  asSystem,
  dataOf,
  errorCode,
  errorMessage,
  importMarks,
  outcomeOf,
  rowCount,
  seedAttendanceWorld,
  seedManyPupils,
  signInEveryone,
} from './attendance.fixture';

const REGISTER = `query ($urn: Int!, $date: LocalDate!, $session: RegisterSession!, $yearGroup: Int, $first: Int, $after: String) {
  register(urn: $urn, date: $date, session: $session, yearGroup: $yearGroup) {
    urn schoolName status attendanceExpected needsMarks expectedCode statusReason registerOpensAt registerClosesAt
    counts { onRoll marked unmarked present authorisedAbsence unauthorisedAbsence late }
    entries(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { forename surname yearGroup needsMark mark { code meaning category minutesLate source recordedBy overdueN nDeadline } }
    }
  }
}`;

const RECORD = `mutation ($input: RecordMarksInput!) {
  recordMarks(input: $input) {
    __typename
    ... on RecordedMarks { repeated recordedBy marks { upn code minutesLate sentCode changed } }
    ... on Refused { code message field problems { row field message } }
  }
}`;

const AMEND = `mutation ($input: AmendMarkInput!) {
  amendMark(input: $input) {
    __typename
    ... on RegisterEntry { forename mark { code recordedBy amendmentReason } history { code recordedBy replacedAt amendmentReason } }
    ... on Refused { code message field }
  }
}`;

const IMPORT = `mutation ($input: ImportRegisterFileInput!) {
  importRegisterFile(input: $input) {
    __typename
    ... on RegisterImport { kind marks pupils repeated }
    ... on RegisterImportRejected { code message totalProblems problems { row field reason message } }
    ... on Refused { code message field }
  }
}`;

const UPLOAD = `mutation ($urn: Int!, $format: RegisterFileFormat!) {
  createRegisterUpload(urn: $urn, format: $format) {
    __typename
    ... on RegisterUpload { url method expiresAt maxBytes idempotencyKey }
    ... on Refused { code message }
  }
}`;

type RegisterData = {
  urn: number;
  status: string;
  needsMarks: boolean;
  attendanceExpected: boolean;
  expectedCode: string | null;
  statusReason: string;
  registerClosesAt: string;
  counts: Record<string, number>;
  entries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { forename: string; needsMark: boolean; mark: { code: string; minutesLate: number | null; recordedBy: string; overdueN: boolean; nDeadline: string | null } | null }[];
  };
};
type Recorded = { __typename: string; code?: string; message?: string; field?: string; problems?: { row: number; field: string; message: string }[]; repeated?: boolean; marks?: { upn: string; code: string; minutesLate: number | null; sentCode: string | null; changed: boolean }[] };

const forenames = (r: RegisterData) => r.entries.nodes.map((n) => n.forename);
const resultOf = (value: { __typename: string; code?: string } | null) => (value ? (value.code ?? value.__typename) : 'null');

let keySerial = 0;
const newKey = () => `register-test-${++keySerial}-${Date.now()}`;

describe('registers over HTTP: reading, taking and amending a session’s register, and importing register files', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: AttendanceWorld;
  let as: Callers;

  beforeAll(async () => {
    w = await seedAttendanceWorld(api.dataSource);
    as = await signInEveryone(api, w);
    // Tuesday 4 November 2025, morning, taken by the school's MIS: Bob's absence is still unexplained.
    await importMarks(
      api.dataSource,
      w.home,
      w.schoolA,
      [
        { upn: w.upn.amy, date: '2025-11-04', session: 'AM', code: '/' },
        { upn: w.upn.bob, date: '2025-11-04', session: 'AM', code: 'N' },
        { upn: w.upn.cal, date: '2025-11-04', session: 'AM', code: 'I' },
        { upn: w.upn.dot, date: '2025-11-04', session: 'AM', code: '/' },
      ],
      '2025-11-04',
      '2025-11-04',
    );
  });

  const read = (caller: CallerName, variables: Record<string, unknown>) => as[caller].query<{ register: RegisterData }>(REGISTER, variables);
  const record = (caller: CallerName, input: Record<string, unknown>) => as[caller].query<{ recordMarks: Recorded }>(RECORD, { input });

  describe('attendanceCodes: the codes in force, with what they mean to staff and to parents', () => {
    const CODES = `query ($on: LocalDate) { attendanceCodes(on: $on) { code codeSet meaning category possibleSession parentExplanation } }`;
    type Code = { code: string; codeSet: string; category: string; possibleSession: boolean; parentExplanation: string | null };
    const cases: [CallerName, string | number][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['staffA', 34],
      ['officer', 34],
      ['virtualSchool', 34],
      ['parent', 34],
      ['schoolKeyA', 34],
      ['keyWithoutScope', 34],
    ];
    it.each(cases)('%s → %s', async (caller, expected) => {
      expect(outcomeOf(await as[caller].query(CODES, { on: '2025-11-04' }), 'attendanceCodes', (c: Code[]) => c.length)).toBe(expected);
    });

    it('explains N to a parent, and counts Y4 out of possible sessions', async () => {
      const codes = dataOf<Code[]>(await as.parent.query(CODES), 'attendanceCodes');
      expect(codes.find((c) => c.code === 'N')).toMatchObject({ codeSet: 'CODE_SET_2024', category: 'UNAUTHORISED_ABSENCE', parentExplanation: expect.stringContaining('tell the school') });
      expect(codes.find((c) => c.code === 'Y4')).toMatchObject({ category: 'NOT_POSSIBLE', possibleSession: false });
    });

    it('gives the 2006 codes before 19 August 2024 (H, not C1)', async () => {
      const codes = dataOf<Code[]>(await as.staffA.query(CODES, { on: '2024-01-10' }), 'attendanceCodes').map((c) => c.code);
      expect(codes).toContain('H');
      expect(codes).not.toContain('C1');
    });
  });

  describe('register: each caller reads only the registers of the schools they work with', () => {
    const cases: [CallerName, string | string[]][] = [
      ['nobody', 'UNAUTHENTICATED'],
      ['parent', 'FORBIDDEN'],
      ['virtualSchool', 'FORBIDDEN'],
      ['keyWithoutScope', 'FORBIDDEN'],
      ['staffA', ['Amy', 'Bob', 'Cal', 'Dot', 'Rae']],
      ['staffB', 'NOT_PERMITTED'],
      ['officer', ['Amy', 'Bob', 'Cal', 'Dot', 'Rae']],
      ['admin', ['Amy', 'Bob', 'Cal', 'Dot', 'Rae']],
      ['neighbourOfficer', 'NOT_PERMITTED'],
      ['schoolKeyA', ['Amy', 'Bob', 'Cal', 'Dot', 'Rae']],
      ['laReadKey', ['Amy', 'Bob', 'Cal', 'Dot', 'Rae']],
      ['schoolKeyB', 'NOT_PERMITTED'],
    ];
    it.each(cases)('%s → %j', async (caller, expected) => {
      const response = await read(caller, { urn: w.schoolA, date: '2025-11-04', session: 'AM' });
      expect(outcomeOf(response, 'register', forenames)).toEqual(expected);
    });

    it('says who may read it when refused', async () => {
      const response = await read('staffB', { urn: w.schoolA, date: '2025-11-04', session: 'AM' });
      expect(errorMessage(response)).toContain('your own school only (URN 100002)');
    });
  });

  it('shows each pupil’s mark, who entered it, the unmarked pupil, and an N overdue after 5 school days', async () => {
    const register = dataOf<RegisterData>(await read('staffA', { urn: w.schoolA, date: '2025-11-04', session: 'AM' }), 'register');
    expect(register).toMatchObject({ status: 'HELD', attendanceExpected: true, needsMarks: true, registerClosesAt: '09:15' });
    expect(register.counts).toEqual({ onRoll: 5, marked: 4, unmarked: 1, present: 2, authorisedAbsence: 1, unauthorisedAbsence: 1, late: 0 });
    const bob = register.entries.nodes.find((n) => n.forename === 'Bob');
    expect(bob?.mark).toMatchObject({ code: 'N', overdueN: true, nDeadline: '2025-11-11', recordedBy: 'system:test' });
    expect(register.entries.nodes.find((n) => n.forename === 'Rae')).toMatchObject({ needsMark: true, mark: null });
    const audited = await asSystem<{ pupil_id: string }>(
      api.dataSource,
      `SELECT DISTINCT pupil_id::text AS pupil_id FROM audit_event WHERE action = 'READ' AND entity = 'AttendanceMark' AND entity_id LIKE '%:2025-11-04:AM' AND actor LIKE 'school_staff.%'`,
    );
    expect(audited.map((a) => a.pupil_id).sort()).toEqual([w.amy, w.bob, w.cal, w.dot, w.rae].sort());
  });

  it('reads one year group, and pages through the roll with cursors', async () => {
    const year3 = dataOf<RegisterData>(await read('officer', { urn: w.schoolA, date: '2025-11-04', session: 'AM', yearGroup: 3 }), 'register');
    expect(forenames(year3)).toEqual(['Amy', 'Bob']);
    expect(year3.counts.onRoll).toBe(2);
    const first = dataOf<RegisterData>(await read('officer', { urn: w.schoolA, date: '2025-11-04', session: 'AM', first: 3 }), 'register');
    expect(first.entries).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const rest = dataOf<RegisterData>(
      await read('officer', { urn: w.schoolA, date: '2025-11-04', session: 'AM', first: 3, after: first.entries.pageInfo.endCursor }),
      'register',
    );
    expect([...forenames(first), ...forenames(rest)]).toEqual(['Amy', 'Bob', 'Cal', 'Dot', 'Rae']);
    expect(rest.entries.pageInfo.hasNextPage).toBe(false);
  });

  describe('register: whether the session needs marks at all', () => {
    const cases: [string, string, string, string, boolean, string | null][] = [
      ['a school session', '2025-11-04', 'PM', 'HELD', true, null],
      ['a planned closure', '2025-11-14', 'AM', 'PLANNED_CLOSURE', true, '#'],
      ['an unplanned closure in the afternoon', '2025-11-20', 'PM', 'UNPLANNED_CLOSURE', true, 'Y4'],
      ['the morning before it', '2025-11-20', 'AM', 'HELD', true, null],
      ['an INSET day', '2025-09-01', 'AM', 'INSET', false, null],
      ['a Saturday', '2025-11-08', 'AM', 'NOT_A_SCHOOL_SESSION', false, null],
      ['the Christmas holidays', '2025-12-29', 'AM', 'NOT_A_SCHOOL_SESSION', false, null],
    ];
    it.each(cases)('%s (%s %s) → %s', async (_, date, session, status, needsMarks, expectedCode) => {
      const register = dataOf<RegisterData>(await read('staffA', { urn: w.schoolA, date, session }), 'register');
      expect(register).toMatchObject({ status, needsMarks, expectedCode, attendanceExpected: status === 'HELD' });
      expect(register.statusReason.length).toBeGreaterThan(10);
    });
  });

  describe('register: bad requests are refused, saying what to send', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['a URN that is not 6 digits', { urn: 12, date: '2025-11-04', session: 'AM' }, 'INVALID_URN', '6-digit Unique Reference Number'],
      ['a school that is not set up', { urn: 999999, date: '2025-11-04', session: 'AM' }, 'UNKNOWN_SCHOOL', 'No school with URN 999999'],
      ['a year group out of range', { urn: 100001, date: '2025-11-04', session: 'AM', yearGroup: 20 }, 'INVALID_YEAR_GROUP', 'from -2 (nursery) to 14'],
      ['more than 100 pupils at a time', { urn: 100001, date: '2025-11-04', session: 'AM', first: 101 }, 'INVALID_PAGE_SIZE', 'between 1 and 100'],
      ['a cursor it did not give out', { urn: 100001, date: '2025-11-04', session: 'AM', after: 'bm90LWEtY3Vyc29y' }, 'INVALID_CURSOR', 'pageInfo.endCursor'],
    ];
    it.each(cases)('%s', async (_, variables, code, words) => {
      const response = await read('officer', variables);
      expect(errorCode(response)).toBe(code);
      expect(errorMessage(response)).toContain(words);
    });

    it('refuses a date that is not a calendar date, or a session that is not AM or PM, before running anything', async () => {
      expect(errorCode(await read('officer', { urn: 100001, date: '2025-02-30', session: 'AM' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await read('officer', { urn: 100001, date: '2025-11-04', session: 'EVENING' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('recordMarks', () => {
    it('records a session in one go: L or U decided by the register’s closing time, the week summaries kept with it', async () => {
      const input = {
        urn: w.schoolA,
        date: '2025-11-05',
        session: 'AM',
        idempotencyKey: newKey(),
        marks: [
          { upn: w.upn.amy, code: '/' },
          { pupilId: w.bob, code: 'L', minutesLate: 10 },
          { pupilId: w.cal, code: 'L', minutesLate: 45 },
          { pupilId: w.dot, code: 'n' },
          { pupilId: w.rae, code: 'U', minutesLate: 20 },
        ],
      };
      const result = dataOf<Recorded>(await record('staffA', input), 'recordMarks');
      expect(result).toMatchObject({ __typename: 'RecordedMarks', repeated: false });
      expect(result.marks?.map((m) => [m.code, m.minutesLate, m.sentCode, m.changed])).toEqual([
        ['/', null, null, true],
        ['L', 10, null, true],
        ['U', 45, 'L', true],
        ['N', null, null, true],
        ['L', 20, 'U', true],
      ]);
      const register = dataOf<RegisterData>(await read('staffA', { urn: w.schoolA, date: '2025-11-05', session: 'AM' }), 'register');
      expect(register.counts).toMatchObject({ marked: 5, unmarked: 0, present: 3, unauthorisedAbsence: 2, late: 3 });
      expect(register.entries.nodes[0].mark?.recordedBy).toMatch(/^school_staff\./);
      const summaries = await asSystem<{ n: number; possible: number }>(
        api.dataSource,
        `SELECT count(*)::int AS n, sum(possible)::int AS possible FROM pupil_week_summary WHERE urn = $1 AND week_start = '2025-11-03'`,
        [w.schoolA],
      );
      expect(summaries[0]).toEqual({ n: 5, possible: 9 });
      const audit = await rowCount(api.dataSource, 'audit_event', `entity = 'AttendanceMark' AND action = 'CREATE' AND entity_id LIKE '%:2025-11-05:AM'`);
      expect(audit).toBe(5);
    });

    it('applies a repeat with the same idempotency key once, and refuses the key with other marks', async () => {
      const input = { urn: w.schoolA, date: '2025-11-05', session: 'PM', idempotencyKey: newKey(), marks: [{ pupilId: w.amy, code: '\\' }] };
      expect(dataOf<Recorded>(await record('staffA', input), 'recordMarks')).toMatchObject({ repeated: false });
      const before = await rowCount(api.dataSource, 'register_import');
      const again = dataOf<Recorded>(await record('staffA', input), 'recordMarks');
      expect(again).toMatchObject({ __typename: 'RecordedMarks', repeated: true, marks: [{ code: '\\', changed: false }] });
      expect(await rowCount(api.dataSource, 'register_import')).toBe(before);
      const reused = dataOf<Recorded>(await record('staffA', { ...input, marks: [{ pupilId: w.amy, code: 'I' }] }), 'recordMarks');
      expect(reused).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
      expect(await rowCount(api.dataSource, 'attendance_mark', `date = '2025-11-05' AND session = 'PM'`)).toBe(1);
    });

    it('keeps each school’s idempotency keys apart: school B’s MIS may use a key school A has used', async () => {
      const idempotencyKey = newKey();
      const forA = await record('schoolKeyA', { urn: w.schoolA, date: '2025-11-25', session: 'AM', idempotencyKey, marks: [{ pupilId: w.amy, code: '/' }] });
      const forB = await record('schoolKeyB', { urn: w.schoolB, date: '2025-11-25', session: 'AM', idempotencyKey, marks: [{ pupilId: w.ben, code: 'I' }] });
      expect(dataOf<Recorded>(forA, 'recordMarks')).toMatchObject({ __typename: 'RecordedMarks', repeated: false });
      expect(dataOf<Recorded>(forB, 'recordMarks')).toMatchObject({ __typename: 'RecordedMarks', repeated: false, marks: [{ code: 'I' }] });
      const again = await record('schoolKeyB', { urn: w.schoolB, date: '2025-11-25', session: 'AM', idempotencyKey, marks: [{ pupilId: w.ben, code: 'I' }] });
      expect(dataOf<Recorded>(again, 'recordMarks')).toMatchObject({ repeated: true });
      expect(await rowCount(api.dataSource, 'register_import', `idempotency_key = $1`, [idempotencyKey])).toBe(2);
    });

    describe('who may take school A’s register', () => {
      const cases: [CallerName, string, string, string][] = [
        ['nobody', '2025-11-06', 'AM', 'UNAUTHENTICATED'],
        ['parent', '2025-11-06', 'AM', 'FORBIDDEN'],
        ['virtualSchool', '2025-11-06', 'AM', 'FORBIDDEN'],
        ['officer', '2025-11-06', 'AM', 'FORBIDDEN'],
        ['admin', '2025-11-06', 'AM', 'FORBIDDEN'],
        ['laReadKey', '2025-11-06', 'AM', 'FORBIDDEN'],
        ['keyWithoutScope', '2025-11-06', 'AM', 'FORBIDDEN'],
        ['staffB', '2025-11-06', 'AM', 'NOT_PERMITTED'],
        ['neighbourOfficer', '2025-11-06', 'AM', 'FORBIDDEN'],
        ['staffA', '2025-11-06', 'AM', 'RecordedMarks'],
        ['schoolKeyA', '2025-11-06', 'PM', 'RecordedMarks'],
        ['schoolKeyB', '2025-11-07', 'AM', 'NOT_PERMITTED'],
      ];
      it.each(cases)('%s (%s %s) → %s', async (caller, date, session, expected) => {
        const response = await record(caller, { urn: w.schoolA, date, session, idempotencyKey: newKey(), marks: [{ pupilId: w.amy, code: session === 'AM' ? '/' : '\\' }] });
        expect(outcomeOf(response, 'recordMarks', resultOf)).toBe(expected);
      });

      it('wrote nothing for those refused', async () => {
        const byWhom = await asSystem<{ recorded_by: string }>(api.dataSource, `SELECT recorded_by FROM attendance_mark WHERE date IN ('2025-11-06', '2025-11-07') ORDER BY date, session`);
        expect(byWhom.map((r) => r.recorded_by.split(/[.:]/)[0])).toEqual(['school_staff', 'api-key']);
      });
    });

    it('refuses the whole register when any mark is wrong, listing every problem, and writes nothing', async () => {
      const key = newKey();
      const response = await record('staffA', {
        urn: w.schoolA,
        date: '2025-11-10',
        session: 'AM',
        idempotencyKey: key,
        marks: [
          { pupilId: w.amy, code: '/' },
          { pupilId: w.bob, code: 'H' },
          { pupilId: w.eve, code: '/' },
          { upn: 'A801200005001', code: '/' },
          { pupilId: w.cal, code: 'I', minutesLate: 5 },
          { pupilId: w.amy, code: 'I' },
          { code: '/' },
        ],
      });
      const refused = dataOf<Recorded>(response, 'recordMarks');
      expect(refused).toMatchObject({ __typename: 'Refused', code: 'INVALID_MARKS', field: 'marks[1].code' });
      expect(refused.message).toMatch(/^Nothing was recorded: mark 2, marks\[1\]\.code: .*\(and 5 more problems\)\. Correct the marks/);
      expect(refused.problems?.map((p) => [p.row, p.field])).toEqual([
        [2, 'marks[1].code'],
        [3, 'marks[2].pupilId'],
        [4, 'marks[3].upn'],
        [5, 'marks[4].minutesLate'],
        [6, 'marks[5].pupilId'],
        [7, 'marks[6].pupilId'],
      ]);
      expect(refused.problems?.[0].message).toContain('not a 2024 attendance code');
      expect(refused.problems?.[1].message).toContain('not on the roll of school 100001');
      expect(refused.problems?.[3].message).toContain('L or U only');
      expect(refused.problems?.[4].message).toContain('marked twice');
      expect(await rowCount(api.dataSource, 'attendance_mark', `date = '2025-11-10'`)).toBe(0);
      expect(await rowCount(api.dataSource, 'register_import', `idempotency_key = $1`, [key])).toBe(0);
    });

    it('takes only "#" on a planned closure, and refuses a session that is not a school session', async () => {
      const closed = dataOf<Recorded>(
        await record('staffA', { urn: w.schoolA, date: '2025-11-14', session: 'AM', idempotencyKey: newKey(), marks: [{ pupilId: w.amy, code: '/' }] }),
        'recordMarks',
      );
      expect(closed).toMatchObject({ code: 'INVALID_MARKS', problems: [{ row: 1, field: 'marks[0].code' }] });
      expect(closed.problems?.[0].message).toContain('can only be marked "#"');
      const hash = dataOf<Recorded>(
        await record('staffA', { urn: w.schoolA, date: '2025-11-14', session: 'AM', idempotencyKey: newKey(), marks: [{ pupilId: w.amy, code: '#' }] }),
        'recordMarks',
      );
      expect(hash.__typename).toBe('RecordedMarks');
      const saturday = dataOf<Recorded>(
        await record('staffA', { urn: w.schoolA, date: '2025-11-08', session: 'AM', idempotencyKey: newKey(), marks: [{ pupilId: w.amy, code: '/' }] }),
        'recordMarks',
      );
      expect(saturday).toMatchObject({ code: 'NOT_A_SCHOOL_SESSION', field: 'date', message: 'Nothing was recorded: 2025-11-08 is a weekend, not a school session.' });
    });

    describe('bad requests', () => {
      const cases: [string, Record<string, unknown>, string, string][] = [
        ['no marks', { marks: [] }, 'NO_MARKS', 'at least one mark'],
        ['a short idempotency key', { idempotencyKey: 'short' }, 'INVALID_IDEMPOTENCY_KEY', '8 to 200 characters'],
        ['another LA’s school', { urn: 100003 }, 'NOT_PERMITTED', 'your own school only'],
      ];
      it.each(cases)('%s', async (_, change, code, words) => {
        const input = { urn: w.schoolA, date: '2025-11-11', session: 'AM', idempotencyKey: newKey(), marks: [{ pupilId: w.amy, code: '/' }], ...change };
        const refused = dataOf<Recorded>(await record('staffA', input), 'recordMarks');
        expect(refused).toMatchObject({ __typename: 'Refused', code });
        expect(refused.message).toContain(words);
      });
    });
  });

  describe('amendMark', () => {
    const amend = (caller: CallerName, input: Record<string, unknown>) =>
      as[caller].query<{ amendMark: { __typename: string; code?: string; message?: string; field?: string; mark?: { code: string }; history?: { code: string }[] } }>(AMEND, {
        input,
      });
    const calOn4th = { urn: 100001, date: '2025-11-04', session: 'AM' };

    it('changes a mark with the reason, keeping the entry it replaced in its history', async () => {
      const amended = dataOf<{ __typename: string; mark: { code: string; recordedBy: string }; history: { code: string; recordedBy: string }[] }>(
        await amend('staffA', { ...calOn4th, pupilId: w.cal, code: 'M', reason: 'Dentist: appointment card seen' }),
        'amendMark',
      );
      expect(amended).toMatchObject({
        __typename: 'RegisterEntry',
        mark: { code: 'M', amendmentReason: 'Dentist: appointment card seen' },
        history: [{ code: 'I', recordedBy: 'system:test', amendmentReason: null }],
      });
      const register = dataOf<RegisterData & { entries: { nodes: { forename: string; history?: unknown }[] } }>(
        await as.officer.query(`query { register(urn: 100001, date: "2025-11-04", session: AM) { entries { nodes { forename mark { code } history { code } } } } }`),
        'register',
      );
      expect(register.entries.nodes.find((n) => n.forename === 'Cal')).toMatchObject({ mark: { code: 'M' }, history: [{ code: 'I' }] });
      expect(await rowCount(api.dataSource, 'audit_event', `entity = 'AttendanceMark' AND action = 'UPDATE' AND pupil_id = $1`, [w.cal])).toBe(1);
    });

    it('keeps each amendment’s reason with it, in the register and in the history once it is replaced in turn', async () => {
      const amended = dataOf<{ mark: { code: string; amendmentReason: string | null }; history: { code: string; amendmentReason: string | null }[] }>(
        await amend('staffA', { ...calOn4th, pupilId: w.cal, code: 'I', reason: '  Dentist cancelled: ill at home  ' }),
        'amendMark',
      );
      expect(amended.mark).toMatchObject({ code: 'I', amendmentReason: 'Dentist cancelled: ill at home' });
      expect(amended.history).toMatchObject([
        { code: 'I', amendmentReason: null },
        { code: 'M', amendmentReason: 'Dentist: appointment card seen' },
      ]);
      const register = dataOf<{ entries: { nodes: { forename: string }[] } }>(
        await as.officer.query(
          `query { register(urn: 100001, date: "2025-11-04", session: AM) { entries { nodes { forename mark { amendmentReason } history { code amendmentReason } } } } }`,
        ),
        'register',
      );
      expect(register.entries.nodes.find((n) => n.forename === 'Cal')).toEqual({
        forename: 'Cal',
        mark: { amendmentReason: 'Dentist cancelled: ill at home' },
        history: [
          { code: 'I', amendmentReason: null },
          { code: 'M', amendmentReason: 'Dentist: appointment card seen' },
        ],
      });

      // Taking the register again is not an amendment: the new entry has no reason, the one it replaced keeps its own.
      const retaken = await record('staffA', { ...calOn4th, idempotencyKey: newKey(), marks: [{ pupilId: w.cal, code: '/' }] });
      expect(dataOf<Recorded>(retaken, 'recordMarks')).toMatchObject({ __typename: 'RecordedMarks' });
      const after = dataOf<{ entries: { nodes: { forename: string }[] } }>(
        await as.officer.query(`query { register(urn: 100001, date: "2025-11-04", session: AM) { entries { nodes { forename mark { code amendmentReason } history { amendmentReason } } } } }`),
        'register',
      );
      expect(after.entries.nodes.find((n) => n.forename === 'Cal')).toEqual({
        forename: 'Cal',
        mark: { code: '/', amendmentReason: null },
        history: [{ amendmentReason: null }, { amendmentReason: 'Dentist: appointment card seen' }, { amendmentReason: 'Dentist cancelled: ill at home' }],
      });
    });

    const cases: [string, CallerName, Record<string, unknown>, string][] = [
      ['nobody', 'nobody', { pupilId: 'bob', code: 'I', reason: 'Parent phoned' }, 'UNAUTHENTICATED'],
      ['an LA officer', 'officer', { pupilId: 'bob', code: 'I', reason: 'Parent phoned' }, 'FORBIDDEN'],
      ['a parent', 'parent', { pupilId: 'bob', code: 'I', reason: 'Parent phoned' }, 'FORBIDDEN'],
      ['another school’s staff', 'staffB', { pupilId: 'bob', code: 'I', reason: 'Parent phoned' }, 'NOT_PERMITTED'],
      ['without a reason', 'staffA', { pupilId: 'bob', code: 'I', reason: '  ' }, 'REASON_REQUIRED'],
      ['to the code it already has', 'staffA', { pupilId: 'amy', code: '/', reason: 'Checked' }, 'CODE_UNCHANGED'],
      ['a session with no mark yet', 'staffA', { pupilId: 'rae', code: 'I', reason: 'Parent phoned' }, 'NO_MARK_TO_AMEND'],
      ['with a code not in force', 'staffA', { pupilId: 'bob', code: 'H', reason: 'Holiday' }, 'INVALID_MARK'],
    ];
    it.each(cases)('refuses %s', async (_, caller, change, expected) => {
      const pupilId = w[change['pupilId'] as 'bob' | 'amy' | 'rae'];
      const response = await amend(caller, { ...calOn4th, ...change, pupilId });
      expect(outcomeOf(response, 'amendMark', resultOf)).toBe(expected);
      const bob = await asSystem<{ code: string }>(api.dataSource, `SELECT code FROM attendance_mark m JOIN enrolment e ON e.la_code = m.la_code AND e.id = m.enrolment_id WHERE e.pupil_id = $1 AND m.date = '2025-11-04'`, [w.bob]);
      expect(bob).toEqual([{ code: 'N' }]);
    });

    it('says what to send when the reason is missing', async () => {
      const refused = dataOf<{ message: string; field: string }>(await amend('staffA', { ...calOn4th, pupilId: w.bob, code: 'I', reason: '' }), 'amendMark');
      expect(refused).toEqual(expect.objectContaining({ field: 'reason', message: expect.stringContaining('Say why the mark is being changed') }));
    });
  });

  describe('importRegisterFile', () => {
    const csv = (rows: string[]) => ['upn,date,session,code,minutes_late', ...rows].join('\n');
    const importFile = (caller: CallerName, input: Record<string, unknown>) => as[caller].query(IMPORT, { input: { urn: w.schoolA, format: 'CSV', ...input } });

    it('imports a CSV register, and a repeat with the same key and file once', async () => {
      const content = csv([`${w.upn.amy},2025-11-12,AM,/,`, `${w.upn.bob},2025-11-12,AM,L,12`, `${w.upn.cal},2025-11-12,AM,I,`]);
      const key = newKey();
      expect(dataOf(await importFile('staffA', { content, idempotencyKey: key }), 'importRegisterFile')).toEqual({
        __typename: 'RegisterImport',
        kind: 'CSV',
        marks: 3,
        pupils: 3,
        repeated: false,
      });
      expect(dataOf(await importFile('staffA', { content, idempotencyKey: key }), 'importRegisterFile')).toMatchObject({ repeated: true });
      expect(await rowCount(api.dataSource, 'attendance_mark', `date = '2025-11-12'`)).toBe(3);
      const reused = dataOf(await importFile('staffA', { content: csv([`${w.upn.amy},2025-11-12,AM,I,`]), idempotencyKey: key }), 'importRegisterFile');
      expect(reused).toMatchObject({ __typename: 'Refused', code: 'IDEMPOTENCY_KEY_REUSED' });
    });

    it('rejects a file with problems, listing row, column and reason for each, and imports nothing from it', async () => {
      const content = csv([`${w.upn.amy},2025-11-13,AM,/,`, `${w.upn.bob},2025-11-13,AM,H,`, `${w.upn.cal},2025-11-13,XX,/,`]);
      const rejected = dataOf<{ __typename: string; totalProblems: number; problems: { row: number; field: string; reason: string }[] }>(
        await importFile('schoolKeyA', { content, idempotencyKey: newKey() }),
        'importRegisterFile',
      );
      expect(rejected).toMatchObject({ __typename: 'RegisterImportRejected', totalProblems: 2 });
      expect(rejected.problems.map((p) => [p.row, p.field, p.reason])).toEqual([
        [3, 'code', 'UNKNOWN_CODE'],
        [4, 'session', 'INVALID_SESSION'],
      ]);
      expect(await rowCount(api.dataSource, 'attendance_mark', `date = '2025-11-13'`)).toBe(0);
    });

    describe('who may import', () => {
      const cases: [CallerName, string][] = [
        ['nobody', 'UNAUTHENTICATED'],
        ['officer', 'FORBIDDEN'],
        ['parent', 'FORBIDDEN'],
        ['laReadKey', 'FORBIDDEN'],
        ['staffB', 'NOT_PERMITTED'],
        ['staffA', 'RegisterImport'],
      ];
      it.each(cases)('%s → %s', async (caller, expected) => {
        const content = csv([`${w.upn.dot},2025-11-17,AM,/,`]);
        expect(outcomeOf(await importFile(caller, { content, idempotencyKey: newKey() }), 'importRegisterFile', resultOf)).toBe(expected);
      });
    });

    it('refuses an empty file, saying what to send', async () => {
      expect(dataOf(await importFile('staffA', { content: ' ', idempotencyKey: newKey() }), 'importRegisterFile')).toMatchObject({
        code: 'EMPTY_FILE',
        field: 'content',
      });
    });
  });

  describe('createRegisterUpload and the upload route', () => {
    let server: Server;
    let uploadBase = '';

    beforeAll(async () => {
      const app = express();
      app.use(REGISTER_UPLOAD_PATH, registerUploadRouter(api.dataSource, { maxBytes: 4000, logFault: () => undefined }));
      server = createServer(app);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      const address = server.address();
      uploadBase = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    const uploadUrl = async (caller: CallerName, format = 'CSV'): Promise<{ url: string; idempotencyKey: string }> =>
      dataOf(await as[caller].query(UPLOAD, { urn: w.schoolA, format }), 'createRegisterUpload');
    const put = (url: string, body: string) => fetch(`${uploadBase}${url}`, { method: 'PUT', headers: { 'content-type': 'text/csv' }, body });

    it('gives a one-time URL that streams the file into the import, applied once', async () => {
      const upload = await uploadUrl('staffA');
      expect(upload.url.startsWith(`${REGISTER_UPLOAD_PATH}/`)).toBe(true);
      const body = ['upn,date,session,code', `${w.upn.amy},2025-11-18,AM,/`, `${w.upn.bob},2025-11-18,AM,I`].join('\n');
      const first = await put(upload.url, body);
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ import: { kind: 'CSV', marks: 2, repeated: false, importedBy: expect.stringMatching(/^school_staff\./) } });
      const again = await put(upload.url, body);
      expect(await again.json()).toMatchObject({ import: { repeated: true } });
      const other = await put(upload.url, `upn,date,session,code\n${w.upn.amy},2025-11-18,AM,I`);
      expect(other.status).toBe(409);
      expect(await rowCount(api.dataSource, 'attendance_mark', `date = '2025-11-18'`)).toBe(2);
    });

    it('is served by the API itself, on the URL the mutation gives', async () => {
      const upload = await uploadUrl('staffA');
      const response = await fetch(`${api.base}${upload.url}`, {
        method: 'PUT',
        headers: { 'content-type': 'text/csv' },
        body: `upn,date,session,code\n${w.upn.amy},2025-11-24,AM,/`,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ import: { kind: 'CSV', marks: 1, repeated: false } });
    });

    it('answers a bad file with its rejection report', async () => {
      const upload = await uploadUrl('schoolKeyA');
      const response = await put(upload.url, `upn,date,session,code\n${w.upn.amy},2025-11-19,AM,H`);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ code: 'IMPORT_REJECTED', totalProblems: 1, problems: [{ row: 2, field: 'code', reason: 'UNKNOWN_CODE' }] });
    });

    it('refuses a URL it did not sign', async () => {
      const upload = await uploadUrl('staffA');
      const [payload] = upload.url.slice(REGISTER_UPLOAD_PATH.length + 1).split('.');
      const response = await put(`${REGISTER_UPLOAD_PATH}/${payload}.forged`, 'upn,date,session,code');
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'INVALID_UPLOAD_URL' });
    });

    it('refuses a file over the size limit, whether or not it says its length, and imports nothing', async () => {
      const rows = Array.from({ length: 200 }, () => `${w.upn.amy},2025-11-21,AM,/`);
      const body = ['upn,date,session,code', ...rows].join('\n');
      const declared = await put((await uploadUrl('staffA')).url, body);
      expect(declared.status).toBe(413);
      const streamed = await fetch(`${uploadBase}${(await uploadUrl('staffA')).url}`, {
        method: 'PUT',
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(body));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit & { duplex: 'half' });
      expect(streamed.status).toBe(413);
      expect(await streamed.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });
      expect(await rowCount(api.dataSource, 'attendance_mark', `date = '2025-11-21'`)).toBe(0);
    });

    describe('who may ask for one', () => {
      const cases: [CallerName, string][] = [
        ['nobody', 'UNAUTHENTICATED'],
        ['officer', 'FORBIDDEN'],
        ['virtualSchool', 'FORBIDDEN'],
        ['staffB', 'NOT_PERMITTED'],
        ['staffA', 'RegisterUpload'],
        ['schoolKeyA', 'RegisterUpload'],
      ];
      it.each(cases)('%s → %s', async (caller, expected) => {
        expect(outcomeOf(await as[caller].query(UPLOAD, { urn: w.schoolA, format: 'CTF' }), 'createRegisterUpload', resultOf)).toBe(expected);
      });
    });
  });

  describe('no N+1: a register of 1, 30 or 100 pupils costs the same statements', () => {
    const N_URN = 100009;

    beforeAll(async () => {
      await seedSchool(api.dataSource, { urn: N_URN, laCode: w.home });
      const upns = await seedManyPupils(api.dataSource, w.home, N_URN, 100);
      await importMarks(
        api.dataSource,
        w.home,
        N_URN,
        upns.map((upn, i) => ({ upn, date: '2025-11-04', session: 'AM' as const, code: i % 3 === 0 ? 'O' : '/' })),
        '2025-11-04',
        '2025-11-04',
      );
      await importMarks(
        api.dataSource,
        w.home,
        N_URN,
        upns.map((upn, i) => ({ upn, date: '2025-11-04', session: 'AM' as const, code: i % 3 === 0 ? 'N' : 'I' })),
        '2025-11-04',
        '2025-11-04',
      );
    });

    it('with marks, overdue Ns and each entry’s history', async () => {
      const query = `query ($first: Int) { register(urn: ${N_URN}, date: "2025-11-04", session: AM) {
        counts { onRoll } entries(first: $first) { nodes { upn needsMark mark { code overdueN recordedBy } history { code } } } } }`;
      const statementsFor = async (first: number) => {
        let response: GraphQLResponse | undefined;
        const statements = await countStatements(async () => {
          response = await as.officer.query(query, { first });
        });
        expect(response?.body.errors).toBeUndefined();
        const nodes = dataOf<{ entries: { nodes: { history: unknown[] }[] } }>(response as GraphQLResponse, 'register').entries.nodes;
        expect(nodes).toHaveLength(first);
        expect(nodes.every((n) => n.history.length === 1)).toBe(true);
        return statements;
      };
      const counts = [await statementsFor(1), await statementsFor(30), await statementsFor(100)];
      expect(counts[0]).toBeLessThan(40);
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
    });
  });
});
