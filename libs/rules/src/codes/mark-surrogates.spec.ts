import { CAPITA_ONE_SURROGATES, codeForSurrogate, MULTI_CHARACTER_CODES } from './mark-surrogates';
import { isAttendanceCode } from './attendance-code';

describe('CAPITA_ONE_SURROGATES', () => {
  it('stores C1 as "<", J1 as "?" and Y2 as lower-case "a"', () => {
    expect(codeForSurrogate(CAPITA_ONE_SURROGATES, '<')).toBe('C1');
    expect(codeForSurrogate(CAPITA_ONE_SURROGATES, '?')).toBe('J1');
    expect(codeForSurrogate(CAPITA_ONE_SURROGATES, 'a')).toBe('Y2');
    expect(codeForSurrogate(CAPITA_ONE_SURROGATES, 'A')).toBeUndefined();
  });

  it('uses ten distinct single characters, none of which is itself a code', () => {
    const chars = MULTI_CHARACTER_CODES.map((c) => CAPITA_ONE_SURROGATES[c]);
    expect(new Set(chars).size).toBe(10);
    for (const ch of chars) {
      expect(ch).toHaveLength(1);
      expect(isAttendanceCode(ch)).toBe(false);
    }
  });
});
