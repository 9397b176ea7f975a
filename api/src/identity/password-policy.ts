import { randomInt } from 'node:crypto';
import type { ErrorReason } from '../graphql/errors';

/** The manual's policy for a chosen password ("Politique de mot de passe"), in its order. */
export const PASSWORD_RULES: { reason: ErrorReason; test: (password: string) => boolean }[] = [
  { reason: 'PASSWORD_TOO_SHORT', test: (p) => [...p].length >= 8 },
  { reason: 'PASSWORD_NEEDS_DIGIT', test: (p) => /\p{Nd}/u.test(p) },
  { reason: 'PASSWORD_NEEDS_UPPERCASE', test: (p) => /\p{Lu}/u.test(p) },
  { reason: 'PASSWORD_NEEDS_LOWERCASE', test: (p) => /\p{Ll}/u.test(p) },
  { reason: 'PASSWORD_NEEDS_SPECIAL', test: (p) => /[^\p{L}\p{Nd}]/u.test(p) },
];

/** The first rule the password breaks, or null when it satisfies them all. */
export function firstBrokenRule(password: string): ErrorReason | null {
  return PASSWORD_RULES.find((rule) => !rule.test(password))?.reason ?? null;
}

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SPECIAL = '+-*!?#@%';

/** A random temporary password that satisfies the policy (ambiguous characters left out). */
export function generateTemporaryPassword(length = 10): string {
  const all = LOWER + UPPER + DIGITS + SPECIAL;
  const pick = (set: string) => set[randomInt(set.length)];
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SPECIAL)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
