import fc from 'fast-check';
import { ulnCheckDigit, validateUln } from './validate-uln';

describe('validateUln', () => {
  it('accepts a ULN whose tenth digit is 10 minus the weighted remainder', () => {
    // 1×10 + 2×9 + 3×8 + 4×7 + 5×6 + 6×5 + 7×4 + 8×3 + 9×2 = 210; 210 mod 11 = 1; check digit 9
    expect(ulnCheckDigit('123456789')).toBe(9);
    expect(validateUln('1234567899')).toEqual({ allowed: true, detail: { uln: '1234567899' } });
    expect(validateUln(' 1000000000 ').allowed).toBe(true);
  });

  it('refuses a wrong check digit and says which one was expected', () => {
    expect(validateUln('1234567890')).toEqual({
      allowed: false,
      reason: 'ULN_WRONG_CHECK_DIGIT',
      detail: { uln: '1234567890', message: 'ULN invalid (wrong check digit at character 10)', expectedCheckDigit: 9 },
    });
  });

  it('refuses every ULN whose weighted sum leaves no remainder', () => {
    // 2×10 + 1×2 = 22, a multiple of 11
    expect(ulnCheckDigit('200000001')).toBeUndefined();
    for (let d = 0; d <= 9; d++) {
      const result = validateUln(`200000001${d}`);
      expect(result).toMatchObject({ allowed: false, reason: 'ULN_WRONG_CHECK_DIGIT' });
      expect(result.detail).not.toHaveProperty('expectedCheckDigit');
    }
  });

  it('refuses a missing ULN and one that is not 10 digits', () => {
    expect(validateUln('')).toMatchObject({ allowed: false, reason: 'ULN_MISSING' });
    expect(validateUln('123456789')).toMatchObject({ allowed: false, reason: 'ULN_NOT_10_DIGITS' });
    expect(validateUln('12345678A9')).toMatchObject({ allowed: false, reason: 'ULN_NOT_10_DIGITS' });
    expect(() => ulnCheckDigit('12345')).toThrow(RangeError);
  });

  it('accepts exactly one tenth digit for any first nine digits with a non-zero remainder', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (first9) => {
        const valid = [...'0123456789'].filter((d) => validateUln(first9 + d).allowed);
        const expected = ulnCheckDigit(first9);
        expect(valid).toEqual(expected === undefined ? [] : [String(expected)]);
      }),
    );
  });
});
