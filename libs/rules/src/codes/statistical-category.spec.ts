import fc from 'fast-check';
import { ATTENDANCE_CODES } from './attendance-code';
import {
  categoryOf,
  isAttendance,
  isAuthorisedAbsence,
  isPossibleSession,
  isUnauthorisedAbsence,
  UNAUTHORISED_CODES,
} from './statistical-category';

const codesIn = (category: string) => ATTENDANCE_CODES.filter((c) => categoryOf(c) === category);

describe('categoryOf', () => {
  it('groups the 2024 codes as the regulations and DfE statistics do', () => {
    expect(codesIn('PRESENT')).toEqual(['/', '\\', 'L']);
    expect(codesIn('APPROVED_EDUCATIONAL_ACTIVITY')).toEqual(['K', 'V', 'P', 'W', 'B']);
    expect(codesIn('AUTHORISED_ABSENCE').sort()).toEqual(['C', 'C1', 'C2', 'E', 'I', 'J1', 'M', 'R', 'S', 'T'].sort());
    expect(codesIn('UNAUTHORISED_ABSENCE')).toEqual(['G', 'N', 'O', 'U']);
    expect(codesIn('NOT_POSSIBLE').sort()).toEqual(
      ['D', 'X', 'Q', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Z', '#'].sort(),
    );
  });

  it('counts J1 (interview) as authorised absence, not as approved educational activity as old J was', () => {
    expect(categoryOf('J1')).toBe('AUTHORISED_ABSENCE');
  });

  it('treats a late arrival before the register closes (L) as present and after it closes (U) as unauthorised', () => {
    expect(categoryOf('L')).toBe('PRESENT');
    expect(categoryOf('U')).toBe('UNAUTHORISED_ABSENCE');
  });
});

describe('isPossibleSession and isAttendance', () => {
  it('excludes D, X, Q, Y1–Y7, Z and # from possible sessions', () => {
    for (const code of ['D', 'X', 'Q', 'Y1', 'Y4', 'Y7', 'Z', '#'] as const) expect(isPossibleSession(code)).toBe(false);
    for (const code of ['/', 'K', 'I', 'G', 'C2'] as const) expect(isPossibleSession(code)).toBe(true);
  });

  it('counts present and approved educational activity as attendance, absence as not', () => {
    expect(isAttendance('/')).toBe(true);
    expect(isAttendance('V')).toBe(true);
    expect(isAttendance('I')).toBe(false);
    expect(isAttendance('N')).toBe(false);
    expect(isAttendance('#')).toBe(false);
  });

  it('lists G, N, O and U as the unauthorised codes', () => {
    expect(UNAUTHORISED_CODES).toEqual(['G', 'N', 'O', 'U']);
    expect(UNAUTHORISED_CODES.every(isUnauthorisedAbsence)).toBe(true);
  });

  it('puts every code in exactly one of attendance, authorised, unauthorised or not possible', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ATTENDANCE_CODES), (code) => {
        const flags = [isAttendance(code), isAuthorisedAbsence(code), isUnauthorisedAbsence(code), !isPossibleSession(code)];
        expect(flags.filter(Boolean)).toHaveLength(1);
      }),
    );
  });
});
