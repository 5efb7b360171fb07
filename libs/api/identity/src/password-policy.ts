import { Refusal } from '@rollcall/api-core';

/** NCSC password guidance: length over composition rules; 12 characters at least. */
export const MIN_PASSWORD_LENGTH = 12;
/** Hashing is deliberately slow, so a huge "password" is refused rather than hashed. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Refuses a password that does not meet the policy; counts characters, not bytes. */
export function checkPasswordPolicy(password: string): void {
  const length = typeof password === 'string' ? [...password].length : 0;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new Refusal('WEAK_PASSWORD', `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters; a few random words work well.`, {
      field: 'password',
      minLength: MIN_PASSWORD_LENGTH,
      length,
    });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new Refusal('PASSWORD_TOO_LONG', `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`, {
      field: 'password',
      maxLength: MAX_PASSWORD_LENGTH,
      length,
    });
  }
}
