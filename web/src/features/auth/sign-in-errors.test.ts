import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { minutesToWait, signInErrorOf } from './sign-in-errors';

const failure = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'failed', extensions }] });

describe('signInErrorOf', () => {
  it('puts wrong credentials on the password field without saying which one was wrong', () => {
    expect(signInErrorOf(failure({ code: 'BAD_USER_INPUT', field: 'password', reason: 'INVALID_CREDENTIALS' }))).toEqual({
      kind: 'field',
      field: 'password',
      messageId: 'errors.INVALID_CREDENTIALS',
    });
  });

  it('puts a disabled access on the identifier field', () => {
    expect(signInErrorOf(failure({ code: 'BAD_USER_INPUT', field: 'identifier', reason: 'ACCESS_DISABLED' }))).toMatchObject({
      field: 'identifier',
      messageId: 'errors.ACCESS_DISABLED',
    });
  });

  it('turns a lockout into a wait', () => {
    expect(signInErrorOf(failure({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 }))).toEqual({ kind: 'locked', retryAfterSeconds: 900 });
    expect(minutesToWait(900)).toBe(15);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(5)).toBe(1);
  });

  it('tells a network failure from an unexpected answer', () => {
    expect(signInErrorOf(new TypeError('Failed to fetch'))).toEqual({ kind: 'form', messageId: 'app.error.network' });
    expect(signInErrorOf(failure({ code: 'INTERNAL_SERVER_ERROR' }))).toEqual({ kind: 'form', messageId: 'app.error.unexpected' });
  });
});
