import { chooseDemoFamilies } from './choose-demo-families';
import { DEMO_LA } from './demo-areas';
import { DemoData, generateDemo, marksForSchool, pupilsAt } from './generate-demo';
import { Casework, PupilAttendance, generateCasework } from './generate-casework';
import { pupilAttendance } from './pupil-attendance';
import { DEMO_PRIMARY_SCHOOL, DEMO_SECONDARY_SCHOOL } from '../demo-sign-ins';

function caseworkFor(demo: DemoData): { casework: Casework; attendance: PupilAttendance[] } {
  const attendance = demo.schools.flatMap((s) => pupilAttendance(pupilsAt(demo, s.urn), s.urn, s.laCode, marksForSchool(demo, s)));
  const primary = demo.schools.find((s) => s.name === DEMO_PRIMARY_SCHOOL);
  const secondary = demo.schools.find((s) => s.name === DEMO_SECONDARY_SCHOOL);
  if (!primary || !secondary) throw new Error('demo staff schools missing');
  return { casework: generateCasework(demo, attendance, chooseDemoFamilies(demo, primary, secondary)), attendance };
}

describe('generateCasework', () => {
  const demo = generateDemo({ seed: 1, pupils: 4000, today: '2026-11-23' });
  const { casework, attendance } = caseworkFor(demo);
  const localSchools = demo.schools.filter((s) => s.laCode === DEMO_LA.laCode);

  it('puts persistently absent pupils on School Attendance Plans, with early help, part-time timetables and PEPs', () => {
    const kinds = new Set(casework.plans.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['EARLY_HELP', 'PART_TIME_TIMETABLE', 'PERSONAL_EDUCATION_PLAN', 'SCHOOL_ATTENDANCE_PLAN']);
    const paKeys = new Set(attendance.filter((a) => a.summary.persistentlyAbsent).map((a) => a.pupil.key));
    const saps = casework.plans.filter((p) => p.kind === 'SCHOOL_ATTENDANCE_PLAN');
    expect(saps.every((p) => paKeys.has(p.pupil.key))).toBe(true);
    expect(saps.some((p) => p.draft)).toBe(true);
    expect(saps.some((p) => p.closedOn)).toBe(true);
    expect(saps.some((p) => p.review)).toBe(true);
    for (const p of casework.plans.filter((x) => x.kind === 'PART_TIME_TIMETABLE')) {
      expect(p.endsOn && p.reviewOn && p.reviewOn <= p.endsOn).toBe(true);
    }
    expect(casework.plans.every((p) => p.startsOn <= demo.today)).toBe(true);
  });

  it('holds legal interventions at every stage an officer would expect', () => {
    const kinds = casework.interventions.map((i) => i.kind);
    for (const kind of ['NOTICE_TO_IMPROVE', 'PENALTY_NOTICE', 'ATTENDANCE_CONTRACT', 'EDUCATION_SUPERVISION_ORDER', 'PROSECUTION', 'SCHOOL_ATTENDANCE_ORDER'] as const) {
      expect(kinds).toContain(kind);
    }
    const outcomes = new Set(casework.interventions.flatMap((i) => (i.kind === 'PENALTY_NOTICE' ? [i.outcome] : [])));
    for (const o of ['PAY_REDUCED', 'AWAIT_PAYMENT', 'WITHDRAW', 'UNPAID_WITHDRAW', 'UNPAID_PROSECUTE']) expect(outcomes).toContain(o);
    for (const i of casework.interventions) {
      if (i.kind === 'PENALTY_NOTICE') {
        expect(i.offenceLastDate < i.issuedOn).toBe(true);
        expect(i.issuedOn <= demo.today).toBe(true);
      }
    }
  });

  it('has last term’s targeting support meeting held at every Northmoor school, with actions for its absent pupils', () => {
    const summer = casework.meetings.filter((m) => m.term === 'SUMMER' && m.academicYear === demo.academicYear - 1);
    expect(summer.map((m) => m.school.urn).sort()).toEqual(localSchools.map((s) => s.urn).sort());
    expect(summer.every((m) => m.held && m.held.actions.length > 0)).toBe(true);
    expect(summer.flatMap((m) => m.held?.actions ?? []).some((a) => a.pupil && a.status === 'DONE')).toBe(true);
    const autumn = casework.meetings.filter((m) => m.term === 'AUTUMN' && m.academicYear === demo.academicYear);
    expect(autumn.length).toBe(localSchools.length);
  });

  it('has attendance and sickness returns in draft, submitted and acknowledged', () => {
    const statuses = (kind: string) => new Set(casework.returns.filter((r) => r.kind === kind).map((r) => r.status));
    expect([...statuses('ATTENDANCE')].sort()).toEqual(['ACKNOWLEDGED', 'DRAFT', 'SUBMITTED']);
    expect([...statuses('SICKNESS')].sort()).toEqual(['ACKNOWLEDGED', 'DRAFT', 'SUBMITTED']);
    expect(casework.deletionReturns.length).toBeGreaterThan(0);
  });

  it("has parents' absence reports and leave requests pending, granted and refused", () => {
    expect(casework.absenceReports.length).toBeGreaterThan(3);
    expect(casework.absenceReports.some((r) => r.review === 'ACCEPTED')).toBe(true);
    const decided = new Set(casework.leaveRequests.map((r) => r.decision?.status ?? 'PENDING'));
    expect([...decided].sort()).toEqual(['GRANTED', 'PENDING', 'REFUSED']);
    for (const r of casework.leaveRequests) expect(r.requestedOn < r.firstDate).toBe(true);
  });

  it('is the same for the same seed', () => {
    const again = caseworkFor(generateDemo({ seed: 1, pupils: 4000, today: '2026-11-23' })).casework;
    const keys = (c: Casework) => JSON.stringify([c.plans.map((p) => [p.pupil.key, p.kind, p.startsOn]), c.interventions.map((i) => [i.kind, i.pupil.key])]);
    expect(keys(again)).toBe(keys(casework));
  });
});
