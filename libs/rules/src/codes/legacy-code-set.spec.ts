import fc from 'fast-check';
import {
  isLegacyAttendanceCode,
  LEGACY_ATTENDANCE_CODES,
  LEGACY_CODE_SET,
  legacyAttendanceCodeInfo,
  legacyCategoryOf,
} from './legacy-code-set';

const legacyIn = (category: string) => LEGACY_ATTENDANCE_CODES.filter((c) => legacyCategoryOf(c) === category);

describe('pre-2024 code set', () => {
  it('groups the old codes as the pre-2024 statistics did', () => {
    expect(legacyIn('PRESENT')).toEqual(['/', '\\', 'L']);
    expect(legacyIn('APPROVED_EDUCATIONAL_ACTIVITY')).toEqual(['B', 'D', 'J', 'P', 'V', 'W']);
    expect(legacyIn('AUTHORISED_ABSENCE')).toEqual(['C', 'E', 'F', 'H', 'I', 'M', 'R', 'S', 'T']);
    expect(legacyIn('UNAUTHORISED_ABSENCE')).toEqual(['G', 'N', 'O', 'U']);
    expect(legacyIn('NOT_POSSIBLE')).toEqual(['X', 'Y', 'Z', '#']);
  });

  it('lets an LA count historic dual-registration (D) sessions as not possible, as MIS do', () => {
    expect(legacyCategoryOf('D', { dualRegistrationCategory: 'NOT_POSSIBLE' })).toBe('NOT_POSSIBLE');
    expect(legacyCategoryOf('H', { dualRegistrationCategory: 'NOT_POSSIBLE' })).toBe('AUTHORISED_ABSENCE');
  });

  it('describes H as an agreed family holiday and has one entry per code', () => {
    expect(legacyAttendanceCodeInfo('H').meaning).toBe('Agreed family holiday');
    expect(LEGACY_CODE_SET.map((i) => i.code)).toEqual([...LEGACY_ATTENDANCE_CODES]);
  });

  it('recognises H, F, J and Y as old codes but not the new K, Q or C1', () => {
    for (const c of ['H', 'F', 'J', 'Y']) expect(isLegacyAttendanceCode(c)).toBe(true);
    for (const c of ['K', 'Q', 'C1', 'Y1']) expect(isLegacyAttendanceCode(c)).toBe(false);
  });

  it('recognises exactly the listed old codes for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2 }), (s) => {
        expect(isLegacyAttendanceCode(s)).toBe((LEGACY_ATTENDANCE_CODES as readonly string[]).includes(s));
      }),
    );
  });
});
