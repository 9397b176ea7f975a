import { describe, expect, it } from 'vitest';
import type { ApiErrorReason } from '../api-errors.generated';
import { MESSAGE_FILES, MESSAGES } from './messages';

const camel = (folder: string) => folder.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

describe('message catalogs', () => {
  it('gives every French message an English twin, and no English message without a French source', () => {
    const french = Object.keys(MESSAGES.fr).sort();
    const english = Object.keys(MESSAGES.en).sort();
    expect(english.filter((key) => !MESSAGES.fr[key])).toEqual([]);
    expect(french.filter((key) => !MESSAGES.en[key])).toEqual([]);
  });

  it('defines each key in one file only', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [path, catalog] of Object.entries(MESSAGE_FILES)) {
      const locale = path.slice(-7);
      for (const key of Object.keys(catalog)) {
        const id = `${locale}:${key}`;
        if (seen.has(id)) duplicates.push(`${key} in ${path} and ${seen.get(id)}`);
        seen.set(id, path);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('names keys feature.screen.element, each feature inside its own prefix', () => {
    for (const [path, catalog] of Object.entries(MESSAGE_FILES)) {
      const feature = /features\/([^/]+)\//.exec(path)?.[1];
      const prefixes = feature ? [`${camel(feature)}.`] : ['app.', 'errors.'];
      for (const key of Object.keys(catalog)) {
        expect(key, path).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+){1,}$/);
        expect(
          prefixes.some((prefix) => key.startsWith(prefix)),
          `${key} in ${path}`,
        ).toBe(true);
      }
    }
  });

  it('has a French message for every error reason a form may receive', () => {
    // Typed from the API's list: a reason renamed there fails the build here.
    const reasons: ApiErrorReason[] = [
      'PASSWORD_TOO_SHORT',
      'PASSWORD_NEEDS_DIGIT',
      'PASSWORD_NEEDS_UPPERCASE',
      'PASSWORD_NEEDS_LOWERCASE',
      'PASSWORD_NEEDS_SPECIAL',
      'WRONG_CURRENT_PASSWORD',
      'PASSWORD_UNCHANGED',
      'INVALID_CREDENTIALS',
      'ACCESS_DISABLED',
      'INVALID_RESET_TOKEN',
    ];
    expect(reasons.filter((reason) => !MESSAGES.fr[`errors.${reason}`])).toEqual([]);
  });
});
