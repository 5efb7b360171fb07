import { Scope, inTransaction, systemActor, systemScope } from '@rollcall/api-core';
import { MarkRecordingService, RegisterImportService } from '@rollcall/api-registers';
import { seedCharacteristic, seedEnrolment, seedLocalAuthority, seedPupil, seedSchool, systemQuery, useTestDataSource } from '@rollcall/db/testing';
import { LocalDate, SchoolCalendar, sessionsBetween, typicalSchoolCalendar, weekStart } from '@rollcall/rules';
import { AttendanceDashboardService, DashboardRecord } from './attendance-dashboard.service';
import { yearSummariesCoverPeriod } from './dashboard-from-year-summaries';
import { StatisticalMethod } from './statistical-method';

const LA = '343';
const OTHER_LA = '340';
const PRIMARY = 100301;
const SECONDARY = 100302;
/** A secondary school that has not set its summer 2 half term for 2025/26, so the usual one applies. */
const NO_SUMMER_2 = 100303;
const OTHER_LA_SCHOOL = 100304;

/** The year to date, as the LA portal asks for it at the end of the summer term, and the whole year. */
const YEAR_TO_DATE = { from: '2025-09-03', to: '2026-07-20' };
const WHOLE_YEAR = { from: '2025-09-01', to: '2026-08-31' };

interface TestPupil {
  readonly name: string;
  readonly laCode?: string;
  readonly bornOn: LocalDate;
  readonly ncYear: number | null;
  readonly enrolments: readonly { readonly urn: number; readonly from: LocalDate; readonly to: LocalDate; readonly boarder?: boolean }[];
  readonly characteristics?: readonly { readonly characteristic: string; readonly from: LocalDate; readonly to?: LocalDate }[];
  /** The code for a session (the n-th of the pupil's at that school), in the summer 2 half term or not. */
  readonly code: (n: number, date: LocalDate, inSummer2: boolean) => string;
}

const present = (n: number) => (n % 2 === 0 ? '/' : '\\');
/** Absent for `every`-th session with a rotating mix of codes; otherwise present (now and then late, or off site). */
const absentEvery =
  (every: number, codes: readonly string[] = ['I', 'O', 'M', 'G', 'C', 'N']) =>
  (n: number): string =>
    n % every === 0 ? codes[(n / every) % codes.length] : n % 37 === 5 ? 'L' : n % 41 === 7 ? 'B' : present(n);

