import { Scope, systemActor, systemScope } from '@rollcall/api-core';
import { ClassRegisterService, RegisterImportService } from '@rollcall/api-registers';
import type { RegisterEntryRecord } from '@rollcall/api-registers';
import { seedEnrolment, seedLocalAuthority, seedPupil, seedSchool, systemQuery, useTestDataSource } from '@rollcall/db/testing';
import { AttendancePolicy, LocalDate, SEFTON_DEFAULT_POLICY, sessionsBetween, typicalSchoolCalendar } from '@rollcall/rules';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { yearSummaryWeeks } from './dashboard-from-year-summaries';
import { PupilAttendanceRecord, PupilAttendanceService } from './pupil-attendance.service';
import { RegisterEntryAttendanceService, YearToDateRecord, summaryYearOf } from './register-entry-attendance.service';

const LA = '352';
const SCHOOL = 100521;
const OTHER_SCHOOL = 100522;
/** Tuesday 4 November 2025: the register read. Marks run from the start of term to the Friday of that week. */
const REGISTER = { urn: SCHOOL, date: '2025-11-04', session: 'AM' as const };
const TERM_START = '2025-09-03';
const WEEK_END = '2025-11-07';

/** The LA's own graduated response from 1 October 2025 (version 2: 92 % the line for "at risk"), replacing Sefton's. */
const LA_POLICY: AttendancePolicy = {
  id: 'LA_352_GRADUATED_RESPONSE',
  version: 2,
  effectiveFrom: '2025-10-01',
  goodAttendanceThreshold: 97,
  bands: [
    { band: 1, stage: 'GOOD', label: 'Good', minAttendance: { percent: 92, inclusive: true }, actions: [] },
    { band: 2, stage: 'AT_RISK', label: 'At risk', minAttendance: { percent: 90, inclusive: false }, maxAttendance: { percent: 92, inclusive: false }, actions: [] },
    { band: 3, stage: 'PERSISTENTLY_ABSENT', label: 'Persistently absent', minAttendance: { percent: 50, inclusive: false }, maxAttendance: { percent: 90, inclusive: true }, actions: [] },
    { band: 4, stage: 'SEVERELY_ABSENT', label: 'Severely absent', maxAttendance: { percent: 50, inclusive: true }, actions: [] },
  ],
};

interface TestPupil {
  readonly forename: string;
  /** The code for the pupil's n-th session at the school. */
  readonly code?: (n: number) => string;
  /** Before joining this school on 2025-10-06, on roll at the other school (absent every other session there). */
  readonly movedIn?: boolean;
}

const attendsBut = (every: number, absence = 'O') => (n: number) => (n % every === 0 ? absence : n % 2 ? '\\' : '/');

const PUPILS: readonly TestPupil[] = [
  { forename: 'Ada', code: attendsBut(50) },
  { forename: 'Ben', code: attendsBut(11, 'I') },
  { forename: 'Cat', code: attendsBut(6) },
  { forename: 'Dan', code: attendsBut(2, 'G') },
  // On roll but never marked (joined the register late): no possible session yet, so no stage.
  { forename: 'Eve' },
  // Every session not possible (not of compulsory school age, X): no possible session either.
  { forename: 'Fay', code: () => 'X' },
  { forename: 'Gus', code: attendsBut(25), movedIn: true },
];

