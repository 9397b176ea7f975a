/**
 * The manual's "Politique de mot de passe", in its order, with the API's reasons
 * (api/src/identity/password-policy.ts): the checklist ticks what the server will accept.
 */
export type PasswordRule = 'PASSWORD_TOO_SHORT' | 'PASSWORD_NEEDS_DIGIT' | 'PASSWORD_NEEDS_UPPERCASE' | 'PASSWORD_NEEDS_LOWERCASE' | 'PASSWORD_NEEDS_SPECIAL';

export const PASSWORD_RULES: readonly { rule: PasswordRule; isMet: (password: string) => boolean }[] = [
  // Counted in code points, as the server does: "é" or an emoji is one character.
  { rule: 'PASSWORD_TOO_SHORT', isMet: (p) => [...p].length >= 8 },
  { rule: 'PASSWORD_NEEDS_DIGIT', isMet: (p) => /\p{Nd}/u.test(p) },
  { rule: 'PASSWORD_NEEDS_UPPERCASE', isMet: (p) => /\p{Lu}/u.test(p) },
  { rule: 'PASSWORD_NEEDS_LOWERCASE', isMet: (p) => /\p{Ll}/u.test(p) },
  { rule: 'PASSWORD_NEEDS_SPECIAL', isMet: (p) => /[^\p{L}\p{Nd}]/u.test(p) },
];

/** The first rule the password breaks, or null when the policy is satisfied. */
export function firstBrokenRule(password: string): PasswordRule | null {
  return PASSWORD_RULES.find((entry) => !entry.isMet(password))?.rule ?? null;
}

export type NewPasswordErrors = { newPassword?: string; confirmation?: string };

/** Client-side check before sending: message ids per field, the server checks again. */
export function validateNewPassword(password: string, confirmation: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  const broken = firstBrokenRule(password);
  if (password === '') errors.newPassword = 'auth.password.error.newRequired';
  else if (broken) errors.newPassword = `errors.${broken}`;
  if (confirmation === '') errors.confirmation = 'auth.password.error.confirmationRequired';
  else if (confirmation !== password) errors.confirmation = 'auth.password.error.mismatch';
  return errors;
}
