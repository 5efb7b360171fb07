import { isRecognisedLaCode } from './la-codes';
import { UPN_CHECK_ALPHABET, upnCheckLetter } from './upn-check-letter';

export type UpnInvalidReason =
  | 'UPN_MISSING'
  | 'UPN_WRONG_LENGTH'
  | 'UPN_WRONG_CHECK_LETTER'
  | 'UPN_UNKNOWN_LA_CODE'
  | 'UPN_CHARACTERS_5_TO_12_NOT_NUMERIC'
  | 'UPN_CHARACTER_13_NOT_RECOGNISED';

// domain §15.1; CBDS / CIN census rules 1510–1550: the DfE error texts, word for word
export const UPN_ERROR_MESSAGES: Readonly<Record<UpnInvalidReason, string>> = {
  UPN_MISSING: 'UPN is missing',
  UPN_WRONG_LENGTH: 'UPN invalid (not 13 characters long)',
  UPN_WRONG_CHECK_LETTER: 'UPN invalid (wrong check letter at character 1)',
  UPN_UNKNOWN_LA_CODE: 'UPN invalid (characters 2-4 not a recognised LA code)',
  UPN_CHARACTERS_5_TO_12_NOT_NUMERIC: 'UPN invalid (characters 5-12 not all numeric)',
  UPN_CHARACTER_13_NOT_RECOGNISED: 'UPN invalid (character 13 not a recognised value)',
};

export interface UpnProblem {
  readonly reason: UpnInvalidReason;
  readonly message: string;
}

export interface ValidUpnDetail {
  /** The UPN as it should be stored: trimmed and upper-case. */
  readonly upn: string;
  readonly laCode: string;
  /** True for a temporary UPN (character 13 is a letter). */
  readonly temporary: boolean;
}

export interface InvalidUpnDetail {
  readonly upn: string;
  /** The message for `reason`, the first problem found. */
  readonly message: string;
  /** Every problem found, in DfE rule order, so a person can fix them all at once. */
  readonly problems: readonly UpnProblem[];
  /** The check letter characters 2–13 call for, when they are well formed. */
  readonly expectedCheckLetter?: string;
}

/** A `Decision` (core) whose detail is always present and typed by outcome. */
export type UpnValidation =
  | { readonly allowed: true; readonly detail: ValidUpnDetail }
  | { readonly allowed: false; readonly reason: UpnInvalidReason; readonly detail: InvalidUpnDetail };

/** Trimmed and upper-cased, as UPNs are compared and stored. */
export function normaliseUpn(raw: string): string {
  return raw.trim().toUpperCase();
}

function problem(reason: UpnInvalidReason): UpnProblem {
  return { reason, message: UPN_ERROR_MESSAGES[reason] };
}

// domain §15.1; DfE UPN guidance and CBDS rules 1510 (check letter), 1530 (LA code), 1540 (chars 5–12), 1550 (char 13)
export function validateUpn(raw: string): UpnValidation {
  const upn = normaliseUpn(raw);
  const invalid = (problems: UpnProblem[], expectedCheckLetter?: string): UpnValidation => ({
    allowed: false,
    reason: problems[0].reason,
    detail: {
      upn,
      message: problems[0].message,
      problems,
      ...(expectedCheckLetter === undefined ? {} : { expectedCheckLetter }),
    },
  });

  if (upn === '') return invalid([problem('UPN_MISSING')]);
  if (upn.length !== 13) return invalid([problem('UPN_WRONG_LENGTH')]);

  const laCode = upn.slice(1, 4);
  const last = upn[12];
  const laOk = isRecognisedLaCode(laCode);
  const middleOk = /^\d{8}$/.test(upn.slice(4, 12));
  const lastOk = /\d/.test(last) || UPN_CHECK_ALPHABET.includes(last);
  const bodyWellFormed = /^\d{3}$/.test(laCode) && middleOk && lastOk;
  const expected = bodyWellFormed ? upnCheckLetter(upn.slice(1)) : undefined;

  const problems: UpnProblem[] = [];
  if (!UPN_CHECK_ALPHABET.includes(upn[0]) || (expected !== undefined && upn[0] !== expected)) {
    problems.push(problem('UPN_WRONG_CHECK_LETTER'));
  }
  if (!laOk) problems.push(problem('UPN_UNKNOWN_LA_CODE'));
  if (!middleOk) problems.push(problem('UPN_CHARACTERS_5_TO_12_NOT_NUMERIC'));
  if (!lastOk) problems.push(problem('UPN_CHARACTER_13_NOT_RECOGNISED'));

  if (problems.length > 0) return invalid(problems, expected);
  return { allowed: true, detail: { upn, laCode, temporary: !/\d/.test(last) } };
}

// domain §15.1: true for a valid temporary UPN (character 13 a letter)
export function isTemporaryUpn(raw: string): boolean {
  const result = validateUpn(raw);
  return result.allowed && result.detail.temporary;
}

// domain §15.1: true when the UPN passes every DfE check
export function isValidUpn(raw: string): boolean {
  return validateUpn(raw).allowed;
}
