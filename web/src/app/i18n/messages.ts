import { frenchTypography } from './format';
/** The SPA's languages: French first, English available. */
export type Locale = 'fr' | 'en';

type Catalog = Record<string, string>;

// One message file per feature and locale (STYLE.md §7), merged here; keys are unique app-wide
// (a test checks it, and that every French key has its English twin).
const files = import.meta.glob<Catalog>(['./messages.*.json', '../../features/*/messages.*.json'], {
  eager: true,
  import: 'default',
});

export const MESSAGE_FILES: Record<string, Catalog> = files;

// Keyed by the locales of locale.tsx (not imported from it: locale.tsx imports this file).
export const MESSAGES: Record<'fr' | 'en', Catalog> = { fr: {}, en: {} };

for (const [path, catalog] of Object.entries(files)) {
  const locale = /messages\.(\w+)\.json$/.exec(path)?.[1];
  if (locale === 'fr') for (const [id, text] of Object.entries(catalog)) MESSAGES.fr[id] = frenchTypography(text);
  else if (locale === 'en') Object.assign(MESSAGES.en, catalog);
}