// Ages are on 31 August 2025, the start of 2025/26.
const PUPILS: readonly TestPupil[] = [
  // Aged 4: reported separately by DfE, so out of the DfE figures.
  { name: 'Ava', bornOn: '2021-02-10', ncYear: 0, enrolments: [{ urn: PRIMARY, from: '2025-09-03', to: '2026-07-20' }], code: absentEvery(9) },
  // Aged 3, not of compulsory school age: every session X, so no possible session at all.
  { name: 'Noah', bornOn: '2021-09-15', ncYear: -1, enrolments: [{ urn: PRIMARY, from: '2025-09-03', to: '2026-07-20' }], code: () => 'X' },
  { name: 'Mia', bornOn: '2020-08-31', ncYear: 1, enrolments: [{ urn: PRIMARY, from: '2025-09-03', to: '2026-07-20' }], characteristics: [{ characteristic: 'FSM', from: '2024-09-01' }], code: absentEvery(31) },
  // Severely absent, a child in need and on a child protection plan (one CIN/CP pupil, not two).
  {
    name: 'Leo',
    bornOn: '2017-03-03',
    ncYear: 4,
    enrolments: [{ urn: PRIMARY, from: '2025-09-03', to: '2026-07-20' }],
    characteristics: [
      { characteristic: 'CHILD_IN_NEED', from: '2025-01-01' },
      { characteristic: 'CHILD_PROTECTION', from: '2025-11-01' },
    ],
    code: absentEvery(2, ['O', 'U', 'N', 'I']),
  },
  // SEN support for the autumn term only (still in the cohort for the year); persistently absent.
  {
    name: 'Isla',
    bornOn: '2015-11-20',
    ncYear: 5,
    enrolments: [{ urn: PRIMARY, from: '2025-09-03', to: '2026-07-20' }],
    characteristics: [{ characteristic: 'SEN_SUPPORT', from: '2025-10-01', to: '2025-12-19' }],
    code: absentEvery(7),
  },
  // Moved school at February half term: one enrolment at each school, each counted.
  {
    name: 'Finn',
    bornOn: '2015-01-12',
    ncYear: 6,
    enrolments: [
      { urn: PRIMARY, from: '2025-09-03', to: '2026-02-13' },
      { urn: NO_SUMMER_2, from: '2026-02-23', to: '2026-07-20' },
    ],
    code: absentEvery(6),
  },
  // No year group recorded; some approved educational activity and closures.
  { name: 'Zoe', bornOn: '2018-06-30', ncYear: null, enrolments: [{ urn: PRIMARY, from: '2025-09-03', to: '2026-07-20' }], code: (n) => (n % 23 === 0 ? 'K' : n % 29 === 0 ? '#' : absentEvery(12)(n)) },
  // Aged 15: absent through study leave in the school's own summer 2 half term (dropped under the DfE method).
  {
    name: 'Ben',
    bornOn: '2009-09-01',
    ncYear: 11,
    enrolments: [{ urn: SECONDARY, from: '2025-09-03', to: '2026-07-20' }],
    code: (n, _d, inSummer2) => (inSummer2 ? (n % 3 === 0 ? '/' : 'O') : absentEvery(25)(n)),
  },
  // Aged 15 and joined in summer 2: no possible session left under the DfE method.
  { name: 'Ella', bornOn: '2010-08-31', ncYear: 11, enrolments: [{ urn: SECONDARY, from: '2026-06-10', to: '2026-07-20' }], code: absentEvery(4) },
  // Aged 14: summer 2 kept.
  {
    name: 'Sam',
    bornOn: '2010-09-01',
    ncYear: 10,
    enrolments: [{ urn: SECONDARY, from: '2025-09-03', to: '2026-07-20' }],
    characteristics: [{ characteristic: 'EHCP', from: '2023-09-01' }],
    code: (n, _d, inSummer2) => (inSummer2 ? (n % 2 === 0 ? 'I' : '/') : absentEvery(15)(n)),
  },
  // Aged 16: out of the DfE figures.
  { name: 'Ruby', bornOn: '2009-08-31', ncYear: 12, enrolments: [{ urn: SECONDARY, from: '2025-09-03', to: '2026-07-20' }], code: absentEvery(8) },
  // A boarder: out of the DfE figures.
  {
    name: 'Oscar',
    bornOn: '2013-04-04',
    ncYear: 8,
    enrolments: [{ urn: SECONDARY, from: '2025-09-03', to: '2026-07-20', boarder: true }],
    characteristics: [{ characteristic: 'YOUNG_CARER', from: '2025-09-01' }],
    code: absentEvery(5),
  },
  // Aged 15 at the school without its own summer 2 dates; looked after.
  {
    name: 'Kai',
    bornOn: '2009-12-01',
    ncYear: 11,
    enrolments: [{ urn: NO_SUMMER_2, from: '2025-09-03', to: '2026-07-20' }],
    characteristics: [{ characteristic: 'LOOKED_AFTER', from: '2024-05-01' }],
    code: (n, _d, inSummer2) => (inSummer2 ? 'G' : absentEvery(13)(n)),
  },
  {
    name: 'Lily',
    bornOn: '2011-02-02',
    ncYear: 10,
    enrolments: [{ urn: NO_SUMMER_2, from: '2025-09-03', to: '2026-07-20' }],
    characteristics: [
      { characteristic: 'EARLY_HELP', from: '2025-09-01' },
      { characteristic: 'YOUTH_JUSTICE', from: '2026-03-01', to: '2026-05-01' },
    ],
    code: absentEvery(10),
  },
  // In another LA: never in this LA's figures.
  { name: 'Eve', laCode: OTHER_LA, bornOn: '2014-04-04', ncYear: 7, enrolments: [{ urn: OTHER_LA_SCHOOL, from: '2025-09-03', to: '2026-07-20' }], code: absentEvery(3) },
];

/**
 * The secondary school's own calendar: summer 1 runs on to Friday 5 June and summer 2 starts on Wednesday 10 June (its
 * week counts from the Monday), so the week of 1 June is summer 2 elsewhere but not here.
 */
const SECONDARY_SUMMER_1_END = '2026-06-05';
const SECONDARY_SUMMER_2 = { start: '2026-06-10', end: '2026-07-17' };
const TYPICAL_SUMMER_2 = { start: '2026-06-01', end: '2026-07-20' };

