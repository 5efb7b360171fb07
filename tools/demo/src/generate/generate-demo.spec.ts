import {
  LA_CODES,
  countSchoolDays,
  ncYearGroup,
  validateUpn,
} from '@rollcall/rules';
import { DEMO_LA, NEIGHBOUR_LA } from './demo-areas';
import { DemoPupil } from './demo-types';
import { generateDemo, marksForSchool, pupilsAt } from './generate-demo';

const TODAY = '2026-11-23';

describe('generateDemo: the fictional area', () => {
  const demo = generateDemo({ seed: 1, pupils: 12_000, today: TODAY });
  const schoolByUrn = new Map(demo.schools.map((s) => [s.urn, s]));
  const mainSchool = (p: DemoPupil) => {
    const urn = p.enrolments[0].urn;
    const school = schoolByUrn.get(urn);
    if (!school) throw new Error(`no school ${urn}`);
    return school;
  };
  const share = (pred: (p: DemoPupil) => boolean) => (100 * demo.pupils.filter(pred).length) / demo.pupils.length;
  const has = (c: string) => (p: DemoPupil) => p.characteristics.some((x) => x.characteristic === c && !x.endsOn);

  it('uses DfE-format LA codes from the list for a clearly fictional LA and its neighbour', () => {
    for (const la of [DEMO_LA, NEIGHBOUR_LA]) {
      expect(LA_CODES.map((c) => c.code)).toContain(la.laCode);
      expect(la.name).toMatch(/fictional/);
    }
    expect(demo.localAuthorities).toEqual([DEMO_LA, NEIGHBOUR_LA]);
  });

  it('has about 60 schools of every kind an LA officer expects', () => {
    const count = (pred: (s: (typeof demo.schools)[number]) => boolean) => demo.schools.filter(pred).length;
    expect(demo.schools.length).toBeGreaterThanOrEqual(55);
    expect(demo.schools.length).toBeLessThanOrEqual(65);
    expect(count((s) => s.phase === 'PRIMARY')).toBeGreaterThan(40);
    expect(count((s) => s.phase === 'SECONDARY')).toBeGreaterThanOrEqual(8);
    expect(count((s) => s.type === 'SPECIAL')).toBe(1);
    expect(count((s) => s.type === 'PRU')).toBe(1);
    expect(count((s) => s.type === 'INDEPENDENT')).toBe(1);
    expect(count((s) => s.type === 'ACADEMY')).toBeGreaterThan(5);
    expect(count((s) => s.type === 'FREE_SCHOOL')).toBeGreaterThanOrEqual(2);
    expect(demo.schools.filter((s) => s.laCode === NEIGHBOUR_LA.laCode).map((s) => s.name)).toEqual(['Eastmere West Academy']);
    expect(new Set(demo.schools.map((s) => s.urn)).size).toBe(demo.schools.length);
    expect(new Set(demo.schools.map((s) => s.laestab)).size).toBe(demo.schools.length);
    for (const s of demo.schools) {
      expect(Math.floor(s.laestab / 10000)).toBe(Number(s.laCode));
      expect(s.postcode).toMatch(/^(NM|EM)\d{1,2} \d[A-Z]{2}$/);
      expect(s.namedLaOfficer).not.toBe('');
      expect(s.seniorAttendanceChampion).toMatch(/, /);
    }
  });

  it('gives every school a calendar for this year and last with 190 pupil days and 5 INSET days', () => {
    for (const s of demo.schools) {
      for (const year of [demo.academicYear - 1, demo.academicYear]) {
        const halfTerms = s.calendar.halfTerms.filter((h) => h.academicYear === year);
        expect(halfTerms.map((h) => h.name)).toEqual(['AUTUMN_1', 'AUTUMN_2', 'SPRING_1', 'SPRING_2', 'SUMMER_1', 'SUMMER_2']);
        const days = countSchoolDays(s.calendar, halfTerms[0].start, halfTerms[5].end);
        const closedDays = s.calendar.closures.filter((c) => c.kind !== 'INSET' && c.start >= halfTerms[0].start && c.start <= halfTerms[5].end).length;
        expect(days + closedDays).toBeGreaterThanOrEqual(189);
        expect(days + closedDays).toBeLessThanOrEqual(190);
        const inset = s.calendar.closures.filter((c) => c.kind === 'INSET' && c.start >= halfTerms[0].start && c.start <= halfTerms[5].end);
        expect(inset).toHaveLength(5);
      }
    }
  });

  it('has the number of pupils asked for, aged 4 to 16 across Reception to Year 11, in schools of their phase', () => {
    expect(demo.pupils).toHaveLength(12_000);
    for (let year = 0; year <= 11; year++) {
      const inYear = demo.pupils.filter((p) => p.ncYear === year).length;
      expect(inYear).toBeGreaterThan(700);
      expect(inYear).toBeLessThan(1300);
    }
    for (const p of demo.pupils) {
      expect(ncYearGroup(p.dateOfBirth, demo.academicYear)).toBe(p.ncYear);
      for (const e of p.enrolments) {
        const school = schoolByUrn.get(e.urn);
        expect(school && p.ncYear >= school.lowestNcYear && p.ncYear <= school.highestNcYear).toBe(true);
        expect(e.admittedOn <= TODAY).toBe(true);
      }
    }
  });

  it('gives every pupil a valid, unique UPN carrying the LA code of their school', () => {
    const upns = new Set<string>();
    for (const p of demo.pupils) {
      const check = validateUpn(p.upn);
      expect(check.allowed).toBe(true);
      expect(p.upn.slice(1, 4)).toBe(mainSchool(p).laCode);
      expect(p.laCode).toBe(mainSchool(p).laCode);
      upns.add(p.upn);
    }
    expect(upns.size).toBe(demo.pupils.length);
  });

  it('puts children in families: siblings sharing parents, single parents, kinship and foster carers', () => {
    const withSiblings = demo.households.filter((h) => h.pupilKeys.length >= 2);
    expect(withSiblings.length).toBeGreaterThan(demo.households.length * 0.3);
    const byKey = new Map(demo.pupils.map((p) => [p.key, p]));
    for (const h of withSiblings.slice(0, 200)) {
      const parentSets = h.pupilKeys.map((k) => byKey.get(k)?.parents.map((l) => l.parentKey).sort().join());
      expect(new Set(parentSets).size).toBe(1);
    }
    const kinds = new Set(demo.households.map((h) => h.kind));
    for (const kind of ['TWO_PARENTS', 'SINGLE_PARENT', 'SEPARATED', 'KINSHIP', 'FOSTER', 'ADOPTIVE'] as const) expect(kinds).toContain(kind);
    const twoWithResponsibility = demo.pupils.filter((p) => p.parents.filter((l) => l.parentalResponsibility).length === 2);
    expect(twoWithResponsibility.length / demo.pupils.length).toBeGreaterThan(0.5);
  });

  it('has characteristic rates close to national', () => {
    expect(share(has('FSM'))).toBeGreaterThan(21);
    expect(share(has('FSM'))).toBeLessThan(29);
    expect(share(has('SEN_SUPPORT'))).toBeGreaterThan(11);
    expect(share(has('SEN_SUPPORT'))).toBeLessThan(15);
    expect(share(has('EHCP'))).toBeGreaterThan(3.5);
    expect(share(has('EHCP'))).toBeLessThan(5.5);
    expect(share(has('CHILD_IN_NEED'))).toBeGreaterThan(2);
    expect(share(has('CHILD_IN_NEED'))).toBeLessThan(4);
    expect(share(has('CHILD_PROTECTION'))).toBeGreaterThan(0.25);
    expect(share(has('CHILD_PROTECTION'))).toBeLessThan(0.9);
    expect(share(has('LOOKED_AFTER'))).toBeGreaterThan(0.4);
    expect(share(has('LOOKED_AFTER'))).toBeLessThan(1.1);
    for (const c of ['PREVIOUSLY_LOOKED_AFTER', 'EARLY_HELP', 'YOUNG_CARER', 'YOUTH_JUSTICE']) expect(share(has(c))).toBeGreaterThan(0.1);
  });

  it('gives children with a social worker a named one, and looked-after children their responsible LA', () => {
    const social = demo.pupils.filter((p) => ['CHILD_IN_NEED', 'CHILD_PROTECTION', 'LOOKED_AFTER'].some((c) => has(c)(p)));
    expect(social.every((p) => p.socialWorker?.name)).toBe(true);
    const lac = demo.pupils.filter(has('LOOKED_AFTER'));
    const responsible = (p: DemoPupil) => p.characteristics.find((c) => c.characteristic === 'LOOKED_AFTER')?.responsibleLaCode;
    expect(lac.some((p) => responsible(p) === NEIGHBOUR_LA.laCode && p.homeLaCode === DEMO_LA.laCode)).toBe(true);
    expect(lac.some((p) => responsible(p) === DEMO_LA.laCode && p.homeLaCode === NEIGHBOUR_LA.laCode)).toBe(true);
  });

  it('has children crossing the border both ways and dual registrations at the PRU', () => {
    expect(demo.pupils.some((p) => p.laCode === DEMO_LA.laCode && p.homeLaCode === NEIGHBOUR_LA.laCode)).toBe(true);
    expect(demo.pupils.some((p) => p.laCode === NEIGHBOUR_LA.laCode && p.homeLaCode === DEMO_LA.laCode)).toBe(true);
    const pru = demo.schools.find((s) => s.type === 'PRU');
    const dual = demo.pupils.filter((p) => p.enrolments.some((e) => e.urn === pru?.urn && e.registration === 'DUAL_SUBSIDIARY'));
    expect(dual.length).toBeGreaterThan(3);
    for (const p of dual) expect(p.enrolments.map((e) => e.registration).sort()).toEqual(['DUAL_MAIN', 'DUAL_SUBSIDIARY']);
  });
});

