import { seedSchool } from '@rollcall/db/testing';
import { LocalDate, Session, isoWeekday } from '@rollcall/rules';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { countStatements, useApi } from '../testing/api-harness';
import type { GraphQLResponse } from '../testing/api-harness';
import { AttendanceWorld, Callers, asSystem, dataOf, errorCode, importMarks, marksFor, seedAttendanceWorld, seedManyPupils, signInEveryone, weekdays } from './attendance.fixture';

const AUTUMN_2 = { from: '2025-11-03', to: '2025-12-19' };
/** `pupilAttendance` for the year to date: the first week of 2025/26 to the last Friday with marks. */
const YEAR_TO_DATE = { from: '2025-09-01', to: AUTUMN_2.to };

const REGISTER = `query ($urn: Int!, $date: LocalDate!, $session: RegisterSession!, $yearGroup: Int, $first: Int) {
  register(urn: $urn, date: $date, session: $session, yearGroup: $yearGroup) {
    urn
    entries(first: $first) {
      nodes {
        pupilId forename mark { code }
        yearToDate {
          academicYear possibleSessions present approvedEducationalActivity authorisedAbsence unauthorisedAbsence notPossible
          attendanceRate overallAbsenceRate authorisedAbsenceRate unauthorisedAbsenceRate persistentlyAbsent severelyAbsent
          stage { policyId policyVersion band stage label goodAttendance }
        }
      }
    }
  }
}`;

const PUPIL_ATTENDANCE = `query ($pupilId: ID!, $from: LocalDate!, $to: LocalDate!) {
  pupilAttendance(pupilId: $pupilId, from: $from, to: $to) {
    readFrom possibleSessions present approvedEducationalActivity authorisedAbsence unauthorisedAbsence notPossible
    attendanceRate overallAbsenceRate authorisedAbsenceRate unauthorisedAbsenceRate persistentlyAbsent severelyAbsent
    graduatedResponse { policyId policyVersion band stage label goodAttendance }
  }
}`;

interface Figures {
  possibleSessions: number;
  attendanceRate: number | null;
  persistentlyAbsent: boolean;
  severelyAbsent: boolean;
  [measure: string]: unknown;
}
interface Stage {
  band: number;
  stage: string;
  label: string;
  [detail: string]: unknown;
}
type YearToDate = Figures & { academicYear: number; stage: Stage | null };
type Entry = { pupilId: string; forename: string; mark: { code: string } | null; yearToDate: YearToDate };
type Register = { urn: number; entries: { nodes: Entry[] } };
type PupilAttendance = Figures & { readFrom: string; graduatedResponse: Stage | null };

/** The SQL statements a request sent, by their first word (`START`, `SELECT`, `INSERT`, `COMMIT`). */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    await work();
    return spy.mock.calls.map(([sql]) => String(sql).trim().split(/\s+/)[0].toUpperCase());
  } finally {
    spy.mockRestore();
  }
}
const transactions = (statements: readonly string[]) => statements.filter((s) => s === 'START').length;