describe('AttendanceDashboardService: the year to date from the year summaries', () => {
  const db = useTestDataSource();
  const officer: Scope = { actor: systemActor('test'), role: 'LA_OFFICER', laCode: LA };
  let fast: AttendanceDashboardService;
  let slow: AttendanceDashboardService;

  beforeAll(async () => {
    await seedLocalAuthority(db.dataSource, LA);
    await seedLocalAuthority(db.dataSource, OTHER_LA);
    await seedSchool(db.dataSource, { urn: PRIMARY, laCode: LA, phase: 'PRIMARY' });
    await seedSchool(db.dataSource, { urn: SECONDARY, laCode: LA, phase: 'SECONDARY' });
    await seedSchool(db.dataSource, { urn: NO_SUMMER_2, laCode: LA, phase: 'SECONDARY' });
    await seedSchool(db.dataSource, { urn: OTHER_LA_SCHOOL, laCode: OTHER_LA, phase: 'SECONDARY' });
    await systemQuery(db.dataSource, `UPDATE school_half_term SET ends_on = $2 WHERE urn = $1 AND academic_year = 2025 AND name = 'SUMMER_1'`, [
      SECONDARY,
      SECONDARY_SUMMER_1_END,
    ]);
    await systemQuery(db.dataSource, `UPDATE school_half_term SET starts_on = $2, ends_on = $3 WHERE urn = $1 AND academic_year = 2025 AND name = 'SUMMER_2'`, [
      SECONDARY,
      SECONDARY_SUMMER_2.start,
      SECONDARY_SUMMER_2.end,
    ]);
    const typical = typicalSchoolCalendar(2025);
    const calendarOf = (urn: number): SchoolCalendar =>
      urn !== SECONDARY
        ? typical
        : {
            ...typical,
            halfTerms: typical.halfTerms.map((h) =>
              h.name === 'SUMMER_1' ? { ...h, end: SECONDARY_SUMMER_1_END } : h.name === 'SUMMER_2' ? { ...h, ...SECONDARY_SUMMER_2 } : h,
            ),
          };
    const importer = new RegisterImportService(db.dataSource);
    for (const pupil of PUPILS) {
      const laCode = pupil.laCode ?? LA;
      const pupilId = await seedPupil(db.dataSource, { laCode, forename: pupil.name, dateOfBirth: pupil.bornOn });
      await systemQuery(db.dataSource, `UPDATE pupil SET nc_year = $2 WHERE id = $1`, [pupilId, pupil.ncYear]);
      const [{ upn }] = (await systemQuery(db.dataSource, `SELECT upn FROM pupil WHERE id = $1`, [pupilId])) as { upn: string }[];
      for (const c of pupil.characteristics ?? []) {
        await seedCharacteristic(db.dataSource, { laCode, pupilId, characteristic: c.characteristic, startsOn: c.from, endsOn: c.to });
      }
      for (const [i, e] of pupil.enrolments.entries()) {
        const leaves = i < pupil.enrolments.length - 1;
        const enrolmentId = await seedEnrolment(db.dataSource, { laCode, pupilId, urn: e.urn, admittedOn: e.from, leftOn: leaves ? e.to : undefined });
        if (e.boarder) await systemQuery(db.dataSource, `UPDATE enrolment SET boarder = true WHERE id = $1`, [enrolmentId]);
        const summer2 = e.urn === SECONDARY ? SECONDARY_SUMMER_2 : TYPICAL_SUMMER_2;
        const marks = sessionsBetween(calendarOf(e.urn), e.from, e.to).map((s, n) => ({
          upn,
          date: s.date,
          session: s.session,
          code: pupil.code(n, s.date, s.date >= summer2.start && s.date <= summer2.end),
        }));
        await importer.importMarks(systemScope(systemActor('test'), laCode), {
          laCode,
          urn: e.urn,
          idempotencyKey: `dashboard-${pupil.name}-${e.urn}`,
          from: e.from,
          to: e.to,
          marks,
        });
      }
    }
    // The school's calendar then loses its summer 2 dates (the dashboards fall back on the usual ones).
    await systemQuery(db.dataSource, `DELETE FROM school_half_term WHERE urn = $1 AND academic_year = 2025 AND name = 'SUMMER_2'`, [NO_SUMMER_2]);
    fast = new AttendanceDashboardService(db.dataSource);
    slow = new AttendanceDashboardService(db.dataSource, 'WEEKS');
  });

  const laQuery = (period: { from: LocalDate; to: LocalDate }, method: StatisticalMethod = 'ROLLCALL') => ({
    coverage: { laCode: LA, urn: null, schoolName: null },
    method,
    academicYear: 2025,
    weeksFrom: weekStart(period.from),
    weeksTo: weekStart(period.to),
  });

  it('reads the year summaries for the year to date and the whole year, and the week summaries for a term or a year not yet over', async () => {
    const covers = (period: { from: LocalDate; to: LocalDate }) => inTransaction(db.dataSource, officer, (tx) => yearSummariesCoverPeriod(tx, laQuery(period)));
    expect(await covers(YEAR_TO_DATE)).toBe(true);
    expect(await covers(WHOLE_YEAR)).toBe(true);
    // Later weeks of the year have marks: an autumn term, the year to mid-July. A period starting after the year's first
    // week is not the year to date, whatever the marks.
    expect(await covers({ from: '2025-09-03', to: '2025-12-19' })).toBe(false);
    expect(await covers({ from: '2025-09-03', to: '2026-07-10' })).toBe(false);
    expect(await covers({ from: '2025-11-03', to: '2026-07-20' })).toBe(false);
    // From August: the weeks before the year have no marks, so the year summaries still hold exactly the period's.
    expect(await covers({ from: '2025-08-04', to: '2026-07-20' })).toBe(true);
  });

  it.each([
    ['ROLLCALL', YEAR_TO_DATE],
    ['DFE', YEAR_TO_DATE],
    ['ROLLCALL', WHOLE_YEAR],
    ['DFE', WHOLE_YEAR],
  ] as const)('gives the LA the same %s figures for %o from the year summaries as from the week summaries', async (method, period) => {
    const expected = await slow.laDashboard(officer, { ...period, method });
    const actual = await fast.laDashboard(officer, { ...period, method });
    expect(actual).toEqual(expected);
    expect(actual.figures.enrolments).toBeGreaterThan(8);
  });

  it('counts every enrolment under Rollcall’s method, and under DfE’s leaves out the 4-year-old, the 3-year-old, the 16-year-old and the boarder', async () => {
    const rollcall = await fast.laDashboard(officer, { ...YEAR_TO_DATE, method: 'ROLLCALL' });
    const dfe = await fast.laDashboard(officer, { ...YEAR_TO_DATE, method: 'DFE' });
    // 15 enrolments of 14 pupils in the LA; Noah has no possible session.
    expect(rollcall.figures.enrolments).toBe(14);
    expect(rollcall.excluded).toEqual({ boarders: 0, agedUnder4: 0, aged4: 0, agedOver15: 0, summer2Dropped: 0 });
    // Out: Ava, Noah, Ruby, Oscar; Ella has nothing left once summer 2 is dropped; Ben and Kai are counted without it.
    expect(dfe.excluded).toEqual({ boarders: 1, agedUnder4: 1, aged4: 1, agedOver15: 1, summer2Dropped: 2 });
    expect(dfe.figures.enrolments).toBe(10);
    // Finn counts at both his schools.
    expect(rollcall.bySchool.map((s) => [s.urn, s.figures.enrolments])).toEqual([
      [PRIMARY, 6],
      [SECONDARY, 5],
      [NO_SUMMER_2, 3],
    ]);
    expect(rollcall.byCohort.find((c) => c.key === 'CIN_CP')?.figures).toMatchObject({ enrolments: 1, severelyAbsent: 1 });
    // Noah, in nursery (-1), has no possible session, so no group.
    expect(rollcall.byYearGroup.map((y) => y.key)).toEqual(['0', '1', '4', '5', '6', '8', '10', '11', '12', 'UNKNOWN']);
    // Ben's study leave makes him persistently absent over the whole year, but not under the DfE method.
    const year11 = (d: DashboardRecord) => d.byYearGroup.find((y) => y.key === '11')?.figures;
    expect(year11(rollcall)).toMatchObject({ enrolments: 3, persistentlyAbsent: 3 });
    expect(year11(dfe)).toMatchObject({ enrolments: 2, persistentlyAbsent: 0 });
  });

  it.each(['ROLLCALL', 'DFE'] as const)('gives a school the same %s year to date from the year summaries as from the week summaries', async (method) => {
    for (const urn of [SECONDARY, NO_SUMMER_2]) {
      const expected = await slow.schoolDashboard(officer, urn, { ...YEAR_TO_DATE, method });
      expect(await fast.schoolDashboard(officer, urn, { ...YEAR_TO_DATE, method })).toEqual(expected);
      // The school's own staff, under their own row-level security, see the same.
      const staff: Scope = { actor: systemActor('test'), role: 'SCHOOL_STAFF', laCode: LA, urns: [urn] };
      expect(await fast.schoolDashboard(staff, urn, { ...YEAR_TO_DATE, method })).toEqual(expected);
    }
  });
});

