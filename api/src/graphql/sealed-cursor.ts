import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from './errors';

/**
 * Cursors that carry state the server trusts (a statement page's running balance) travel sealed:
 * base64url(JSON) "." HMAC-SHA256(secret, binding + JSON). The binding names what the state is
 * valid for (the account, the range, the view), so a cursor of one account cannot be replayed on
 * another and no balance can be forged. The secret is `config.cursorSecret`.
 */
function mac(secret: string, binding: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(binding).update('\n').update(payload).digest();
}

export function sealCursor(secret: string, binding: string, value: unknown): string {
  const payload = JSON.stringify(value);
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, binding, payload).toString('base64url')}`;
}

/** The sealed value, or BAD_USER_INPUT INVALID_CURSOR on `field` for anything this server did not seal for `binding`. */
export function openCursor(secret: string, binding: string, cursor: string, field = 'after'): unknown {
  const [encoded, signature, extra] = cursor.split('.');
  if (encoded && signature && extra === undefined) {
    const payload = Buffer.from(encoded, 'base64url').toString('utf8');
    const given = Buffer.from(signature, 'base64url');
    const expected = mac(secret, binding, payload);
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      try {
        return JSON.parse(payload) as unknown;
      } catch {
        // fall through
      }
    }
  }
  throw badInput(field, 'INVALID_CURSOR', 'Not a cursor issued by this API');
}
