import { Refusal } from '@rollcall/api-core';
import { MIN_PASSWORD_LENGTH, checkPasswordPolicy } from './password-policy';

describe('checkPasswordPolicy', () => {
  it('accepts 12 characters and refuses 11 as WEAK_PASSWORD', () => {
    expect(() => checkPasswordPolicy('a'.repeat(MIN_PASSWORD_LENGTH))).not.toThrow();
    expect(() => checkPasswordPolicy('a'.repeat(MIN_PASSWORD_LENGTH - 1))).toThrow(
      expect.objectContaining({ code: 'WEAK_PASSWORD' }) as Refusal,
    );
  });

  it('counts characters, not bytes: 11 emoji are still too short', () => {
    expect(() => checkPasswordPolicy('🙂'.repeat(11))).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }) as Refusal);
  });
});