describe('generateDemo: determinism', () => {
  it('gives identical pupils and marks for the same seed, and a different area for another seed', () => {
    const a = generateDemo({ seed: 42, pupils: 500, today: TODAY });
    const b = generateDemo({ seed: 42, pupils: 500, today: TODAY });
    const c = generateDemo({ seed: 43, pupils: 500, today: TODAY });
    expect(JSON.stringify(b.pupils)).toBe(JSON.stringify(a.pupils));
    expect(JSON.stringify(b.households)).toBe(JSON.stringify(a.households));
    const school = a.schools[0];
    expect(marksForSchool(b, school)).toEqual(marksForSchool(a, school));
    expect(JSON.stringify(c.pupils)).not.toBe(JSON.stringify(a.pupils));
  });

  it("generates a school's marks the same whether alone or with the whole area", () => {
    const demo = generateDemo({ seed: 5, pupils: 800, today: TODAY });
    const school = demo.schools.find((s) => s.phase === 'SECONDARY');
    if (!school) throw new Error('no secondary');
    const alone = marksForSchool(demo, school, pupilsAt(demo, school.urn).slice(0, 10));
    const all = marksForSchool(demo, school);
    const upns = new Set(alone.map((m) => m.upn));
    expect(all.filter((m) => upns.has(m.upn))).toEqual(alone);
  });

  it('refuses a size or seed that is not a whole number, and a day before the 2024 codes', () => {
    expect(() => generateDemo({ seed: 1, pupils: 0, today: TODAY })).toThrow(/at least 1/);
    expect(() => generateDemo({ seed: 1.5, pupils: 10, today: TODAY })).toThrow(/whole number/);
    expect(() => generateDemo({ seed: 1, pupils: 10, today: '23/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => generateDemo({ seed: 1, pupils: 10, today: '2024-07-01' })).toThrow(/choose a day from 1 September 2024/);
  });
});
