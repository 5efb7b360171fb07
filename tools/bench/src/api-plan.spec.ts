import fc from 'fast-check';
import { isAttendanceCode, typicalSchoolCalendar, sessionsBetween, validateUpn } from '@rollcall/rules';
import {
  CLASSES_PER_SCHOOL,
  CLASS_SIZE,
  MIN_API_SCHOOLS,
  PLANNED_SUBMISSIONS_PER_SECOND,
  SEEDED_SESSIONS,
  apiPlan,
  apiSchoolCount,
  codeFor,
  registerRead,
  submission,
  submissionCapacity,
} from './api-plan';

const sessions = sessionsBetween(typicalSchoolCalendar(2025), '2025-09-01', '2026-07-22');
const plan = apiPlan({ laCode: '888', academicYear: 2025, sessions, submitSeconds: 20 });

describe('the API part of the benchmark, planned', () => {
  it('has at least the ingest LA’s 60 schools, and enough for every submission of a long run to be a new register', () => {
    expect(apiSchoolCount(20, sessions.length)).toBe(MIN_API_SCHOOLS);
    const schools = apiSchoolCount(300, sessions.length);
    expect(schools * CLASSES_PER_SCHOOL * (sessions.length - SEEDED_SESSIONS)).toBeGreaterThanOrEqual(300 * PLANNED_SUBMISSIONS_PER_SECOND);
    expect(schools).toBeGreaterThan(MIN_API_SCHOOLS);
  });

  it('makes one-form-entry primaries: 7 classes of 30, Reception to Year 6, with valid and distinct UPNs', () => {
    expect(plan.schools).toHaveLength(MIN_API_SCHOOLS);
    const school = plan.schools[0];
    expect(school.urn).toBe(950000);
    expect(school.classes).toHaveLength(CLASSES_PER_SCHOOL);
    expect(school.classes.map((c) => c.length)).toEqual(Array(CLASSES_PER_SCHOOL).fill(CLASS_SIZE));
    expect(school.classes.map((c) => c[0].ncYear)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const upns = plan.schools.flatMap((s) => s.classes.flat().map((p) => p.upn));
    expect(new Set(upns).size).toBe(upns.length);
    for (const upn of upns.slice(0, 500)) expect(validateUpn(upn)).toMatchObject({ allowed: true, detail: { laCode: '888' } });
    expect(new Set(plan.schools.map((s) => s.laestab)).size).toBe(plan.schools.length);
  });

  it('spreads the staff over the schools, and each reads their own school’s register for a seeded session', () => {
    expect(plan.staff).toHaveLength(100);
    expect(plan.staff[0]).toEqual({ email: 'bench.staff.0@bench.example', urn: 950000 });
    expect(plan.staff[60].urn).toBe(950000);
    for (let i = 0; i < 1000; i += 37) {
      const read = registerRead(plan, i);
      expect(read.urn).toBe(plan.staff[read.staff].urn);
      expect(plan.sessions.slice(0, SEEDED_SESSIONS)).toContainEqual({ date: read.date, session: read.session });
    }
    expect(registerRead(plan, 0).ncYear).toBe(0);
    expect(registerRead(plan, 60).ncYear).toBe(1);
  });

  it('submits a whole class for a session not seeded, each to a different school from the one before', () => {
    const first = submission(plan, 0);
    expect(first).toMatchObject({ urn: 950000, ncYear: 0, ...plan.sessions[SEEDED_SESSIONS] });
    expect(first.marks.map((m) => m.upn)).toEqual(plan.schools[0].classes[0].map((p) => p.upn));
    expect(submission(plan, 1).urn).toBe(950001);
    expect(submission(plan, MIN_API_SCHOOLS)).toMatchObject({ urn: 950000, ncYear: 1 });
  });

  it('never repeats a register (class, date, session) or an idempotency key within its capacity', () => {
    const capacity = submissionCapacity(plan);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: capacity - 1 }), fc.integer({ min: 0, max: capacity - 1 }), (i, j) => {
        fc.pre(i !== j);
        const [a, b] = [submission(plan, i), submission(plan, j)];
        expect(`${a.urn} ${a.ncYear} ${a.date} ${a.session}`).not.toBe(`${b.urn} ${b.ncYear} ${b.date} ${b.session}`);
        expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
      }),
    );
    expect(submission(plan, capacity)).toEqual(submission(plan, 0));
  });

  it('marks mostly present, a few absent, always with a code in force', () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => codeFor(i % 2 ? 'PM' : 'AM', i));
    const present = codes.filter((c) => c === '/' || c === '\\').length / codes.length;
    expect(present).toBeGreaterThan(0.9);
    expect(present).toBeLessThan(0.97);
    expect(codes.every((c) => isAttendanceCode(c))).toBe(true);
    expect(codeFor('AM', 7)).toBe(codeFor('AM', 7));
  });
});
