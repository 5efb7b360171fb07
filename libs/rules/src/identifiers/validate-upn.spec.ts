import fc from 'fast-check';
import { LA_CODES } from './la-codes';
import { UPN_CHECK_ALPHABET, upnCheckLetter } from './upn-check-letter';
import { isTemporaryUpn, isValidUpn, normaliseUpn, validateUpn } from './validate-upn';

const DIGITS = '0123456789';

/** Any valid UPN: a recognised LA code, 8 digits, a digit or letter, and the computed check letter. */
const validUpn = fc
  .tuple(
    fc.constantFrom(...LA_CODES.map((la) => la.code)),
    fc.stringMatching(/^\d{8}$/),
    fc.constantFrom(...DIGITS, ...UPN_CHECK_ALPHABET),
  )
  .map(([la, middle, last]) => {
    const body = la + middle + last;
    return upnCheckLetter(body) + body;
  });

function allowedAt(position: number): string {
  if (position === 0) return UPN_CHECK_ALPHABET;
  if (position === 12) return DIGITS + UPN_CHECK_ALPHABET;
  return DIGITS;
}

/** A digit and the letter with the same check value (0↔A … 9↔K) weigh the same in position 13. */
function sameCheckValue(a: string, b: string): boolean {
  const value = (ch: string) => (DIGITS.includes(ch) ? Number(ch) : UPN_CHECK_ALPHABET.indexOf(ch));
  return value(a) === value(b);
}

describe('validateUpn', () => {
  it('accepts the DfE worked examples', () => {
    expect(validateUpn('H801200001001')).toEqual({
      allowed: true,
      detail: { upn: 'H801200001001', laCode: '801', temporary: false },
    });
    expect(validateUpn('B801200005001').allowed).toBe(true);
  });

  it('accepts the temporary UPN G80120000101A and marks it temporary', () => {
    expect(validateUpn('G80120000101A')).toMatchObject({ allowed: true, detail: { temporary: true } });
    expect(isTemporaryUpn('G80120000101A')).toBe(true);
    expect(isTemporaryUpn('H801200001001')).toBe(false);
    expect(isTemporaryUpn('A80120000101A')).toBe(false);
  });

  it('refuses A801200005001 with the DfE check-letter message and says which letter was expected', () => {
    expect(validateUpn('A801200005001')).toEqual({
      allowed: false,
      reason: 'UPN_WRONG_CHECK_LETTER',
      detail: {
        upn: 'A801200005001',
        message: 'UPN invalid (wrong check letter at character 1)',
        problems: [{ reason: 'UPN_WRONG_CHECK_LETTER', message: 'UPN invalid (wrong check letter at character 1)' }],
        expectedCheckLetter: 'B',
      },
    });
  });

  it('refuses an unrecognised LA code in characters 2-4', () => {
    const result = validateUpn('R900400001001');
    expect(result).toMatchObject({ allowed: false, reason: 'UPN_UNKNOWN_LA_CODE' });
    if (!result.allowed) expect(result.detail.message).toBe('UPN invalid (characters 2-4 not a recognised LA code)');
  });

  it('refuses a letter in characters 5-12', () => {
    const result = validateUpn('H813E00000121');
    expect(result).toMatchObject({ allowed: false, reason: 'UPN_CHARACTERS_5_TO_12_NOT_NUMERIC' });
    if (!result.allowed) {
      expect(result.detail.message).toBe('UPN invalid (characters 5-12 not all numeric)');
      expect(result.detail.expectedCheckLetter).toBeUndefined();
    }
  });

  it('refuses I, O or S in character 13', () => {
    const result = validateUpn('H80120000100S');
    expect(result).toMatchObject({ allowed: false, reason: 'UPN_CHARACTER_13_NOT_RECOGNISED' });
    if (!result.allowed) expect(result.detail.message).toBe('UPN invalid (character 13 not a recognised value)');
  });

  it('refuses I, O or S, or a digit, as the check letter', () => {
    expect(validateUpn('I801200001001')).toMatchObject({ allowed: false, reason: 'UPN_WRONG_CHECK_LETTER' });
    expect(validateUpn('1801200001001')).toMatchObject({ allowed: false, reason: 'UPN_WRONG_CHECK_LETTER' });
  });

  it('lists every problem so they can be fixed together', () => {
    const result = validateUpn('A900E0000100S');
    expect(result.allowed).toBe(false);
    if (!result.allowed) {
      expect(result.detail.problems.map((p) => p.reason)).toEqual([
        'UPN_UNKNOWN_LA_CODE',
        'UPN_CHARACTERS_5_TO_12_NOT_NUMERIC',
        'UPN_CHARACTER_13_NOT_RECOGNISED',
      ]);
      expect(result.reason).toBe('UPN_UNKNOWN_LA_CODE');
    }
  });

  it('refuses a missing UPN and one of the wrong length', () => {
    expect(validateUpn('  ')).toMatchObject({ allowed: false, reason: 'UPN_MISSING', detail: { message: 'UPN is missing' } });
    expect(validateUpn('BADCODE')).toMatchObject({
      allowed: false,
      reason: 'UPN_WRONG_LENGTH',
      detail: { message: 'UPN invalid (not 13 characters long)' },
    });
    expect(validateUpn('H8012000010010').allowed).toBe(false);
  });

  it('trims and upper-cases before checking', () => {
    expect(normaliseUpn('  g80120000101a ')).toBe('G80120000101A');
    expect(validateUpn('  g80120000101a ')).toMatchObject({ allowed: true, detail: { upn: 'G80120000101A' } });
  });

  it('accepts every UPN built with a computed check letter', () => {
    fc.assert(fc.property(validUpn, (upn) => expect(isValidUpn(upn)).toBe(true)));
  });

  it('accepts lower-case and padded versions of any valid UPN', () => {
    fc.assert(
      fc.property(validUpn, fc.constantFrom('', ' ', '\t', '  '), fc.constantFrom('', ' ', '\n'), (upn, before, after) => {
        expect(isValidUpn(before + upn.toLowerCase() + after)).toBe(true);
      }),
    );
  });

  it('refuses a valid UPN with any one character changed to another allowed character', () => {
    fc.assert(
      fc.property(validUpn, fc.integer({ min: 0, max: 12 }), fc.nat(), (upn, position, pick) => {
        const choices = [...allowedAt(position)].filter(
          (ch) => ch !== upn[position] && !(position === 12 && sameCheckValue(ch, upn[12])),
        );
        const replacement = choices[pick % choices.length];
        const corrupted = upn.slice(0, position) + replacement + upn.slice(position + 1);
        expect(isValidUpn(corrupted)).toBe(false);
      }),
    );
  });

  it('cannot tell a final digit from the letter with the same check value (0↔A … 9↔K), as in the DfE algorithm', () => {
    expect(isValidUpn('G801200001010')).toBe(true);
    expect(isValidUpn('G80120000101A')).toBe(true);
  });
});
