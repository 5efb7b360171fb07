import {
  AttendanceCode,
  Mark,
  addDays,
  isWithin,
  overdueNMarks,
  persistentlyAbsent,
  sessionsOn,
  severelyAbsent,
  summariseAttendance,
} from '@rollcall/rules';
import { DemoMark, DemoPupil } from './demo-types';
import { DemoData, generateDemo, marksForSchool } from './generate-demo';

interface Enrolment {
  readonly pupil: DemoPupil;
  readonly urn: number;
  readonly marks: Mark[];
  readonly persistentlyAbsent: boolean;
  readonly severelyAbsent: boolean;
}

function enrolmentsWithMarks(demo: DemoData): Enrolment[] {
  const byPupil = new Map(demo.pupils.map((p) => [p.upn, p]));
  const out: Enrolment[] = [];
  for (const school of demo.schools) {
    const grouped = new Map<string, Mark[]>();
    for (const m of marksForSchool(demo, school)) {
      const list = grouped.get(m.upn) ?? [];
      list.push(m as Mark);
      grouped.set(m.upn, list);
    }
    for (const [upn, marks] of grouped) {
      const pupil = byPupil.get(upn);
      if (pupil) {
        out.push({ pupil, urn: school.urn, marks, persistentlyAbsent: persistentlyAbsent(marks), severelyAbsent: severelyAbsent(marks) });
      }
    }
  }
  return out;
}

interface AreaFigures {
  readonly overall: number;
  readonly authorised: number;
  readonly unauthorised: number;
  readonly persistentlyAbsent: number;
  readonly severelyAbsent: number;
}

function areaFigures(enrolments: readonly Enrolment[]): AreaFigures {
  let possible = 0;
  let authorised = 0;
  let unauthorised = 0;
  let pa = 0;
  let sa = 0;
  let counted = 0;
  for (const e of enrolments) {
    const s = summariseAttendance(e.marks);
    if (s.possibleSessions === 0) continue;
    counted++;
    possible += s.possibleSessions;
    authorised += s.authorisedAbsence;
    unauthorised += s.unauthorisedAbsence;
    if (e.persistentlyAbsent) pa++;
    if (e.severelyAbsent) sa++;
  }
  return {
    overall: (100 * (authorised + unauthorised)) / possible,
    authorised: (100 * authorised) / possible,
    unauthorised: (100 * unauthorised) / possible,
    persistentlyAbsent: (100 * pa) / counted,
    severelyAbsent: (100 * sa) / counted,
  };
}

const paRate = (enrolments: readonly Enrolment[]) =>
  (100 * enrolments.filter((e) => e.persistentlyAbsent).length) / enrolments.length;
const hasCharacteristic = (p: DemoPupil, c: string) => p.characteristics.some((x) => x.characteristic === c && !x.endsOn);

