import fc from 'fast-check';
import { AttendancePolicy, PolicyBand } from './attendance-policy';
import { KNOWSLEY_POLICY } from './knowsley-policy';
import { NORTHUMBERLAND_POLICY } from './northumberland-policy';
import { SEFTON_DEFAULT_POLICY } from './sefton-default-policy';
import { validateAttendancePolicy } from './validate-attendance-policy';

function policyWith(bands: PolicyBand[], extra: Partial<AttendancePolicy> = {}): AttendancePolicy {
  return { id: 'TEST', version: 1, effectiveFrom: '2025-09-01', bands, ...extra };
}

const top: PolicyBand = { band: 1, stage: 'TOP', label: 'Top', minAttendance: { percent: 90, inclusive: false }, actions: [] };
const bottom: PolicyBand = { band: 2, stage: 'BOTTOM', label: 'Bottom', maxAttendance: { percent: 90, inclusive: true }, actions: [] };

function codes(policy: AttendancePolicy): string[] {
  return validateAttendancePolicy(policy).errors.map((e) => e.code);
}

describe('validateAttendancePolicy', () => {
  it.each([
    ['Sefton default', SEFTON_DEFAULT_POLICY],
    ['Knowsley four levels', KNOWSLEY_POLICY],
    ['Northumberland 97 % good attendance', NORTHUMBERLAND_POLICY],
  ])('the shipped %s policy is valid', (_name, policy) => {
    expect(validateAttendancePolicy(policy)).toEqual({ valid: true, errors: [] });
  });

  it('accepts two bands that meet at 90 % with exactly one of them including it', () => {
    expect(validateAttendancePolicy(policyWith([top, bottom])).valid).toBe(true);
  });

  it('reports a gap when bands 91–100 and 0–90 leave 90–91 % uncovered', () => {
    const result = validateAttendancePolicy(policyWith([{ ...top, minAttendance: { percent: 91, inclusive: true } }, bottom]));
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'GAP_BETWEEN_BANDS', bands: [2, 1], message: expect.stringContaining('falls in no band') }),
    ]);
  });

  it('reports a gap at exactly 90 % when neither band includes it', () => {
    expect(codes(policyWith([top, { ...bottom, maxAttendance: { percent: 90, inclusive: false } }]))).toEqual(['GAP_BETWEEN_BANDS']);
  });

  it('reports an overlap when both bands include 90 %', () => {
    expect(codes(policyWith([{ ...top, minAttendance: { percent: 90, inclusive: true } }, bottom]))).toEqual(['OVERLAPPING_BANDS']);
  });

  it('reports an overlap when one band sits inside another', () => {
    const inner: PolicyBand = {
      band: 2,
      stage: 'INNER',
      label: 'Inner',
      minAttendance: { percent: 10, inclusive: true },
      maxAttendance: { percent: 20, inclusive: true },
      actions: [],
    };
    expect(codes(policyWith([{ ...top, minAttendance: undefined }, inner]))).toContain('OVERLAPPING_BANDS');
    expect(codes(policyWith([{ ...top, minAttendance: undefined }, inner]))).not.toContain('DOES_NOT_REACH_100');
  });

  it('reports bands that do not start at 0 % or do not reach 100 %', () => {
    const result = codes(
      policyWith([
        { ...top, maxAttendance: { percent: 100, inclusive: false } },
        { ...bottom, minAttendance: { percent: 0, inclusive: false } },
      ]),
    );
    expect(result).toEqual(['DOES_NOT_START_AT_0', 'DOES_NOT_REACH_100']);
  });

  it('reports a policy with no bands', () => {
    expect(codes(policyWith([]))).toEqual(['NO_BANDS']);
  });

  it('reports bands numbered the wrong way round (band 1 must be the best attendance)', () => {
    expect(codes(policyWith([{ ...top, band: 2 }, { ...bottom, band: 1 }]))).toEqual(['BANDS_OUT_OF_ORDER']);
  });

  it('reports a band number used twice', () => {
    expect(codes(policyWith([top, { ...bottom, band: 1 }]))).toEqual(['DUPLICATE_BAND_NUMBER']);
  });

  it('reports bounds outside 0–100 % and empty bands', () => {
    expect(codes(policyWith([{ ...top, maxAttendance: { percent: 120, inclusive: true } }, bottom]))).toContain('BOUND_OUT_OF_RANGE');
    const empty: PolicyBand = {
      band: 3,
      stage: 'EMPTY',
      label: 'Empty',
      minAttendance: { percent: 50, inclusive: true },
      maxAttendance: { percent: 50, inclusive: false },
      actions: [],
    };
    expect(codes(policyWith([top, bottom, empty]))).toContain('EMPTY_BAND');
  });

  it('reports duplicate action ids and actions with no text', () => {
    const result = codes(
      policyWith([
        { ...top, actions: [{ id: 'A', text: 'Call home', owner: 'SCHOOL' }] },
        { ...bottom, actions: [{ id: 'A', text: ' ', owner: 'LA' }] },
      ]),
    );
    expect(result).toEqual(['DUPLICATE_ACTION_ID', 'BLANK_ACTION_TEXT']);
  });

  it('reports a missing id, a bad version, a bad effective date and a good-attendance threshold over 100 %', () => {
    const result = codes(policyWith([top, bottom], { id: ' ', version: 0, effectiveFrom: '2025-02-30', goodAttendanceThreshold: 101 }));
    expect(result).toEqual(['MISSING_ID', 'INVALID_VERSION', 'INVALID_EFFECTIVE_FROM', 'GOOD_ATTENDANCE_THRESHOLD_OUT_OF_RANGE']);
  });
});

describe('validateAttendancePolicy on generated policies', () => {
  it('any set of cut points, each owned by exactly one side, gives a valid policy', () => {
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 6 }).map((xs) => [...xs].sort((a, b) => b - a));
    fc.assert(
      fc.property(cuts, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (points, upperOwns) => {
        const bands: PolicyBand[] = [];
        for (let i = 0; i <= points.length; i++) {
          const min = i < points.length ? { percent: points[i], inclusive: !upperOwns[i] } : undefined;
          const max = i > 0 ? { percent: points[i - 1], inclusive: upperOwns[i - 1] } : undefined;
          bands.push({ band: i + 1, stage: `B${i + 1}`, label: `Band ${i + 1}`, minAttendance: min, maxAttendance: max, actions: [] });
        }
        return validateAttendancePolicy(policyWith(bands)).valid;
      }),
    );
  });
});
