import fc from 'fast-check';
import { ATTENDANCE_CODES, isAttendanceCode } from './attendance-code';

describe('isAttendanceCode', () => {
  it('recognises all 34 codes of the 2024 set, including the multi-character codes', () => {
    expect(ATTENDANCE_CODES).toHaveLength(34);
    for (const code of ['/', '\\', 'L', 'C1', 'C2', 'J1', 'Y1', 'Y7', 'Q', 'K', '#']) {
      expect(isAttendanceCode(code)).toBe(true);
    }
  });

  it('rejects codes removed in 2024 (H, F, J, Y) and lower-case or padded input', () => {
    for (const s of ['H', 'F', 'J', 'Y', 'Y8', 'c1', ' /', '', 'A']) {
      expect(isAttendanceCode(s)).toBe(false);
    }
  });

  it('has no duplicate codes', () => {
    expect(new Set(ATTENDANCE_CODES).size).toBe(ATTENDANCE_CODES.length);
  });

  it('accepts exactly the listed codes for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), (s) => {
        expect(isAttendanceCode(s)).toBe((ATTENDANCE_CODES as readonly string[]).includes(s));
      }),
    );
  });
});