describe.each([
  ['a whole school year', '2026-07-17'],
  ['the autumn term so far', '2026-11-23'],
])('attendance over %s (to %s)', (_label, today) => {
  const demo = generateDemo({ seed: 1, pupils: 4000, today });
  const enrolments = enrolmentsWithMarks(demo);

  it('lands near the national figures (DfE measures from @rollcall/rules)', () => {
    const f = areaFigures(enrolments);
    expect(f.overall).toBeGreaterThan(6);
    expect(f.overall).toBeLessThan(8);
    expect(f.authorised).toBeGreaterThan(f.unauthorised);
    expect(f.unauthorised).toBeGreaterThan(1.8);
    expect(f.unauthorised).toBeLessThan(3.2);
    expect(f.persistentlyAbsent).toBeGreaterThan(16);
    expect(f.persistentlyAbsent).toBeLessThan(24);
    expect(f.severelyAbsent).toBeGreaterThan(1);
    expect(f.severelyAbsent).toBeLessThan(3);
  });

  it('shows the gaps LAs report: FSM, SEN, children in need and looked-after children miss more', () => {
    const all = paRate(enrolments);
    const fsm = enrolments.filter((e) => hasCharacteristic(e.pupil, 'FSM'));
    const notFsm = enrolments.filter((e) => !hasCharacteristic(e.pupil, 'FSM'));
    expect(paRate(fsm)).toBeGreaterThan(paRate(notFsm) * 1.4);
    for (const c of ['SEN_SUPPORT', 'EHCP', 'CHILD_IN_NEED', 'LOOKED_AFTER']) {
      expect(paRate(enrolments.filter((e) => hasCharacteristic(e.pupil, c)))).toBeGreaterThan(all);
    }
    const secondary = enrolments.filter((e) => e.pupil.ncYear >= 7);
    const primary = enrolments.filter((e) => e.pupil.ncYear < 7);
    expect(paRate(secondary)).toBeGreaterThan(paRate(primary));
  });

  it('uses a realistic mix of codes: illness the commonest reason, then unexplained absence', () => {
    const counts = new Map<AttendanceCode, number>();
    for (const e of enrolments) for (const m of e.marks) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    const absenceCodes: AttendanceCode[] = ['I', 'M', 'C', 'E', 'G', 'O', 'N', 'U', 'C2', 'R', 'T'];
    const ranked = absenceCodes.filter((c) => counts.has(c)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    expect(ranked[0]).toBe('I');
    expect(ranked[1]).toBe('O');
    for (const code of ['/', '\\', 'L', 'U', 'M', 'G', 'V', 'C', 'B', 'P', 'D', 'C2'] as const) expect(counts.get(code)).toBeGreaterThan(0);
  });
});

describe('register marks for one area', () => {
  const today = '2026-11-23';
  const demo = generateDemo({ seed: 3, pupils: 3000, today });
  const schoolByUrn = new Map(demo.schools.map((s) => [s.urn, s]));
  const marksBySchool = new Map(demo.schools.map((s) => [s.urn, marksForSchool(demo, s)]));

  it('are only for sessions the school held (or closed, as # or Y4), from admission up to today', () => {
    const byPupil = new Map(demo.pupils.map((p) => [p.upn, p]));
    const wrong: string[] = [];
    for (const [urn, marks] of marksBySchool) {
      const school = schoolByUrn.get(urn);
      if (!school) throw new Error('unknown school');
      for (const m of marks) {
        const enrolment = byPupil.get(m.upn)?.enrolments.find((e) => e.urn === urn);
        const held = m.code === '#' || m.code === 'Y4' || sessionsOn(school.calendar, m.date).includes(m.session);
        if (m.date > today || !enrolment || m.date < enrolment.admittedOn || !held) wrong.push(`${urn} ${m.upn} ${m.date} ${m.session}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leave N only on the last five school days; older unexplained absence is O', () => {
    for (const [urn, marks] of marksBySchool) {
      const school = schoolByUrn.get(urn);
      if (!school) throw new Error('unknown school');
      expect(overdueNMarks(marks as Mark[], school.calendar, today)).toEqual([]);
    }
    const all = [...marksBySchool.values()].flat();
    expect(all.some((m) => m.code === 'N')).toBe(true);
    expect(all.some((m) => m.code === 'O' && m.date < addDays(today, -14))).toBe(true);
  });

  it('gives every pupil of a closed school # on its planned closure day', () => {
    const closed = demo.schools.filter((s) => s.calendar.closures.some((c) => c.kind === 'PLANNED_CLOSURE' && c.start <= today));
    expect(closed.length).toBeGreaterThan(0);
    for (const school of closed) {
      const day = school.calendar.closures.find((c) => c.kind === 'PLANNED_CLOSURE')?.start;
      const onDay = (marksBySchool.get(school.urn) ?? []).filter((m) => m.date === day);
      expect(onDay.length).toBeGreaterThan(0);
      expect(onDay.every((m) => m.code === '#')).toBe(true);
    }
  });

  it('clusters term-time holidays (G) next to the half-term break', () => {
    const g: DemoMark[] = [...marksBySchool.values()].flat().filter((m) => m.code === 'G');
    expect(g.length).toBeGreaterThan(0);
    const halfTerm = demo.schools[0].calendar.halfTerms.find((h) => h.academicYear === demo.academicYear && h.name === 'AUTUMN_1');
    if (!halfTerm) throw new Error('no autumn half term');
    const nearBreak = g.filter((m) => isWithin(m.date, addDays(halfTerm.end, -14), addDays(halfTerm.end, 24)));
    expect(nearBreak.length / g.length).toBeGreaterThan(0.6);
  });

  it('codes part-time timetables C2 in the afternoons and late arrivals with minutes late', () => {
    const all = [...marksBySchool.values()].flat();
    const c2 = all.filter((m) => m.code === 'C2');
    expect(c2.length).toBeGreaterThan(0);
    expect(c2.every((m) => m.session === 'PM')).toBe(true);
    const late = all.filter((m) => m.code === 'L' || m.code === 'U');
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((m) => (m.minutesLate ?? 0) > 0)).toBe(true);
    expect(all.filter((m) => m.code === 'U').every((m) => (m.minutesLate ?? 0) > 20)).toBe(true);
  });
});