/** A secondary school whose summer 2 weeks hold nobody the DfE method counts: the 4-year-old, and the 15-year-old's dropped weeks. */
const LEFT_OUT_SCHOOL = 100305;
const SUMMER_2_START = '2026-06-01';

describe('AttendanceDashboardService: the week breakdown from the school week totals, less those left out', () => {
  const db = useTestDataSource();
  const officer: Scope = { actor: systemActor('test'), role: 'LA_OFFICER', laCode: LA };
  const staff: Scope = { actor: systemActor('test'), role: 'SCHOOL_STAFF', laCode: LA, urns: [LEFT_OUT_SCHOOL] };
  const calendar = typicalSchoolCalendar(2025);
  const upns = new Map<string, string>();
  let fast: AttendanceDashboardService;
  let slow: AttendanceDashboardService;

  // Ages on 31 August 2025. Joe leaves before summer 2, so from then on only Ada and Tom have marks.
  const pupils = [
    { name: 'Ada', bornOn: '2021-02-10', to: '2026-07-20', code: absentEvery(9) },
    { name: 'Tom', bornOn: '2009-12-01', to: '2026-07-20', code: absentEvery(4, ['G', 'O']) },
    { name: 'Joe', bornOn: '2015-01-12', to: '2026-05-22', code: absentEvery(11) },
  ] as const;

  beforeAll(async () => {
    await seedLocalAuthority(db.dataSource, LA);
    await seedSchool(db.dataSource, { urn: LEFT_OUT_SCHOOL, laCode: LA, phase: 'SECONDARY' });
    const importer = new RegisterImportService(db.dataSource);
    for (const pupil of pupils) {
      const pupilId = await seedPupil(db.dataSource, { laCode: LA, forename: pupil.name, dateOfBirth: pupil.bornOn });
      const [{ upn }] = (await systemQuery(db.dataSource, `SELECT upn FROM pupil WHERE id = $1`, [pupilId])) as { upn: string }[];
      upns.set(pupil.name, upn);
      await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: LEFT_OUT_SCHOOL, admittedOn: '2025-09-03' });
      const marks = sessionsBetween(calendar, '2025-09-03', pupil.to).map((s, n) => ({ upn, date: s.date, session: s.session, code: pupil.code(n) }));
      await importer.importMarks(systemScope(systemActor('test'), LA), {
        laCode: LA,
        urn: LEFT_OUT_SCHOOL,
        idempotencyKey: `left-out-${pupil.name}`,
        from: '2025-09-03',
        to: pupil.to,
        marks,
      });
    }
    fast = new AttendanceDashboardService(db.dataSource);
    slow = new AttendanceDashboardService(db.dataSource, 'WEEKS');
  });

  /** The week summaries of some of the school's pupils for one week, added up (read as Rollcall itself). */
  const weekOf = async (names: readonly string[], week: LocalDate) => {
    const [row] = (await systemQuery(
      db.dataSource,
      `SELECT count(*)::int AS enrolments, coalesce(sum(s.possible), 0)::int AS possible, coalesce(sum(s.authorised + s.unauthorised), 0)::int AS absent
         FROM pupil_week_summary s JOIN pupil p ON p.la_code = s.la_code AND p.id = s.pupil_id
        WHERE s.urn = $1 AND s.week_start = $2 AND p.forename = ANY($3::text[])`,
      [LEFT_OUT_SCHOOL, week, names],
    )) as { enrolments: number; possible: number; absent: number }[];
    return row;
  };
  const weekIn = (d: DashboardRecord, week: LocalDate) => d.byWeek.find((w) => w.weekStart === week)?.figures;

  /** The school week totals as held, and the week summaries added up, both read as Rollcall itself. */
  const schoolTotals = async () => ({
    held: await systemQuery(
      db.dataSource,
      `SELECT week_start::text, enrolments, possible, present, approved_educational_activity, authorised, unauthorised, not_possible
         FROM school_week_summary WHERE urn = $1 ORDER BY week_start`,
      [LEFT_OUT_SCHOOL],
    ),
    addedUp: await systemQuery(
      db.dataSource,
      `SELECT week_start::text, count(*)::int AS enrolments, sum(possible)::int AS possible, sum(present)::int AS present,
              sum(approved_educational_activity)::int AS approved_educational_activity, sum(authorised)::int AS authorised,
              sum(unauthorised)::int AS unauthorised, sum(not_possible)::int AS not_possible
         FROM pupil_week_summary WHERE urn = $1 GROUP BY week_start ORDER BY week_start`,
      [LEFT_OUT_SCHOOL],
    ),
  });

  const expectSameAsWeeks = async () => {
    for (const method of ['ROLLCALL', 'DFE'] as const) {
      const expected = await slow.schoolDashboard(officer, LEFT_OUT_SCHOOL, { ...YEAR_TO_DATE, method });
      expect(await fast.schoolDashboard(officer, LEFT_OUT_SCHOOL, { ...YEAR_TO_DATE, method })).toEqual(expected);
      expect(await fast.schoolDashboard(staff, LEFT_OUT_SCHOOL, { ...YEAR_TO_DATE, method })).toEqual(expected);
    }
    const { held, addedUp } = await schoolTotals();
    expect(held).toEqual(addedUp);
  };

  it('gives the school the same weeks as the week summaries of the enrolments counted, to its officer and its own staff', async () => {
    await expectSameAsWeeks();
  });

  it('takes the 4-year-old off every week and the 15-year-old off summer 2 under the DfE method, and leaves out the weeks with nobody left', async () => {
    const rollcall = await fast.schoolDashboard(officer, LEFT_OUT_SCHOOL, { ...YEAR_TO_DATE, method: 'ROLLCALL' });
    const dfe = await fast.schoolDashboard(officer, LEFT_OUT_SCHOOL, { ...YEAR_TO_DATE, method: 'DFE' });
    expect(dfe.excluded).toMatchObject({ aged4: 1, summer2Dropped: 1 });
    const autumn = '2025-11-10';
    const all = await weekOf(['Ada', 'Tom', 'Joe'], autumn);
    const counted = await weekOf(['Tom', 'Joe'], autumn);
    expect(all.possible).toBeGreaterThan(counted.possible);
    expect(weekIn(rollcall, autumn)).toMatchObject({ possibleSessions: all.possible, overallAbsenceSessions: all.absent });
    expect(weekIn(dfe, autumn)).toMatchObject({ possibleSessions: counted.possible, overallAbsenceSessions: counted.absent });
    // From summer 2 only Ada (not counted) and Tom (summer 2 dropped) have marks: those weeks are in Rollcall's breakdown only.
    expect(rollcall.byWeek.filter((w) => w.weekStart >= SUMMER_2_START).map((w) => w.weekStart)).toEqual(['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29', '2026-07-06', '2026-07-13', '2026-07-20']);
    expect(dfe.byWeek.filter((w) => w.weekStart >= SUMMER_2_START)).toEqual([]);
    expect(dfe.byWeek.at(-1)?.weekStart).toBe('2026-05-18');
  });

  it('keeps the school week totals, and so the dashboard, right when the school’s staff change its registers under row-level security', async () => {
    // The school's MIS sends a corrected fortnight for Joe, and the office amends one of Tom's summer 2 marks.
    const joe = upns.get('Joe') ?? '';
    const fortnight = sessionsBetween(calendar, '2025-11-10', '2025-11-21').map((s) => ({ upn: joe, date: s.date, session: s.session, code: 'I' }));
    await new RegisterImportService(db.dataSource).importMarks(staff, {
      laCode: LA,
      urn: LEFT_OUT_SCHOOL,
      idempotencyKey: 'left-out-correction',
      from: '2025-11-10',
      to: '2025-11-21',
      marks: fortnight,
    });
    await new MarkRecordingService(db.dataSource, () => '2026-07-20').amendMark(staff, {
      urn: LEFT_OUT_SCHOOL,
      upn: upns.get('Tom'),
      date: '2026-06-10',
      session: 'AM',
      code: 'I',
      reason: 'Parent phoned: illness',
    });
    expect(await weekOf(['Joe'], '2025-11-10')).toMatchObject({ absent: 10 });
    await expectSameAsWeeks();
  });
});
