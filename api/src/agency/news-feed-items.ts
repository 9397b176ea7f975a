import { parseFeed } from '@rowanmanning/feed-parser';
import { parseFeedUrl } from './news-feed-network';
import type { NewsItem } from './news-feed.types';

/** The most a feed keeps in the cache; the home page shows fewer. */
export const MAX_FEED_ITEMS = 20;
const SUMMARY_LENGTH = 500;

/** Text without markup or runs of white space: the SPA prints it as text, never as HTML. */
function plain(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,)])/g, '$1')
    .trim();
  return text || null;
}

function truncate(text: string | null, max: number): string | null {
  return text && text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A link clients may follow: http or https only (a feed's `javascript:` link would run in the SPA). */
function safeLink(value: string | null): string | null {
  return value && parseFeedUrl(value) ? value : null;
}

/**
 * A feed's items (RSS or Atom, @rowanmanning/feed-parser), newest first, as plain text; throws
 * when the text is no feed.
 */
export function feedItemsOf(xml: string): NewsItem[] {
  const feed = parseFeed(xml);
  const items = feed.items.map((item) => ({
    title: truncate(plain(item.title), 300) ?? '—',
    url: safeLink(item.url),
    summary: truncate(plain(item.description ?? item.content), SUMMARY_LENGTH),
    publishedAt: item.published ?? item.updated ?? null,
    categories: item.categories
      .map((category) => plain(category.label ?? category.term))
      .filter((label): label is string => Boolean(label))
      .slice(0, 10),
  }));
  // Newest first; undated items keep their place after the dated ones.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (b.item.publishedAt?.getTime() ?? -Infinity) - (a.item.publishedAt?.getTime() ?? -Infinity) || a.index - b.index)
    .slice(0, MAX_FEED_ITEMS)
    .map(({ item }) => item);
}
