import { seedLocalAuthority, seedSchool } from '@rollcall/db/testing';
import { LocalDate, Session, isoWeekday } from '@rollcall/rules';
import { countStatements, useApi } from '../testing/api-harness';
import type { Caller, GraphQLResponse } from '../testing/api-harness';
import {
  AttendanceWorld,
  CallerName,
  Callers,
  asSystem,
  dataOf,
  errorCode,
  errorMessage,
  importMarks,
  marksFor,
  outcomeOf,
  seedAttendanceWorld,
  seedManyPupils,
  signInEveryone,
  weekdays,
} from './attendance.fixture';

const FIGURES = `enrolments possibleSessions attendedSessions overallAbsenceSessions attendanceRate overallAbsenceRate persistentlyAbsent persistentAbsenceRate severelyAbsent`;

const LA_DASHBOARD = `query ($from: LocalDate!, $to: LocalDate!, $method: AttendanceStatisticsMethod) {
  laDashboard(from: $from, to: $to, method: $method) {
    laCode urn method academicYear weeksFrom weeksTo
    figures { ${FIGURES} }
    byPhase { key label figures { enrolments persistentlyAbsent } }
    byYearGroup { key label figures { enrolments } }
    byCohort { key figures { enrolments persistentlyAbsent severelyAbsent } absenceGapToAll }
    bySchool { totalCount nodes { urn label phase figures { enrolments possibleSessions } } }
    byWeek { weekStart figures { possibleSessions overallAbsenceSessions } }
    national { area academicYear sameYear overallAbsenceRate differences { overallAbsenceRate persistentAbsenceRate } }
    excluded { boarders aged4 agedOver15 summer2Dropped }
  }
}`;

const SCHOOL_DASHBOARD = `query ($urn: Int!, $from: LocalDate!, $to: LocalDate!, $method: AttendanceStatisticsMethod) {
  schoolDashboard(urn: $urn, from: $from, to: $to, method: $method) {
    urn schoolName method figures { ${FIGURES} } bySchool { nodes { urn } } excluded { aged4 summer2Dropped }
  }
}`;

const PUPIL_ATTENDANCE = `query ($pupilId: ID!, $from: LocalDate!, $to: LocalDate!) {
  pupilAttendance(pupilId: $pupilId, from: $from, to: $to) {
    pupilId readFrom possibleSessions present authorisedAbsence unauthorisedAbsence notPossible attendanceRate persistentlyAbsent severelyAbsent
    graduatedResponse { band stage label actionsDue { id owner kind } }
    bySchool { urn schoolName possibleSessions }
  }
}`;

const WORKLIST = `query ($urn: Int, $stage: String, $asAt: LocalDate, $first: Int, $after: String) {
  pupilsNeedingAction(urn: $urn, stage: $stage, asAt: $asAt, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { forename urn needs band stage yearToDate { possibleSessions attendanceRate } actionsDue { id }
            penaltyNoticeThreshold { sessionCount } overdueN { date session deadline } attendanceReturnGrounds sicknessDays }
  }
}`;

type Figures = { enrolments: number; possibleSessions: number; overallAbsenceSessions: number; persistentlyAbsent: number; severelyAbsent: number; overallAbsenceRate: number | null };
type Dashboard = {
  laCode: string;
  method: string;
  academicYear: number;
  weeksFrom: string;
  weeksTo: string;
  figures: Figures;
  byPhase: { key: string; figures: { enrolments: number; persistentlyAbsent: number } }[];
  byYearGroup: { key: string; label: string; figures: { enrolments: number } }[];
  byCohort: { key: string; figures: { enrolments: number; persistentlyAbsent: number; severelyAbsent: number }; absenceGapToAll: number | null }[];
  bySchool: { totalCount: number; nodes: { urn: number; label: string; figures: { enrolments: number; possibleSessions: number } }[] };
  byWeek: { weekStart: string; figures: { possibleSessions: number; overallAbsenceSessions: number } }[];
  national: { academicYear: number; sameYear: boolean; differences: { overallAbsenceRate: number | null } } | null;
  excluded: { aged4: number; summer2Dropped: number };
};
type Worklist = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { forename: string; needs: string[]; stage: string | null; overdueN: { date: string; session: string; deadline: string }[]; penaltyNoticeThreshold: { sessionCount: number } | null; attendanceReturnGrounds: string[] }[];
};