describe('a register’s entries with each pupil’s year to date and graduated-response stage, over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: AttendanceWorld;
  let as: Callers;

  beforeAll(async () => {
    w = await seedAttendanceWorld(api.dataSource);
    as = await signInEveryone(api, w);
    // Autumn 2 2025 at school A (a planned closure on Friday 14 November, an unplanned one on the afternoon of the 20th):
    // Amy always in; Bob away without a reason Monday to Wednesday; Cal ill every Monday; Dot one unexplained morning; Rae
    // never marked.
    const days = weekdays(AUTUMN_2.from, AUTUMN_2.to);
    const code = (date: LocalDate, session: Session, absent: string | undefined) =>
      date === '2025-11-14' ? '#' : date === '2025-11-20' && session === 'PM' ? 'Y4' : (absent ?? (session === 'AM' ? '/' : '\\'));
    await importMarks(
      api.dataSource,
      w.home,
      w.schoolA,
      [
        ...marksFor(w.upn.amy, days, (d, s) => code(d, s, undefined)),
        ...marksFor(w.upn.bob, days, (d, s) => code(d, s, isoWeekday(d) <= 3 ? 'O' : undefined)),
        ...marksFor(w.upn.cal, days, (d, s) => code(d, s, isoWeekday(d) === 1 ? 'I' : undefined)),
        ...marksFor(w.upn.dot, days, (d, s) => code(d, s, d === '2025-11-05' && s === 'AM' ? 'N' : undefined)),
      ],
      AUTUMN_2.from,
      AUTUMN_2.to,
    );
  });

  const read = (caller: keyof Callers, variables: Record<string, unknown> = {}) =>
    as[caller].query<{ register: Register }>(REGISTER, { urn: w.schoolA, date: '2025-11-04', session: 'AM', first: 50, ...variables });

  it('gives each pupil the figures and stage pupilAttendance gives for the year to date', async () => {
    const entries = dataOf(await read('staffA')).register.entries.nodes;
    expect(entries.map((e) => e.forename)).toEqual(['Amy', 'Bob', 'Cal', 'Dot', 'Rae']);
    for (const entry of entries) {
      const expected = dataOf(await as.staffA.query<{ pupilAttendance: PupilAttendance }>(PUPIL_ATTENDANCE, { pupilId: entry.pupilId, ...YEAR_TO_DATE })).pupilAttendance;
      const { readFrom, graduatedResponse, ...figures } = expected;
      expect(readFrom).toBe('WEEK_SUMMARIES');
      expect({ forename: entry.forename, ...entry.yearToDate }).toEqual({ forename: entry.forename, academicYear: 2025, ...figures, stage: graduatedResponse });
    }
    const byName = new Map(entries.map((e) => [e.forename, e.yearToDate]));
    expect(byName.get('Amy')).toMatchObject({ possibleSessions: 67, attendanceRate: 100, persistentlyAbsent: false, stage: { band: 1, stage: 'EXCELLENT' } });
    expect(byName.get('Bob')).toMatchObject({ possibleSessions: 67, unauthorisedAbsence: 42, severelyAbsent: true, stage: { band: 5, stage: 'SEVERELY_ABSENT' } });
    expect(byName.get('Rae')).toMatchObject({ possibleSessions: 0, attendanceRate: null, stage: null });
  });

  it('gives a class (a year group) the same figures, and the LA and the school’s MIS the same as its staff', async () => {
    const school = dataOf(await read('staffA')).register.entries.nodes;
    const year3 = dataOf(await read('staffA', { yearGroup: 3 })).register.entries.nodes;
    expect(year3.map((e) => e.forename)).toEqual(['Amy', 'Bob']);
    expect(year3).toEqual(school.filter((e) => e.forename === 'Amy' || e.forename === 'Bob'));
    expect(dataOf(await read('officer')).register.entries.nodes).toEqual(school);
    expect(dataOf(await read('schoolKeyA')).register.entries.nodes).toEqual(school);
    expect(errorCode(await read('staffB'))).toBe('NOT_PERMITTED');
  });

  it('records in the audit trail that each pupil’s attendance was read, with the request', async () => {
    const response = await read('staffA', { yearGroup: 3 });
    const requestId = response.headers.get('x-request-id');
    const rows = await asSystem<{ entity: string; entity_id: string; pupil_id: string }>(
      api.dataSource,
      `SELECT entity, entity_id, pupil_id::text AS pupil_id FROM audit_event WHERE request_id = $1 AND action = 'READ' ORDER BY entity, pupil_id`,
      [requestId],
    );
    const pupils = [w.amy, w.bob].sort();
    expect(rows.filter((r) => r.entity === 'PupilAttendance')).toEqual(pupils.map((id) => ({ entity: 'PupilAttendance', entity_id: id, pupil_id: id })));
    expect(rows.filter((r) => r.entity === 'AttendanceMark').map((r) => r.pupil_id)).toEqual(pupils);
  });

  it('reads the year to date in the register’s own transaction, and for an entry reached otherwise (a mark just amended) as it now stands', async () => {
    let response: GraphQLResponse<{ register: Register }> | undefined;
    const statements = await statementsOf(async () => (response = await read('staffA', { yearGroup: 4 })));
    const before = dataOf(response as GraphQLResponse<{ register: Register }>).register.entries.nodes.find((e) => e.forename === 'Dot') as Entry;
    // The register (its school, calendar, entries, their year summaries and the LA's policy) and the audit trail; the
    // session is one statement outside any transaction.
    expect(transactions(statements)).toBe(2);
    expect(before.yearToDate).toMatchObject({ authorisedAbsence: 0, unauthorisedAbsence: 1 });
    const AMEND = `mutation ($input: AmendMarkInput!) {
      amendMark(input: $input) { __typename ... on RegisterEntry { forename mark { code } yearToDate { authorisedAbsence unauthorisedAbsence possibleSessions stage { stage } } } }
    }`;
    const amended = await as.staffA.query<{ amendMark: { __typename: string; forename: string; mark: { code: string }; yearToDate: YearToDate } }>(AMEND, {
      input: { urn: w.schoolA, pupilId: w.dot, date: '2025-11-05', session: 'AM', code: 'I', reason: 'Parent phoned: illness' },
    });
    expect(dataOf(amended).amendMark).toEqual({
      __typename: 'RegisterEntry',
      forename: 'Dot',
      mark: { code: 'I' },
      yearToDate: { authorisedAbsence: 1, unauthorisedAbsence: 0, possibleSessions: before.yearToDate.possibleSessions, stage: before.yearToDate.stage && { stage: before.yearToDate.stage.stage } },
    });
  });

  describe('one transaction for the register, whatever is asked of it', () => {
    const ask = (query: string, variables: Record<string, unknown> = {}) => as.officer.query<{ register: Record<string, unknown> }>(query, { urn: w.schoolA, ...variables });
    const WHOLE = `query ($urn: Int!, $first: Int) { register(urn: $urn, date: "2025-11-04", session: AM) {
      schoolName status counts { onRoll marked } entries(first: $first) { totalCount pageInfo { hasNextPage } nodes { forename mark { code } } } } }`;

    it('reads the school, its calendar, the counts, the total and the entries in one (with the audit trail’s)', async () => {
      let response: GraphQLResponse<{ register: Record<string, unknown> }> | undefined;
      const statements = await statementsOf(async () => (response = await ask(WHOLE, { first: 2 })));
      expect(dataOf(response as GraphQLResponse<{ register: Record<string, unknown> }>).register).toMatchObject({
        schoolName: 'Hope Primary',
        counts: { onRoll: 5, marked: 4 },
        entries: { totalCount: 5, pageInfo: { hasNextPage: true }, nodes: [{ forename: 'Amy' }, { forename: 'Bob' }] },
      });
      // The register and the audit trail.
      expect(transactions(statements)).toBe(2);
    });

    it('reads the counts and the total only when they are asked for', async () => {
      const withCounts = await countStatements(() => ask(WHOLE, { first: 2 }));
      const without = await countStatements(() => ask(`query ($urn: Int!) { register(urn: $urn, date: "2025-11-04", session: AM) { entries(first: 2) { nodes { forename } } } }`));
      const totalOnly = await countStatements(() => ask(`query ($urn: Int!) { register(urn: $urn, date: "2025-11-04", session: AM) { entries(first: 2) { totalCount nodes { forename } } } }`));
      const skipped = await countStatements(() =>
        ask(`query ($urn: Int!, $no: Boolean!) { register(urn: $urn, date: "2025-11-04", session: AM) { counts @include(if: $no) { onRoll } entries(first: 2) { nodes { forename } } } }`, {
          no: false,
        }),
      );
      // Counting the roll is one statement; the counts give the total too.
      expect(withCounts).toBe(without + 1);
      expect(totalOnly).toBe(without + 1);
      expect(skipped).toBe(without);
    });

    it('reads pages asked for under aliases and fragments in the same transaction, each as if asked alone', async () => {
      const first = dataOf(await ask(`query ($urn: Int!) { register(urn: $urn, date: "2025-11-04", session: AM) { entries(first: 2) { pageInfo { endCursor } } } }`))
        .register as { entries: { pageInfo: { endCursor: string } } };
      const after = first.entries.pageInfo.endCursor;
      const query = `query ($urn: Int!, $after: String) { register(urn: $urn, date: "2025-11-04", session: AM) {
        ...Counted
        top: entries(first: 2) { nodes { forename } }
        next: entries(first: 2, after: $after) { ...Names }
      } }
      fragment Counted on Register { counts { onRoll } }
      fragment Names on RegisterEntryConnection { totalCount nodes { forename } }`;
      let response: GraphQLResponse<{ register: Record<string, unknown> }> | undefined;
      const statements = await statementsOf(async () => (response = await ask(query, { after })));
      expect(dataOf(response as GraphQLResponse<{ register: Record<string, unknown> }>).register).toEqual({
        counts: { onRoll: 5 },
        top: { nodes: [{ forename: 'Amy' }, { forename: 'Bob' }] },
        next: { totalCount: 5, nodes: [{ forename: 'Cal' }, { forename: 'Dot' }] },
      });
      expect(transactions(statements)).toBe(2);
    });

    it('reads the year to date asked for through edges in the same transaction, and none of it when skipped', async () => {
      const query = `query ($urn: Int!, $skip: Boolean!) { register(urn: $urn, date: "2025-11-04", session: AM) {
        entries(first: 2) { edges { node { forename yearToDate @skip(if: $skip) { possibleSessions severelyAbsent } } } } } }`;
      let response: GraphQLResponse<{ register: Record<string, unknown> }> | undefined;
      const statements = await statementsOf(async () => (response = await ask(query, { skip: false })));
      expect(dataOf(response as GraphQLResponse<{ register: Record<string, unknown> }>).register).toEqual({
        entries: {
          edges: [
            { node: { forename: 'Amy', yearToDate: { possibleSessions: 67, severelyAbsent: false } } },
            { node: { forename: 'Bob', yearToDate: { possibleSessions: 67, severelyAbsent: true } } },
          ],
        },
      });
      expect(transactions(statements)).toBe(2);
      const skipped = await statementsOf(() => ask(query, { skip: true }));
      // Without the year summaries and the LA's policy.
      expect(skipped.length).toBe(statements.length - 2);
    });

    it('refuses a page size or cursor on the entries field, naming it', async () => {
      const bad = (variables: Record<string, unknown>) =>
        ask(`query ($urn: Int!, $first: Int, $after: String) { register(urn: $urn, date: "2025-11-04", session: AM) { schoolName entries(first: $first, after: $after) { nodes { forename } } } }`, variables);
      const tooMany = await bad({ first: 101 });
      expect(errorCode(tooMany)).toBe('INVALID_PAGE_SIZE');
      expect(tooMany.body.errors?.[0]?.path).toEqual(['register', 'entries']);
      const cursor = await bad({ first: 2, after: 'WyJub3QiXQ' });
      expect(errorCode(cursor)).toBe('INVALID_CURSOR');
      expect(cursor.body.errors?.[0]?.path).toEqual(['register', 'entries']);
    });
  });

  describe('no N+1: a register of 1, 10 or 100 pupils with their year to date costs the same statements', () => {
    const N_URN = 100019;

    beforeAll(async () => {
      await seedSchool(api.dataSource, { urn: N_URN, laCode: w.home });
      const upns = await seedManyPupils(api.dataSource, w.home, N_URN, 100);
      const days: LocalDate[] = weekdays('2025-11-03', '2025-11-14');
      await importMarks(
        api.dataSource,
        w.home,
        N_URN,
        upns.flatMap((upn, i) => marksFor(upn, days, (_, s, n) => ((n + i) % (i % 7 === 0 ? 3 : 17) === 0 ? 'O' : s === 'AM' ? '/' : '\\'))),
        '2025-11-03',
        '2025-11-14',
      );
    });

    it('with marks, each entry’s history, and each pupil’s year to date and stage', async () => {
      const query = `query ($first: Int) { register(urn: ${N_URN}, date: "2025-11-04", session: AM) {
        counts { onRoll } entries(first: $first) { nodes { upn mark { code } history { code } yearToDate { possibleSessions attendanceRate stage { band stage } } } } } }`;
      const statementsFor = async (first: number) => {
        let response: GraphQLResponse | undefined;
        const statements = await statementsOf(async () => {
          response = await as.officer.query(query, { first });
        });
        expect(response?.body.errors).toBeUndefined();
        const nodes = dataOf<{ entries: { nodes: { yearToDate: { possibleSessions: number; stage: { band: number } | null } }[] } }>(response as GraphQLResponse, 'register').entries.nodes;
        expect(nodes).toHaveLength(first);
        expect(nodes.every((n) => n.yearToDate.possibleSessions === 20 && n.yearToDate.stage !== null)).toBe(true);
        return statements;
      };
      // The history and the year to date are read side by side, so their statements interleave: compare them as sets.
      const one = (await statementsFor(1)).sort();
      expect((await statementsFor(10)).sort()).toEqual(one);
      expect((await statementsFor(100)).sort()).toEqual(one);
      // The register with its entries and their year to date, the entries' history, the audit trail.
      expect(transactions(one)).toBe(3);
    });
  });
});