describe('RegisterEntryAttendanceService: each register entry’s year to date, from the year summaries', () => {
  const db = useTestDataSource();
  const staff: Scope = { actor: systemActor('test'), role: 'SCHOOL_STAFF', laCode: LA, urns: [SCHOOL] };
  const officer: Scope = { actor: systemActor('test'), role: 'LA_OFFICER', laCode: LA };
  let entries: RegisterEntryRecord[] = [];

  beforeAll(async () => {
    await seedLocalAuthority(db.dataSource, LA);
    await seedSchool(db.dataSource, { urn: SCHOOL, laCode: LA });
    await seedSchool(db.dataSource, { urn: OTHER_SCHOOL, laCode: LA });
    await systemQuery(db.dataSource, `INSERT INTO la_policy (la_code, kind, version, effective_from, settings) VALUES ($1, 'GRADUATED_RESPONSE', 2, $2, $3)`, [
      LA,
      LA_POLICY.effectiveFrom,
      JSON.stringify(LA_POLICY),
    ]);
    const importer = new RegisterImportService(db.dataSource);
    const calendar = typicalSchoolCalendar(2025);
    const importSessions = async (urn: number, upn: string, from: LocalDate, to: LocalDate, code: (n: number) => string) => {
      const marks = sessionsBetween(calendar, from, to).map((s, n) => ({ upn, date: s.date, session: s.session, code: code(n) }));
      await importer.importMarks(systemScope(systemActor('test'), LA), { laCode: LA, urn, idempotencyKey: `ytd-${upn}-${urn}`, from, to, marks });
    };
    for (const pupil of PUPILS) {
      const pupilId = await seedPupil(db.dataSource, { laCode: LA, forename: pupil.forename, surname: 'Register', dateOfBirth: '2016-05-05' });
      const [{ upn }] = (await systemQuery(db.dataSource, `SELECT upn FROM pupil WHERE id = $1`, [pupilId])) as { upn: string }[];
      if (pupil.movedIn) {
        await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: OTHER_SCHOOL, admittedOn: TERM_START, leftOn: '2025-10-03' });
        await importSessions(OTHER_SCHOOL, upn, TERM_START, '2025-10-03', attendsBut(2));
      }
      const admittedOn = pupil.movedIn ? '2025-10-06' : TERM_START;
      await seedEnrolment(db.dataSource, { laCode: LA, pupilId, urn: SCHOOL, admittedOn });
      if (pupil.code) await importSessions(SCHOOL, upn, admittedOn, WEEK_END, pupil.code);
    }
    entries = (await new ClassRegisterService(db.dataSource).entries(staff, REGISTER, { first: 100 })).items.map((i) => i.node);
  });

  const yearToDate = (scope: Scope, of: readonly RegisterEntryRecord[]) =>
    new RegisterEntryAttendanceService(db.dataSource).yearToDate(
      scope,
      of.map((e) => ({ laCode: e.laCode, enrolmentId: e.enrolmentId, pupilId: e.pupilId, date: e.date })),
    );
  /** `pupilAttendance` for the year to date: the academic year's first week to the Friday of the register's week. */
  const pupilAttendance = async (scope: Scope, entry: RegisterEntryRecord): Promise<PupilAttendanceRecord> =>
    (await new PupilAttendanceService(db.dataSource).attendance(scope, { pupilId: entry.pupilId, from: yearSummaryWeeks(2025).first, to: WEEK_END })) as PupilAttendanceRecord;
  const figuresOf = (f: PupilAttendanceRecord | YearToDateRecord) => ({
    possibleSessions: f.possibleSessions,
    present: f.present,
    approvedEducationalActivity: f.approvedEducationalActivity,
    authorisedAbsence: f.authorisedAbsence,
    unauthorisedAbsence: f.unauthorisedAbsence,
    notPossible: f.notPossible,
    attendanceRate: f.attendanceRate,
    overallAbsenceRate: f.overallAbsenceRate,
    authorisedAbsenceRate: f.authorisedAbsenceRate,
    unauthorisedAbsenceRate: f.unauthorisedAbsenceRate,
    persistentlyAbsent: f.persistentlyAbsent,
    severelyAbsent: f.severelyAbsent,
  });

  it('gives each pupil on the register the figures and stage pupilAttendance gives for the year to date', async () => {
    expect(entries.map((e) => e.forename)).toEqual(PUPILS.map((p) => p.forename));
    const read = await yearToDate(staff, entries);
    for (const [i, entry] of entries.entries()) {
      const expected = await pupilAttendance(staff, entry);
      expect(expected.readFrom).toBe('WEEK_SUMMARIES');
      expect({ forename: entry.forename, ...figuresOf(read[i]) }).toEqual({ forename: entry.forename, ...figuresOf(expected) });
      const stage = expected.graduatedResponse && {
        policyId: expected.graduatedResponse.policyId,
        policyVersion: expected.graduatedResponse.policyVersion,
        band: expected.graduatedResponse.band,
        stage: expected.graduatedResponse.stage,
        label: expected.graduatedResponse.label,
        goodAttendance: expected.graduatedResponse.goodAttendance,
      };
      expect({ forename: entry.forename, stage: read[i].stage }).toEqual({ forename: entry.forename, stage });
      expect(read[i]).toMatchObject({ laCode: LA, pupilId: entry.pupilId, enrolmentId: entry.enrolmentId, academicYear: 2025 });
    }
  });

  it('puts each pupil in the band of the LA’s policy in force on the register’s date', async () => {
    const read = await yearToDate(staff, entries);
    const byName = new Map(entries.map((e, i) => [e.forename, read[i]]));
    expect(byName.get('Ada')).toMatchObject({ persistentlyAbsent: false, stage: { policyId: LA_POLICY.id, policyVersion: 2, band: 1, stage: 'GOOD', goodAttendance: true } });
    expect(byName.get('Ben')).toMatchObject({ persistentlyAbsent: false, stage: { band: 2, stage: 'AT_RISK', goodAttendance: false } });
    expect(byName.get('Cat')).toMatchObject({ persistentlyAbsent: true, severelyAbsent: false, stage: { band: 3, stage: 'PERSISTENTLY_ABSENT' } });
    expect(byName.get('Dan')).toMatchObject({ persistentlyAbsent: true, severelyAbsent: true, stage: { band: 4, stage: 'SEVERELY_ABSENT' } });
    expect(byName.get('Eve')).toMatchObject({ possibleSessions: 0, attendanceRate: null, persistentlyAbsent: false, stage: null });
    expect(byName.get('Fay')).toMatchObject({ possibleSessions: 0, notPossible: sessionsBetween(typicalSchoolCalendar(2025), TERM_START, WEEK_END).length, stage: null });
    // Before the LA's own policy took effect, Sefton's default applies.
    const september = await yearToDate(staff, [{ ...(entries[0] as RegisterEntryRecord), date: '2025-09-30' }]);
    expect(september[0].stage).toMatchObject({ policyId: SEFTON_DEFAULT_POLICY.id, policyVersion: 1 });
  });

  it('counts only the sessions at this school for a pupil who moved in: pupilAttendance’s figures at this school', async () => {
    const gus = entries.find((e) => e.forename === 'Gus') as RegisterEntryRecord;
    const [read] = await yearToDate(officer, [gus]);
    // The LA sees the whole year, at both schools; the register's figure is this school's.
    const everywhere = await pupilAttendance(officer, gus);
    expect(everywhere.bySchool.map((s) => s.urn)).toEqual([SCHOOL, OTHER_SCHOOL].sort());
    const here = everywhere.bySchool.find((s) => s.urn === SCHOOL);
    expect(figuresOf(read)).toEqual(figuresOf({ ...everywhere, ...here } as PupilAttendanceRecord));
    expect(read.possibleSessions).toBeLessThan(everywhere.possibleSessions);
    expect(read.persistentlyAbsent).toBe(false);
    expect(everywhere.persistentlyAbsent).toBe(true);
  });

  it('reads every entry in the same statements, however many', async () => {
    const statements = async (n: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const read = await yearToDate(staff, entries.slice(0, n));
        expect(read).toHaveLength(n);
        return spy.mock.calls.map(([sql]) => String(sql).trim().split(/\s+/)[0]);
      } finally {
        spy.mockRestore();
      }
    };
    const one = await statements(1);
    expect(await statements(entries.length)).toEqual(one);
    // BEGIN, the scope, the year summaries, the LA's policy, COMMIT.
    expect(one).toHaveLength(5);
    expect(await yearToDate(staff, [])).toEqual([]);
  });

  it('finds the year a week is summed in by its Sunday', () => {
    expect(summaryYearOf('2025-09-01')).toBe(2025);
    expect(summaryYearOf('2025-08-29')).toBe(2024);
    // Monday 31 August 2026: its week ends on Sunday 6 September, in 2026/27.
    expect(summaryYearOf('2026-08-31')).toBe(2026);
    expect(summaryYearOf('2026-07-20')).toBe(2025);
  });
});
