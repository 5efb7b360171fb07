import fc from 'fast-check';
import { ATTENDANCE_CODES } from './attendance-code';
import { CAPITA_ONE_SURROGATES, MULTI_CHARACTER_CODES } from './mark-surrogates';
import { parseAttendanceCode } from './parse-attendance-code';

describe('parseAttendanceCode', () => {
  it('reads a code with surrounding spaces and lower-case letters', () => {
    expect(parseAttendanceCode(' c1 ')).toEqual({ ok: true, codeSet: 'CODE_SET_2024', code: 'C1', fromSurrogate: false });
    expect(parseAttendanceCode('y7')).toMatchObject({ ok: true, code: 'Y7' });
    expect(parseAttendanceCode('\\')).toMatchObject({ ok: true, code: '\\' });
  });

  it('explains that H is not a 2024 code and what it used to mean', () => {
    const result = parseAttendanceCode('H');
    expect(result).toMatchObject({ ok: false, reason: 'UNKNOWN_CODE', raw: 'H' });
    if (!result.ok) {
      expect(result.message).toMatch(/^Code "H" is not a 2024 attendance code/);
      expect(result.message).toMatch(/Agreed family holiday/);
    }
  });

  it('refuses an empty code', () => {
    expect(parseAttendanceCode('   ')).toMatchObject({ ok: false, reason: 'EMPTY_CODE' });
  });

  it('refuses an unknown code with a message naming it', () => {
    const result = parseAttendanceCode('Y8');
    expect(result).toEqual({ ok: false, reason: 'UNKNOWN_CODE', raw: 'Y8', message: 'Code "Y8" is not a 2024 attendance code.' });
  });

  it('does not accept Capita One surrogates unless asked, but says what it looks like', () => {
    const result = parseAttendanceCode('<');
    expect(result).toMatchObject({ ok: false, reason: 'UNKNOWN_CODE' });
    if (!result.ok) expect(result.message).toMatch(/Capita One .* for C1/);
  });

  it('accepts Capita One surrogates when asked', () => {
    expect(parseAttendanceCode('<', { surrogates: CAPITA_ONE_SURROGATES })).toEqual({
      ok: true,
      codeSet: 'CODE_SET_2024',
      code: 'C1',
      fromSurrogate: true,
    });
    expect(parseAttendanceCode('a', { surrogates: CAPITA_ONE_SURROGATES })).toMatchObject({ code: 'Y2' });
    expect(parseAttendanceCode('L', { surrogates: CAPITA_ONE_SURROGATES })).toMatchObject({ code: 'L', fromSurrogate: false });
  });

  it('reads a session before 19 August 2024 with the old code set and its 2024 mapping', () => {
    const result = parseAttendanceCode('h', { on: '2023-10-02' });
    expect(result).toMatchObject({ ok: true, codeSet: 'CODE_SET_PRE_2024', code: 'H', mapping: { to: 'C', needsReview: true } });
  });

  it('refuses a 2024-only code on a date before the 2024 set applied', () => {
    const result = parseAttendanceCode('K', { on: '2024-08-18' });
    expect(result).toMatchObject({ ok: false, reason: 'CODE_NOT_IN_FORCE_ON_DATE' });
    if (!result.ok) expect(result.message).toMatch(/introduced on 2024-08-19/);
    expect(parseAttendanceCode('K', { on: '2024-08-19' })).toMatchObject({ ok: true, code: 'K' });
  });

  it('refuses a code that was never used before 2024', () => {
    expect(parseAttendanceCode('A', { on: '2022-01-10' })).toMatchObject({ ok: false, reason: 'UNKNOWN_CODE' });
  });

  it('reads every 2024 code back as itself, whatever case and padding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ATTENDANCE_CODES),
        fc.constantFrom('', ' ', '\t'),
        fc.boolean(),
        (code, pad, lower) => {
          const raw = pad + (lower ? code.toLowerCase() : code) + pad;
          expect(parseAttendanceCode(raw)).toMatchObject({ ok: true, code });
        },
      ),
    );
  });

  it('reads every Capita One surrogate as its multi-character code when enabled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MULTI_CHARACTER_CODES), (code) => {
        expect(parseAttendanceCode(CAPITA_ONE_SURROGATES[code], { surrogates: CAPITA_ONE_SURROGATES })).toMatchObject({
          ok: true,
          code,
        });
      }),
    );
  });
});
