import { describe, expect, it } from 'vitest';
import { firstBrokenRule, PASSWORD_RULES, validateNewPassword } from './password-policy';

describe('password policy', () => {
  it('lists the manual five rules in its order', () => {
    expect(PASSWORD_RULES.map((entry) => entry.rule)).toEqual([
      'PASSWORD_TOO_SHORT',
      'PASSWORD_NEEDS_DIGIT',
      'PASSWORD_NEEDS_UPPERCASE',
      'PASSWORD_NEEDS_LOWERCASE',
      'PASSWORD_NEEDS_SPECIAL',
    ]);
  });

  it('reports the first broken rule, as the API does', () => {
    expect(firstBrokenRule('Ab1-')).toBe('PASSWORD_TOO_SHORT');
    expect(firstBrokenRule('abcdefgh')).toBe('PASSWORD_NEEDS_DIGIT');
    expect(firstBrokenRule('abcdefg1')).toBe('PASSWORD_NEEDS_UPPERCASE');
    expect(firstBrokenRule('ABCDEFG1')).toBe('PASSWORD_NEEDS_LOWERCASE');
    expect(firstBrokenRule('Abcdefg1')).toBe('PASSWORD_NEEDS_SPECIAL');
    expect(firstBrokenRule('Demo-Palier-1')).toBeNull();
  });

  it('counts accented letters as letters and characters, not bytes', () => {
    expect(firstBrokenRule('Élégant1!')).toBeNull();
    expect(firstBrokenRule('Éé1!aaa')).toBe('PASSWORD_TOO_SHORT');
  });

  it('checks the confirmation before sending', () => {
    expect(validateNewPassword('', '')).toEqual({ newPassword: 'auth.password.error.newRequired', confirmation: 'auth.password.error.confirmationRequired' });
    expect(validateNewPassword('abcdefgh', 'abcdefgh')).toEqual({ newPassword: 'errors.PASSWORD_NEEDS_DIGIT' });
    expect(validateNewPassword('Demo-Palier-2', 'Demo-Palier-3')).toEqual({ confirmation: 'auth.password.error.mismatch' });
    expect(validateNewPassword('Demo-Palier-2', 'Demo-Palier-2')).toEqual({});
  });
});
