import fc from 'fast-check';
import { ATTENDANCE_CODES } from './attendance-code';
import { CAPITA_ONE_SURROGATES, MULTI_CHARACTER_CODES } from './mark-surrogates';
import { splitLegacyMarkString, splitMarkString } from './split-mark-string';

describe('splitMarkString', () => {
  it('turns a CTF mark string into one code per session', () => {
    expect(splitMarkString('/\\/\\IIGN')).toEqual({ ok: true, codes: ['/', '\\', '/', '\\', 'I', 'I', 'G', 'N'] });
  });

  it('reads Capita One surrogates for multi-character codes when enabled', () => {
    expect(splitMarkString('/<?_', { surrogates: CAPITA_ONE_SURROGATES })).toEqual({
      ok: true,
      codes: ['/', 'C1', 'J1', 'Y7'],
    });
  });

  it('reports each unreadable session with its position', () => {
    const result = splitMarkString('/H<');
    expect(result.ok).toBe(false);
    expect(result.codes).toEqual(['/', null, null]);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.position, e.character, e.reason])).toEqual([
        [1, 'H', 'UNKNOWN_CODE'],
        [2, '<', 'UNKNOWN_CODE'],
      ]);
      expect(result.errors[0].message).toMatch(/^Session 2: Code "H"/);
    }
  });

  it('treats configured no-mark characters as sessions without a mark', () => {
    expect(splitMarkString('/-\\', { noMarkCharacters: ['-'] })).toEqual({ ok: true, codes: ['/', null, '\\'] });
  });

  it('treats a space as an error unless it is configured as no mark', () => {
    expect(splitMarkString('/ ').ok).toBe(false);
    expect(splitMarkString('/ ', { noMarkCharacters: [' '] }).ok).toBe(true);
  });

  it('gives back the codes it was given, surrogates included', () => {
    const singles = ATTENDANCE_CODES.filter((c) => c.length === 1);
    const anyCode = fc.constantFrom(...singles, ...MULTI_CHARACTER_CODES);
    fc.assert(
      fc.property(fc.array(anyCode, { maxLength: 40 }), (codes) => {
        const marks = codes
          .map((c) => (c.length === 1 ? c : CAPITA_ONE_SURROGATES[c as (typeof MULTI_CHARACTER_CODES)[number]]))
          .join('');
        expect(splitMarkString(marks, { surrogates: CAPITA_ONE_SURROGATES })).toEqual({ ok: true, codes });
      }),
    );
  });
});

describe('splitLegacyMarkString', () => {
  it('reads a pre-2024 mark string with H and J', () => {
    expect(splitLegacyMarkString('/\\HJ')).toEqual({ ok: true, codes: ['/', '\\', 'H', 'J'] });
  });

  it('reports new 2024 codes and unknown characters in an old string', () => {
    const result = splitLegacyMarkString('/K-', { noMarkCharacters: ['-'] });
    expect(result.codes).toEqual(['/', null, null]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ position: 1, character: 'K', reason: 'UNKNOWN_CODE' });
  });
});
