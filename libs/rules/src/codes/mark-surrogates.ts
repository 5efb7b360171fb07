import { AttendanceCode } from './attendance-code';

/** The 2024 codes that are more than one character long. */
export type MultiCharacterCode = 'C1' | 'C2' | 'J1' | 'Y1' | 'Y2' | 'Y3' | 'Y4' | 'Y5' | 'Y6' | 'Y7';

export const MULTI_CHARACTER_CODES: readonly MultiCharacterCode[] = [
  'C1', 'C2', 'J1', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7',
];

/** Single characters a system stores in place of multi-character codes. */
export type SurrogateMap = Readonly<Record<MultiCharacterCode, string>>;

// domain §1.2 and §16 item 6; Capita One 3.83 (S20): vendor surrogates, UNCONFIRMED as a DfE standard, so opt-in only
export const CAPITA_ONE_SURROGATES: SurrogateMap = {
  C1: '<',
  C2: '>',
  J1: '?',
  Y1: '$',
  Y2: 'a',
  Y3: '%',
  Y4: '`',
  Y5: ':',
  Y6: '|',
  Y7: '_',
};

/** The 2024 code a surrogate character stands for, or undefined. */
export function codeForSurrogate(surrogates: SurrogateMap, character: string): AttendanceCode | undefined {
  return MULTI_CHARACTER_CODES.find((code) => surrogates[code] === character);
}