const AUTUMN_2 = { from: '2025-11-03', to: '2025-12-19' };
const names = (w: Worklist) => w.nodes.map((n) => n.forename);

describe('attendance summaries, dashboards and worklists over HTTP', () => {
  const api = useApi({ requestsPerMinute: { apiKey: 10_000, account: 10_000, anonymous: 10_000 } });
  let w: AttendanceWorld;
  let as: Callers;

  beforeAll(async () => {
    w = await seedAttendanceWorld(api.dataSource);
    as = await signInEveryone(api, w);
    // Autumn 2 2025 at school A (a planned closure on Friday 14 November, an unplanned one on the afternoon of the 20th):
    // Amy and Rae always in; Bob away without a reason Monday to Wednesday; Cal ill every Monday; Dot one unexplained morning.
    const days = weekdays(AUTUMN_2.from, AUTUMN_2.to);
    const school = (date: LocalDate, session: Session, code: string) =>
      date === '2025-11-14' ? '#' : date === '2025-11-20' && session === 'PM' ? 'Y4' : code === 'present' ? (session === 'AM' ? '/' : '\\') : code;
    const a = [
      ...marksFor(w.upn.amy, days, (d, s) => school(d, s, 'present')),
      ...marksFor(w.upn.bob, days, (d, s) => school(d, s, isoWeekday(d) <= 3 ? 'O' : 'present')),
      ...marksFor(w.upn.cal, days, (d, s) => school(d, s, isoWeekday(d) === 1 ? 'I' : 'present')),
      ...marksFor(w.upn.dot, days, (d, s) => school(d, s, d === '2025-11-05' && s === 'AM' ? 'N' : 'present')),
      ...marksFor(w.upn.rae, days, (d, s) => school(d, s, 'present')),
    ];
    await importMarks(api.dataSource, w.home, w.schoolA, a, AUTUMN_2.from, AUTUMN_2.to);
    // Ben (aged 15 on 31 August 2025) at school B: a week's holiday not agreed in November, and another in June (summer 2).
    const present = (_: LocalDate, s: Session) => (s === 'AM' ? '/' : '\\');
    await importMarks(
      api.dataSource,
      w.home,
      w.schoolB,
      marksFor(w.upn.ben, days, (d, s) => (d >= '2025-11-10' && d <= '2025-11-14' ? 'G' : present(d, s))),
      AUTUMN_2.from,
      AUTUMN_2.to,
    );
    await importMarks(api.dataSource, w.home, w.schoolB, marksFor(w.upn.ben, weekdays('2026-06-08', '2026-06-12'), () => 'G'), '2026-06-08', '2026-06-12');
    await importMarks(api.dataSource, w.neighbour, w.schoolC, marksFor(w.upn.eve, days, present), AUTUMN_2.from, AUTUMN_2.to);
  });

  describe('laDashboard', () => {
    it('gives the LA’s figures from the week summaries, by phase, year group, cohort, school and week', async () => {
      const d = dataOf<Dashboard>(await as.officer.query(LA_DASHBOARD, AUTUMN_2), 'laDashboard');
      expect(d).toMatchObject({ laCode: '928', method: 'ROLLCALL', academicYear: 2025, weeksFrom: '2025-11-03', weeksTo: '2025-12-21' });
      // School A: 70 sessions less 3 closed ones = 67 possible each; school B: 70.
      expect(d.figures).toMatchObject({ enrolments: 6, possibleSessions: 5 * 67 + 70, overallAbsenceSessions: 42 + 14 + 1 + 10, persistentlyAbsent: 3, severelyAbsent: 1 });
      expect(d.byPhase.map((p) => [p.key, p.figures.enrolments, p.figures.persistentlyAbsent])).toEqual([
        ['PRIMARY', 5, 2],
        ['SECONDARY', 1, 1],
      ]);
      expect(d.byYearGroup.map((y) => [y.label, y.figures.enrolments])).toEqual([
        ['Reception', 1],
        ['Year 3', 2],
        ['Year 4', 2],
        ['Year 10', 1],
      ]);
      const cohort = (key: string) => d.byCohort.find((c) => c.key === key);
      expect(cohort('FSM')).toMatchObject({ figures: { enrolments: 1, persistentlyAbsent: 0 } });
      expect(cohort('CIN_CP')).toMatchObject({ figures: { enrolments: 1, persistentlyAbsent: 1, severelyAbsent: 0 } });
      expect(cohort('CIN_CP')?.absenceGapToAll).toBeCloseTo((14 / 67) * 100 - (67 / 405) * 100, 6);
      expect(d.bySchool).toMatchObject({ totalCount: 2, nodes: [{ urn: 100001, label: 'Hope Primary' }, { urn: 100002, label: 'Bootle High' }] });
      expect(d.byWeek).toHaveLength(7);
      expect(d.byWeek[1]).toMatchObject({ weekStart: '2025-11-10', figures: { possibleSessions: 5 * 8 + 10, overallAbsenceSessions: 6 + 2 + 10 } });
      expect(d.national).toMatchObject({ academicYear: 2023, sameYear: false });
      expect(d.national?.differences.overallAbsenceRate).toBeCloseTo((67 / 405) * 100 - 7.1, 6);
    });

    it('switches to the DfE method: 4-year-olds out, and the summer 2 half term dropped for pupils aged 15', async () => {
      const autumn = dataOf<Dashboard>(await as.officer.query(LA_DASHBOARD, { ...AUTUMN_2, method: 'DFE' }), 'laDashboard');
      expect(autumn.figures).toMatchObject({ enrolments: 5, possibleSessions: 4 * 67 + 70, persistentlyAbsent: 3 });
      expect(autumn.excluded).toMatchObject({ aged4: 1 });
      const year = { from: '2025-09-01', to: '2026-08-31' };
      const dfe = dataOf<Dashboard>(await as.staffB.query(SCHOOL_DASHBOARD, { urn: w.schoolB, ...year, method: 'DFE' }), 'schoolDashboard');
      const ours = dataOf<Dashboard>(await as.staffB.query(SCHOOL_DASHBOARD, { urn: w.schoolB, ...year, method: 'ROLLCALL' }), 'schoolDashboard');
      expect(dfe.figures).toMatchObject({ possibleSessions: 70, overallAbsenceSessions: 10 });
      expect(dfe.excluded).toMatchObject({ summer2Dropped: 1 });
      expect(ours.figures).toMatchObject({ possibleSessions: 80, overallAbsenceSessions: 20 });
    });

    describe('who may see it', () => {
      const cases: [CallerName, string | number][] = [
        ['nobody', 'UNAUTHENTICATED'],
        ['parent', 'FORBIDDEN'],
        ['virtualSchool', 'FORBIDDEN'],
        ['staffA', 'FORBIDDEN'],
        ['keyWithoutScope', 'FORBIDDEN'],
        ['schoolKeyB', 'FORBIDDEN'],
        ['schoolKeyA', 'NOT_PERMITTED'],
        ['officer', 6],
        ['admin', 6],
        ['laReadKey', 6],
        ['neighbourOfficer', 1],
      ];
      it.each(cases)('%s → %s', async (caller, expected) => {
        expect(outcomeOf(await as[caller].query(LA_DASHBOARD, AUTUMN_2), 'laDashboard', (d: Dashboard) => d.figures.enrolments)).toBe(expected);
      });
    });

    describe('bad requests', () => {
      const cases: [string, Record<string, unknown>, string, string][] = [
        ['a period ending before it starts', { from: '2025-12-19', to: '2025-11-03' }, 'INVALID_DATE_RANGE', 'must end on or after it starts'],
        ['a period over a year', { from: '2024-09-01', to: '2025-12-19' }, 'INVALID_DATE_RANGE', 'at most 366 days'],
        ['DfE figures across two academic years', { from: '2025-06-02', to: '2025-11-03', method: 'DFE' }, 'PERIOD_SPANS_ACADEMIC_YEARS', 'one academic year'],
      ];
      it.each(cases)('%s', async (_, variables, code, words) => {
        const response = await as.officer.query(LA_DASHBOARD, variables);
        expect(errorCode(response)).toBe(code);
        expect(errorMessage(response)).toContain(words);
      });
    });
  });

  describe('schoolDashboard: each caller sees only the schools they work with', () => {
    const cases: [CallerName, number, string | number][] = [
      ['nobody', 100001, 'UNAUTHENTICATED'],
      ['parent', 100001, 'FORBIDDEN'],
      ['virtualSchool', 100001, 'FORBIDDEN'],
      ['keyWithoutScope', 100001, 'FORBIDDEN'],
      ['staffA', 100001, 5],
      ['staffA', 100002, 'NOT_PERMITTED'],
      ['staffB', 100002, 1],
      ['schoolKeyA', 100001, 5],
      ['schoolKeyA', 100002, 'NOT_PERMITTED'],
      ['officer', 100002, 1],
      ['laReadKey', 100001, 5],
      ['officer', 100003, 'NOT_PERMITTED'],
      ['neighbourOfficer', 100003, 1],
    ];
    it.each(cases)('%s reading %s → %s', async (caller, urn, expected) => {
      const response = await as[caller].query(SCHOOL_DASHBOARD, { urn, ...AUTUMN_2 });
      expect(outcomeOf(response, 'schoolDashboard', (d: Dashboard) => d.figures.enrolments)).toBe(expected);
    });
  });

  describe('pupilAttendance', () => {
    const attendance = (caller: CallerName, pupil: keyof AttendanceWorld, from = AUTUMN_2.from, to = AUTUMN_2.to) =>
      as[caller].query(PUPIL_ATTENDANCE, { pupilId: w[pupil], from, to });
    type Attendance = {
      readFrom: string;
      possibleSessions: number;
      unauthorisedAbsence: number;
      persistentlyAbsent: boolean;
      severelyAbsent: boolean;
      graduatedResponse: { band: number; stage: string; actionsDue: { id: string; owner: string }[] } | null;
      bySchool: { urn: number; schoolName: string }[];
    };

    it('reads whole weeks from the summaries, with the stage of the LA’s graduated response and the actions due', async () => {
      const bob = dataOf<Attendance>(await attendance('staffA', 'bob'), 'pupilAttendance');
      expect(bob).toMatchObject({ readFrom: 'WEEK_SUMMARIES', possibleSessions: 67, unauthorisedAbsence: 42, persistentlyAbsent: true, severelyAbsent: true });
      expect(bob.graduatedResponse).toMatchObject({ band: 5, stage: 'SEVERELY_ABSENT' });
      expect(bob.graduatedResponse?.actionsDue.map((a) => a.id)).toContain('SEFTON_5_SAFEGUARDING');
      expect(bob.bySchool).toEqual([{ urn: 100001, schoolName: 'Hope Primary', possibleSessions: 67 }]);
    });

    it('reads part weeks from the marks', async () => {
      const bob = dataOf<Attendance>(await attendance('officer', 'bob', '2025-11-04', '2025-11-06'), 'pupilAttendance');
      expect(bob).toMatchObject({ readFrom: 'MARKS', possibleSessions: 6, unauthorisedAbsence: 4 });
    });

    it('shows a parent their own child’s figures, without the casework', async () => {
      const amy = dataOf<Attendance>(await attendance('parent', 'amy'), 'pupilAttendance');
      expect(amy).toMatchObject({ possibleSessions: 67, persistentlyAbsent: false, graduatedResponse: null });
    });

    const cases: [CallerName, keyof AttendanceWorld, string | number | null][] = [
      ['nobody', 'bob', 'UNAUTHENTICATED'],
      ['keyWithoutScope', 'bob', 'FORBIDDEN'],
      ['parent', 'bob', null],
      ['parent', 'amy', 67],
      ['staffA', 'bob', 67],
      ['staffB', 'bob', null],
      ['staffB', 'ben', 70],
      ['officer', 'ben', 70],
      ['admin', 'cal', 67],
      ['neighbourOfficer', 'bob', null],
      ['neighbourOfficer', 'eve', 70],
      ['virtualSchool', 'cal', 67],
      ['virtualSchool', 'bob', null],
      ['schoolKeyA', 'dot', 67],
      ['schoolKeyA', 'ben', null],
      ['laReadKey', 'ben', 70],
    ];
    it.each(cases)('%s reading %s → %s', async (caller, pupil, expected) => {
      const response = await attendance(caller, pupil);
      expect(outcomeOf(response, 'pupilAttendance', (a: Attendance | null) => (a === null ? null : a.possibleSessions))).toBe(expected);
    });

    it('writes who read a child’s attendance to the audit trail', async () => {
      await attendance('virtualSchool', 'cal');
      const rows = await asSystem(api.dataSource, `SELECT 1 FROM audit_event WHERE entity = 'PupilAttendance' AND pupil_id = $1 AND actor LIKE 'virtual_school.%'`, [w.cal]);
      expect(rows.length).toBeGreaterThan(0);
    });

    describe('bad requests', () => {
      const cases: [string, Record<string, unknown>, string, string][] = [
        ['a pupil id that is not one', { pupilId: 'amy', from: '2025-11-03', to: '2025-11-07' }, 'INVALID_ID', 'not a pupil id'],
        ['a period ending before it starts', { pupilId: '1', from: '2025-11-07', to: '2025-11-03' }, 'INVALID_DATE_RANGE', 'must end on or after it starts'],
      ];
      it.each(cases)('%s', async (_, variables, code, words) => {
        const response = await as.officer.query(PUPIL_ATTENDANCE, variables);
        expect(errorCode(response)).toBe(code);
        expect(errorMessage(response)).toContain(words);
      });
    });
  });

  describe('pupilsNeedingAction', () => {
    const list = (caller: CallerName, variables: Record<string, unknown> = {}) => as[caller].query<{ pupilsNeedingAction: Worklist }>(WORKLIST, { asAt: '2025-12-19', ...variables });

    it('lists the pupils the rules flag, most absent first, each with every reason', async () => {
      const school = dataOf<Worklist>(await list('staffA'), 'pupilsNeedingAction');
      expect(names(school)).toEqual(['Bob', 'Cal', 'Dot']);
      const [bob, cal, dot] = school.nodes;
      expect(bob).toMatchObject({
        needs: ['SEVERELY_ABSENT', 'PENALTY_NOTICE_THRESHOLD_MET', 'ATTENDANCE_RETURN_DUE', 'GRADUATED_RESPONSE_ACTIONS_DUE'],
        stage: 'SEVERELY_ABSENT',
        attendanceReturnGrounds: ['FAILS_TO_ATTEND_REGULARLY'],
      });
      expect(bob.penaltyNoticeThreshold?.sessionCount).toBeGreaterThanOrEqual(10);
      expect(cal.needs).toEqual(['PERSISTENTLY_ABSENT', 'ATTENDANCE_RETURN_DUE', 'GRADUATED_RESPONSE_ACTIONS_DUE']);
      expect(dot).toMatchObject({ needs: ['REASON_FOR_ABSENCE_OVERDUE'], stage: 'EXCELLENT', overdueN: [{ date: '2025-11-05', session: 'AM', deadline: '2025-11-12' }] });
    });

    describe('each caller sees only the pupils they work with', () => {
      const cases: [CallerName, Record<string, unknown>, string | string[]][] = [
        ['nobody', {}, 'UNAUTHENTICATED'],
        ['parent', {}, 'FORBIDDEN'],
        ['keyWithoutScope', {}, 'FORBIDDEN'],
        ['staffA', {}, ['Bob', 'Cal', 'Dot']],
        ['staffB', {}, ['Ben']],
        ['staffA', { urn: 100002 }, 'NOT_PERMITTED'],
        ['schoolKeyA', {}, ['Bob', 'Cal', 'Dot']],
        ['officer', {}, ['Bob', 'Cal', 'Ben', 'Dot']],
        ['admin', { urn: 100002 }, ['Ben']],
        ['officer', { urn: 100003 }, 'NOT_PERMITTED'],
        ['laReadKey', {}, ['Bob', 'Cal', 'Ben', 'Dot']],
        ['neighbourOfficer', {}, []],
        ['virtualSchool', {}, ['Cal']],
        ['officer', { stage: 'SEVERELY_ABSENT' }, ['Bob']],
        ['officer', { stage: 'PERSISTENTLY_ABSENT' }, ['Ben']],
        ['officer', { asAt: '2025-11-04' }, ['Bob', 'Cal']],
        ['officer', { asAt: '2025-10-01' }, []],
      ];
      it.each(cases)('%s %j → %j', async (caller, variables, expected) => {
        expect(outcomeOf(await list(caller, variables), 'pupilsNeedingAction', names)).toEqual(expected);
      });
    });

    it('pages with cursors, most absent first', async () => {
      const first = dataOf<Worklist>(await list('officer', { first: 2 }), 'pupilsNeedingAction');
      expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      const rest = dataOf<Worklist>(await list('officer', { first: 2, after: first.pageInfo.endCursor }), 'pupilsNeedingAction');
      expect([...names(first), ...names(rest)]).toEqual(['Bob', 'Cal', 'Ben', 'Dot']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    describe('bad requests', () => {
      const cases: [string, Record<string, unknown>, string, string][] = [
        ['a stage the policy does not have', { stage: 'VERY_ABSENT' }, 'INVALID_STAGE', 'use one of EXCELLENT'],
        ['a day in the future', { asAt: '2099-01-01' }, 'INVALID_DATE', 'up to today'],
        ['a URN that is not 6 digits', { urn: 5 }, 'INVALID_URN', '6-digit'],
        ['more than 100 at a time', { first: 500 }, 'INVALID_PAGE_SIZE', 'between 1 and 100'],
      ];
      it.each(cases)('%s', async (_, variables, code, words) => {
        const response = await list('officer', variables);
        expect(errorCode(response)).toBe(code);
        expect(errorMessage(response)).toContain(words);
      });
    });
  });

  describe('no N+1: lists of 1, 10 and 100 cost the same statements', () => {
    const N_LA = '888';
    const N_URN = 100009;
    let officer888: Caller;

    beforeAll(async () => {
      // A hundred pupils at one school, all absent without a reason for two weeks: every one on the worklist.
      await seedSchool(api.dataSource, { urn: N_URN, laCode: w.home });
      const upns = await seedManyPupils(api.dataSource, w.home, N_URN, 100);
      const days = weekdays('2025-11-03', '2025-11-14');
      await importMarks(api.dataSource, w.home, N_URN, upns.flatMap((upn) => marksFor(upn, days, () => 'O')), '2025-11-03', '2025-11-14');
      // A hundred schools in another LA, each with a pupil and a week's summary: the LA dashboard lists them all.
      await seedLocalAuthority(api.dataSource, N_LA, 'Many Schools Council');
      await asSystem(
        api.dataSource,
        `INSERT INTO school (urn, la_code, laestab, name, type, phase)
         SELECT 200000 + g, $1, 8880000 + g, 'School ' || lpad(g::text, 3, '0'), 'COMMUNITY', CASE WHEN g % 2 = 0 THEN 'PRIMARY' ELSE 'SECONDARY' END
           FROM generate_series(1, 100) g`,
        [N_LA],
      );
      await asSystem(
        api.dataSource,
        `WITH p AS (
           INSERT INTO pupil (la_code, upn, forename, surname, date_of_birth, sex, home_la_code, nc_year)
           SELECT $1, 'A888' || lpad(g::text, 9, '0'), 'Pupil', 'At ' || g, '2015-05-10', 'F', $1, 5 FROM generate_series(1, 100) g
           RETURNING id, surname
         ), e AS (
           INSERT INTO enrolment (la_code, pupil_id, urn, admitted_on)
           SELECT $1, p.id, 200000 + substring(p.surname FROM 4)::int, '2024-09-02' FROM p RETURNING id, pupil_id, urn
         )
         INSERT INTO pupil_week_summary (la_code, enrolment_id, week_start, pupil_id, urn, possible, present, approved_educational_activity,
                                         authorised, unauthorised, not_possible, code_counts)
         SELECT $1, e.id, '2025-11-03', e.pupil_id, e.urn, 10, 9, 0, 1, 0, 0, '{"/": 5, "\\\\": 4, "I": 1}' FROM e`,
        [N_LA],
      );
      officer888 = await api.signIn({ role: 'LA_OFFICER', laCode: N_LA });
    });

    const statementsFor = async (caller: Caller, query: string, first: number, nodesOf: (response: GraphQLResponse) => unknown[]) => {
      let response: GraphQLResponse | undefined;
      const statements = await countStatements(async () => {
        response = await caller.query(query, { first });
      });
      expect(response?.body.errors).toBeUndefined();
      expect(nodesOf(response as GraphQLResponse)).toHaveLength(first);
      return statements;
    };

    it('the worklist, each pupil’s marks scanned by the rules', async () => {
      const query = `query ($first: Int) { pupilsNeedingAction(urn: ${N_URN}, asAt: "2025-11-21", first: $first) {
        nodes { upn needs yearToDate { attendanceRate } actionsDue { id } penaltyNoticeThreshold { sessionCount } } } }`;
      const nodesOf = (r: GraphQLResponse) => dataOf<Worklist>(r, 'pupilsNeedingAction').nodes;
      const counts = [await statementsFor(as.officer, query, 1, nodesOf), await statementsFor(as.officer, query, 10, nodesOf), await statementsFor(as.officer, query, 100, nodesOf)];
      expect(counts[0]).toBeLessThan(30);
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
    });

    it('the LA dashboard, school by school, with its other breakdowns', async () => {
      const query = `query ($first: Int) { laDashboard(from: "2025-11-03", to: "2025-11-07") {
        figures { enrolments } byPhase { key figures { enrolments } } byCohort { key figures { enrolments } } byWeek { weekStart }
        bySchool(first: $first) { totalCount nodes { urn label figures { enrolments persistentlyAbsent } } } } }`;
      const nodesOf = (r: GraphQLResponse) => dataOf<Dashboard>(r, 'laDashboard').bySchool.nodes;
      const counts = [await statementsFor(officer888, query, 1, nodesOf), await statementsFor(officer888, query, 10, nodesOf), await statementsFor(officer888, query, 100, nodesOf)];
      expect(counts[0]).toBeLessThan(15);
      expect(counts[1]).toBe(counts[0]);
      expect(counts[2]).toBe(counts[0]);
    });
  });
});
