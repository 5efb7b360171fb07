/** The 23 letters a UPN may use (never I, O or S); a letter's index is its check value (A = 0 … Z = 22). */
export const UPN_CHECK_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const UPN_BODY = /^\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/;

/** The check value of one character in positions 2–13: a digit's own value, a letter's index in the alphabet. */
function checkValue(character: string): number {
  return /\d/.test(character) ? Number(character) : UPN_CHECK_ALPHABET.indexOf(character);
}

// domain §15.1; CBDS UPN check letter (python-stdnum gb.upn): chars 2–13 weighted 2..13, summed, mod 23, mapped to the alphabet
export function upnCheckLetter(body12: string): string {
  const body = body12.trim().toUpperCase();
  if (!UPN_BODY.test(body)) {
    throw new RangeError(
      `"${body12}" is not a UPN body: it must be 11 digits followed by a digit or a letter other than I, O or S`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i + 2) * checkValue(body[i]);
  return UPN_CHECK_ALPHABET[sum % 23];
}
