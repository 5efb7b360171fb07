import fc from 'fast-check';
import { classifyAttendance } from './classify-attendance';
import { KNOWSLEY_POLICY } from './knowsley-policy';
import { NORTHUMBERLAND_POLICY } from './northumberland-policy';
import { SEFTON_DEFAULT_POLICY } from './sefton-default-policy';
import { bandContains } from './attendance-policy';
import { Mark } from '../codes';
import { attendanceRate, persistentlyAbsent, possibleSessions } from '../measures';

const SHIPPED = [SEFTON_DEFAULT_POLICY, KNOWSLEY_POLICY, NORTHUMBERLAND_POLICY];

function seftonBand(attendanceRate: number): number | undefined {
  const result = classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate, possibleSessions: 100 });
  return result.classified ? result.band : undefined;
}

/** National persistent absence (domain §4): absence of 10 % or more of possible sessions. */
function nationallyPersistentlyAbsent(attendanceRate: number): boolean {
  return 100 - attendanceRate >= 10;
}

const rate = fc.double({ min: 0, max: 100, noNaN: true });

describe('classifyAttendance with the Sefton default policy', () => {
  it.each([
    [100, 1, 'EXCELLENT'],
    [96, 1, 'EXCELLENT'],
    [95.5, 2, 'EMERGING_CONCERN'],
    [91, 2, 'EMERGING_CONCERN'],
    [90.5, 2, 'EMERGING_CONCERN'],
    [90, 3, 'PERSISTENTLY_ABSENT'],
    [86, 3, 'PERSISTENTLY_ABSENT'],
    [85.5, 3, 'PERSISTENTLY_ABSENT'],
    [85, 4, 'PERSISTENTLY_ABSENT_LA_INVOLVED'],
    [51, 4, 'PERSISTENTLY_ABSENT_LA_INVOLVED'],
    [50.5, 4, 'PERSISTENTLY_ABSENT_LA_INVOLVED'],
    [50, 5, 'SEVERELY_ABSENT'],
    [0, 5, 'SEVERELY_ABSENT'],
  ])('a pupil attending %s %% is in band %s (%s)', (attendanceRate, band, stage) => {
    expect(classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate, possibleSessions: 120 })).toMatchObject({
      classified: true,
      reason: 'IN_BAND',
      band,
      stage,
      policyId: 'SEFTON_GRADUATED_RESPONSE',
      policyVersion: 1,
    });
  });

  it('band 3 starts exactly where national persistent absence starts (attendance 90 %, absence 10 %)', () => {
    expect(seftonBand(90)).toBe(3);
    expect(nationallyPersistentlyAbsent(90)).toBe(true);
    expect(seftonBand(90.0001)).toBe(2);
    expect(nationallyPersistentlyAbsent(90.0001)).toBe(false);
    fc.assert(fc.property(rate, (r) => ((seftonBand(r) ?? 0) >= 3) === nationallyPersistentlyAbsent(r)));
  });

  it('band 3 starts exactly where the measures library says a pupil is persistentlyAbsent, for real marks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), (possible, share) => {
        const attended = Math.round(possible * share);
        const marks: Mark[] = Array.from({ length: possible }, (_, i) => ({
          date: '2025-09-08',
          session: 'AM',
          code: i < attended ? '/' : 'O',
        }));
        const result = classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: attendanceRate(marks) ?? 0, possibleSessions: possibleSessions(marks) });
        return result.classified && (result.band >= 3) === persistentlyAbsent(marks);
      }),
    );
    const ninetyPercent: Mark[] = Array.from({ length: 20 }, (_, i) => ({ date: '2025-09-08', session: 'AM', code: i < 18 ? '/' : 'O' }));
    expect(persistentlyAbsent(ninetyPercent)).toBe(true);
    expect(classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: attendanceRate(ninetyPercent) ?? -1, possibleSessions: 20 })).toMatchObject({ band: 3 });
  });

  it('band 5 is exactly national severe absence (absence of 50 % or more)', () => {
    fc.assert(fc.property(rate, (r) => (seftonBand(r) === 5) === 100 - r >= 50));
  });

  it('a pupil with no possible sessions is not classified', () => {
    expect(classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: 0, possibleSessions: 0 })).toEqual({
      classified: false,
      reason: 'NO_POSSIBLE_SESSIONS',
      policyId: 'SEFTON_GRADUATED_RESPONSE',
      policyVersion: 1,
      attendanceRate: 0,
      possibleSessions: 0,
    });
  });

  it('a rate outside 0–100 % is refused rather than guessed', () => {
    expect(classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: 101, possibleSessions: 10 }).reason).toBe('ATTENDANCE_RATE_OUT_OF_RANGE');
    expect(classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: Number.NaN, possibleSessions: 10 }).reason).toBe(
      'ATTENDANCE_RATE_OUT_OF_RANGE',
    );
  });

  it('a policy with a hole says no band matches instead of inventing one', () => {
    const holed = { ...SEFTON_DEFAULT_POLICY, bands: SEFTON_DEFAULT_POLICY.bands.filter((b) => b.band !== 3) };
    expect(classifyAttendance(holed, { attendanceRate: 88, possibleSessions: 10 }).reason).toBe('NO_BAND_FOR_RATE');
  });
});

describe('classifyAttendance with other LA shapes', () => {
  it("Northumberland: 97 % is good attendance, 96.9 % is not", () => {
    expect(classifyAttendance(NORTHUMBERLAND_POLICY, { attendanceRate: 97, possibleSessions: 50 })).toMatchObject({ band: 1, goodAttendance: true });
    expect(classifyAttendance(NORTHUMBERLAND_POLICY, { attendanceRate: 96.9, possibleSessions: 50 })).toMatchObject({
      band: 2,
      goodAttendance: false,
    });
  });

  it('Knowsley: a severely absent pupil is at level 4, statutory LA intervention', () => {
    expect(classifyAttendance(KNOWSLEY_POLICY, { attendanceRate: 40, possibleSessions: 50 })).toMatchObject({
      band: 4,
      stage: 'STATUTORY_INTERVENTION',
      label: 'Level 4: statutory LA intervention',
    });
  });

  it('a policy without a good-attendance threshold does not say whether attendance is good', () => {
    const result = classifyAttendance(SEFTON_DEFAULT_POLICY, { attendanceRate: 99, possibleSessions: 50 });
    expect(result).not.toHaveProperty('goodAttendance');
  });
});

describe('classification properties of every shipped policy', () => {
  it('every rate from 0 to 100 % falls in exactly one band', () => {
    for (const policy of SHIPPED) {
      fc.assert(fc.property(rate, (r) => policy.bands.filter((b) => bandContains(b, r)).length === 1));
      for (let whole = 0; whole <= 100; whole++) {
        expect(policy.bands.filter((b) => bandContains(b, whole))).toHaveLength(1);
      }
    }
  });

  it('higher attendance never gives a worse band', () => {
    for (const policy of SHIPPED) {
      fc.assert(
        fc.property(rate, rate, (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowResult = classifyAttendance(policy, { attendanceRate: low, possibleSessions: 10 });
          const highResult = classifyAttendance(policy, { attendanceRate: high, possibleSessions: 10 });
          return lowResult.classified && highResult.classified && highResult.band <= lowResult.band;
        }),
      );
    }
  });
});
