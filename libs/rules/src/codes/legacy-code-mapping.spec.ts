import { isAttendanceCode } from './attendance-code';
import { LEGACY_TO_2024_CODE_MAPPING, mapLegacyCode } from './legacy-code-mapping';
import { LEGACY_ATTENDANCE_CODES } from './legacy-code-set';

describe('mapLegacyCode', () => {
  it('maps J to J1 and notes that J1 is now authorised absence', () => {
    expect(mapLegacyCode('J')).toMatchObject({ to: 'J1', needsReview: false });
    expect(mapLegacyCode('J').note).toMatch(/authorised absence/);
  });

  it('maps Y to Y7 by default and flags it for review', () => {
    expect(mapLegacyCode('Y')).toMatchObject({ to: 'Y7', needsReview: true });
  });

  it('shows an agreed holiday (H) and extended holiday (F) as C, flagged for review', () => {
    expect(mapLegacyCode('H')).toMatchObject({ to: 'C', needsReview: true });
    expect(mapLegacyCode('F')).toMatchObject({ to: 'C', needsReview: true });
  });

  it('keeps unchanged codes without review', () => {
    expect(mapLegacyCode('I')).toMatchObject({ to: 'I', needsReview: false });
    expect(mapLegacyCode('G')).toMatchObject({ to: 'G', needsReview: false });
  });

  it('maps every old code to a valid 2024 code, with a note', () => {
    expect(LEGACY_TO_2024_CODE_MAPPING.map((m) => m.from)).toEqual([...LEGACY_ATTENDANCE_CODES]);
    for (const m of LEGACY_TO_2024_CODE_MAPPING) {
      expect(isAttendanceCode(m.to)).toBe(true);
      expect(m.note.length).toBeGreaterThan(0);
    }
  });
});
