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

export const MESSAGES: Record<Locale, Catalog> = { fr: {}, en: {} };

for (const [path, catalog] of Object.entries(files)) {
  const locale = /messages\.(\w+)\.json$/.exec(path)?.[1];
  if (locale === 'fr' || locale === 'en') Object.assign(MESSAGES[locale], catalog);
}
