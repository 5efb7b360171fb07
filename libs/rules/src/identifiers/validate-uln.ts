import { allow, Decision, refuse } from '../core';

export type UlnInvalidReason = 'ULN_MISSING' | 'ULN_NOT_10_DIGITS' | 'ULN_WRONG_CHECK_DIGIT';

export const ULN_ERROR_MESSAGES: Readonly<Record<UlnInvalidReason, string>> = {
  ULN_MISSING: 'ULN is missing',
  ULN_NOT_10_DIGITS: 'ULN invalid (must be 10 digits)',
  ULN_WRONG_CHECK_DIGIT: 'ULN invalid (wrong check digit at character 10)',
};

// domain §15.1; DfE ULN validation guide: digits 1–9 × weights 10..2, r = sum mod 11, r = 0 invalid, check digit = 10 − r
export function ulnCheckDigit(first9: string): number | undefined {
  if (!/^\d{9}$/.test(first9)) throw new RangeError(`"${first9}" is not the first 9 digits of a ULN`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const r = sum % 11;
  return r === 0 ? undefined : 10 - r;
}

export interface UlnDetail {
  readonly uln: string;
  readonly message?: string;
  readonly expectedCheckDigit?: number;
}

// domain §15.1; DfE ULN validation guide: a Unique Learner Number is 10 digits with a check digit
export function validateUln(raw: string): Decision<UlnInvalidReason, UlnDetail> {
  const uln = raw.trim();
  const invalid = (reason: UlnInvalidReason, expectedCheckDigit?: number) =>
    refuse(reason, {
      uln,
      message: ULN_ERROR_MESSAGES[reason],
      ...(expectedCheckDigit === undefined ? {} : { expectedCheckDigit }),
    });
  if (uln === '') return invalid('ULN_MISSING');
  if (!/^\d{10}$/.test(uln)) return invalid('ULN_NOT_10_DIGITS');
  const expected = ulnCheckDigit(uln.slice(0, 9));
  if (expected === undefined || Number(uln[9]) !== expected) return invalid('ULN_WRONG_CHECK_DIGIT', expected);
  return allow({ uln });
}
