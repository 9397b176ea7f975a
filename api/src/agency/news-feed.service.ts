import { eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { newsFeeds } from '../db/schema';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { log } from '../observability/log';
import { feedItemsOf, MAX_FEED_ITEMS } from './news-feed-items';
import { DEFAULT_FEED_NETWORK, fetchFeedText, FeedFetchError, isPublicAddress, parseFeedUrl, type FeedNetwork } from './news-feed-network';
import type { NewsFeedSettings, NewsItem } from './news-feed.types';

/** A feed read is kept this long; a failure too, so a dead feed is not fetched on every home page. */
const FRESH_MS = 15 * 60_000;
const FAILED_MS = 5 * 60_000;
/** One entry per agency and address; past this the oldest go (agencies change addresses rarely). */
const MAX_CACHED_FEEDS = 1_000;
const URL_LIMIT = 2_000;

interface CachedFeed {
  expiresAt: number;
  items: Promise<NewsItem[]>;
}
/** Per process: several API instances each fetch a feed once per period, which a feed bears easily. */
const cache = new Map<string, CachedFeed>();

/** The network the fetcher uses: public addresses, plus those a test trusts (Config.newsFeedTrustedAddresses). */
function networkOf(ctx: Ctx): FeedNetwork {
  const trusted = ctx.config.newsFeedTrustedAddresses;
  if (!trusted?.length) return DEFAULT_FEED_NETWORK;
  return { ...DEFAULT_FEED_NETWORK, isAllowed: (address) => trusted.includes(address) || isPublicAddress(address) };
}

/** Fetches and parses; a failure is logged with its reason and reads as no item. */
async function loadFeed(agencyId: string, url: string, network: FeedNetwork): Promise<NewsItem[]> {
  try {
    return feedItemsOf(await fetchFeedText(url, network));
  } catch (error) {
    const reason = error instanceof FeedFetchError ? error.reason : 'INVALID_FEED';
    log({ level: 'warn', msg: 'news feed failed', agencyId, host: parseFeedUrl(url)?.host ?? null, reason, error: String((error as Error)?.message ?? error) });
    throw error;
  }
}

function cachedFeed(agencyId: string, url: string, network: FeedNetwork): Promise<NewsItem[]> {
  const key = `${agencyId}\n${url}`;
  const hit = cache.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.items;
  const entry: CachedFeed = { expiresAt: Date.now() + FRESH_MS, items: Promise.resolve([]) };
  entry.items = loadFeed(agencyId, url, network).catch(() => {
    entry.expiresAt = Date.now() + FAILED_MS;
    return [];
  });
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_CACHED_FEEDS) cache.delete(cache.keys().next().value!);
  return entry.items;
}

/**
 * The latest items of the agency's feed ("Flux RSS" on the home page): from the cache, else fetched
 * (news-feed-network.ts: public addresses only, bounded); none when no address is set or the feed
 * fails. At most `first` (1 to 20, default 5).
 */
export async function newsItems(ctx: Ctx, first: number | null | undefined): Promise<NewsItem[]> {
  assertCan(ctx.actor, 'newsFeed.read');
  const count = first ?? 5;
  if (!Number.isInteger(count) || count < 1 || count > MAX_FEED_ITEMS) throw badInput('first', 'PAGE_SIZE_OUT_OF_RANGE', `first must be between 1 and ${MAX_FEED_ITEMS}`);
  const agencyId = writerAgencyId(ctx.actor);
  const [feed] = await ctx.db.select({ url: newsFeeds.url }).from(newsFeeds).where(eq(newsFeeds.agencyId, agencyId));
  if (!feed) return [];
  return (await cachedFeed(agencyId, feed.url, networkOf(ctx))).slice(0, count);
}

/** The agency's feed address, for its managers. */
export async function newsFeedSettings(ctx: Ctx): Promise<NewsFeedSettings> {
  assertCan(ctx.actor, 'newsFeed.manage');
  const [feed] = await ctx.db
    .select({ url: newsFeeds.url })
    .from(newsFeeds)
    .where(eq(newsFeeds.agencyId, writerAgencyId(ctx.actor)));
  return { url: feed?.url ?? null };
}

/**
 * Sets (or, empty, clears) the agency's feed address: an http(s) URL without credentials; an IP
 * address that is not public is refused here already (a host name is checked at each fetch, where
 * its addresses are known). One statement.
 */
export async function setNewsFeedUrl(ctx: Ctx, text: string | null | undefined): Promise<NewsFeedSettings> {
  assertCan(ctx.actor, 'newsFeed.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const value = (text ?? '').trim();
  if (!value) {
    await ctx.db.delete(newsFeeds).where(eq(newsFeeds.agencyId, agencyId));
    return { url: null };
  }
  if (value.length > URL_LIMIT) throw badInput('url', 'TEXT_TOO_LONG', `At most ${URL_LIMIT} characters`);
  const url = parseFeedUrl(value);
  if (!url) throw badInput('url', 'INVALID_VALUE', 'An http or https address without user name or password');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$|:/.test(host) && !networkOf(ctx).isAllowed(host)) throw badInput('url', 'INVALID_VALUE', 'A private, loopback or link-local address');
  const [row] = await ctx.db
    .insert(newsFeeds)
    .values({ agencyId, url: url.toString() })
    .onConflictDoUpdate({ target: newsFeeds.agencyId, set: { url: url.toString(), updatedAt: sql`now()` } })
    .returning({ url: newsFeeds.url });
  return { url: row.url };
}
