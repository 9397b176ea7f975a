import { and, sql, type Column, type SQL } from 'drizzle-orm';
import { TEXT_LIMITS } from '../graphql/batch';
import { badInput } from '../graphql/errors';

/** More words than this in one search are ignored (each one is a LIKE over the trigram index). */
const MAX_WORDS = 8;

/** The words of a search, without the LIKE wildcards typed by the user ("%" matches a "%"). */
export function searchWords(term: string | null | undefined): string[] {
  // A search is typed by a person: past a name's length it is an attack on the LIKE patterns.
  if ((term ?? '').length > TEXT_LIMITS.name) throw badInput('search', 'TEXT_TOO_LONG', `At most ${TEXT_LIMITS.name} characters`);
  return (term ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => word.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/**
 * Every word appears somewhere in `document` (a search_text column of migration 0007, stored
 * unaccented and lower-case), in any order: "alfred brouilly" finds "BROUILLY Alfred", "lépitre"
 * finds "LEPITRE". The words go through the same `immutable_unaccent` as the documents, so both
 * sides follow unaccent's rules (œ → oe, ß → ss); IMMUTABLE lets the planner fold it to a constant
 * pattern and cost the trigram index from it.
 */
export function matchesAllWords(document: Column | SQL, words: readonly string[]): SQL | undefined {
  return and(...words.map((word) => sql`${document} LIKE '%' || lower(immutable_unaccent(${word})) || '%'`));
}

/** Whether the trigram index can narrow the search: pg_trgm extracts nothing from a word under 3 characters. */
export function isTrigramSearch(words: readonly string[]): boolean {
  return words.some((word) => word.length >= 3);
}
