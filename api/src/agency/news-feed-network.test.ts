import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FEED_NETWORK, fetchFeedText, FeedFetchError, isPublicAddress, parseFeedUrl, type FeedNetwork, type Resolver } from './news-feed-network';

/**
 * The RSS fetcher against server-side request forgery (issue 12: "never from a private or
 * loopback address"): a local HTTP server stands for both the feed and the internal service an
 * attacker would aim at. The default network refuses it (it is on the loopback); a network that
 * trusts 127.0.0.1 — what only tests build — reads it, so the other limits can be tried on it.
 */

let server: Server;
let port: number;
const hits: string[] = [];

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Mon Immeuble</title><item><title>Actualité</title><link>https://www.example.org/a</link></item></channel></rss>`;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    hits.push(`${request.headers.host}${request.url}`);
    const url = request.url ?? '/';
    if (url === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    else if (url === '/to-feed') response.writeHead(302, { location: '/feed.xml' }).end();
    else if (url === '/to-ipv6-loopback') response.writeHead(302, { location: `http://[::1]:${port}/feed.xml` }).end();
    else if (url === '/to-metadata') response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    else if (url === '/loop') response.writeHead(302, { location: '/loop' }).end();
    else if (url === '/huge') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (let i = 0; i < 40; i++) response.write(chunk); // 2,5 MB, no content-length
      response.end();
    } else if (url === '/declared-huge') response.writeHead(200, { 'content-length': String(5 * 1024 * 1024) }).end();
    else if (url === '/slow') setTimeout(() => response.writeHead(200).end(RSS), 2_000);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** "feed.test" resolves to the loopback server; the network trusts 127.0.0.1 only. */
const trustedResolver: Resolver = async (hostname) => {
  if (hostname === 'feed.test') return [{ address: '127.0.0.1', family: 4 }];
  throw new Error(`ENOTFOUND ${hostname}`);
};
const trusting: FeedNetwork = { ...DEFAULT_FEED_NETWORK, resolve: trustedResolver, isAllowed: (address) => address === '127.0.0.1', timeoutMs: 500, maxBytes: 1024 * 1024 };

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedFetchError) return error.reason;
    throw error;
  }
  return 'FETCHED';
}

describe('isPublicAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '10.0.0.5', '172.16.4.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1'])(
    'refuses the IPv4 address %s',
    (address) => expect(isPublicAddress(address)).toBe(false),
  );
  it.each(['::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:7f00:1::1', 'ff02::1'])(
    'refuses the IPv6 address %s',
    (address) => expect(isPublicAddress(address)).toBe(false),
  );
  it('accepts public addresses and rejects what is not an address', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(true);
    expect(isPublicAddress('::ffff:93.184.216.34')).toBe(true);
    expect(isPublicAddress('localhost')).toBe(false);
  });
});

describe('fetchFeedText', () => {
  it('refuses the loopback with the default network, before any request', async () => {
    const before = hits.length;
    expect(await reasonOf(fetchFeedText(`http://127.0.0.1:${port}/feed.xml`))).toBe('FORBIDDEN_ADDRESS');
    expect(await reasonOf(fetchFeedText(`http://[::1]:${port}/feed.xml`))).toBe('FORBIDDEN_ADDRESS');
    expect(await reasonOf(fetchFeedText(`http://localhost:${port}/feed.xml`))).toBe('FORBIDDEN_ADDRESS');
    expect(hits.length).toBe(before);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const mixed: Resolver = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ];
    expect(await reasonOf(fetchFeedText('https://news.example.org/feed.xml', { ...DEFAULT_FEED_NETWORK, resolve: mixed }))).toBe('FORBIDDEN_ADDRESS');
    const unknown: Resolver = async () => {
      throw new Error('ENOTFOUND');
    };
    expect(await reasonOf(fetchFeedText('https://nowhere.example.org/feed.xml', { ...DEFAULT_FEED_NETWORK, resolve: unknown }))).toBe('DNS_FAILED');
  });

  it('refuses what is not an http(s) URL without credentials', async () => {
    for (const url of ['file:///etc/passwd', 'gopher://feed.test/', `http://user:secret@feed.test:${port}/feed.xml`, 'not a url']) {
      expect(await reasonOf(fetchFeedText(url, trusting))).toBe('INVALID_URL');
    }
    expect(parseFeedUrl('https://www.mon-immeuble.com/flux-rss/actualites.xml')?.hostname).toBe('www.mon-immeuble.com');
  });

  it('connects to the address it checked (the host name is resolved once, by the fetcher)', async () => {
    expect(await fetchFeedText(`http://feed.test:${port}/feed.xml`, trusting)).toBe(RSS);
    expect(hits.at(-1)).toBe(`feed.test:${port}/feed.xml`);
  });

  it('follows a redirect and checks its target again', async () => {
    expect(await fetchFeedText(`http://feed.test:${port}/to-feed`, trusting)).toBe(RSS);
    expect(await reasonOf(fetchFeedText(`http://feed.test:${port}/to-ipv6-loopback`, trusting))).toBe('FORBIDDEN_ADDRESS');
    expect(await reasonOf(fetchFeedText(`http://feed.test:${port}/to-metadata`, trusting))).toBe('FORBIDDEN_ADDRESS');
    expect(await reasonOf(fetchFeedText(`http://feed.test:${port}/loop`, trusting))).toBe('TOO_MANY_REDIRECTS');
  });

  it('stops at the size limit, declared or streamed', async () => {
    expect(await reasonOf(fetchFeedText(`http://feed.test:${port}/huge`, trusting))).toBe('TOO_LARGE');
    expect(await reasonOf(fetchFeedText(`http://feed.test:${port}/declared-huge`, trusting))).toBe('TOO_LARGE');
  });

  it('gives up at the deadline and on an error status', async () => {
    const started = Date.now();
    expect(await reasonOf(fetchFeedText(`http://feed.test:${port}/slow`, trusting))).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await reasonOf(fetchFeedText(`http://feed.test:${port}/missing`, trusting))).toBe('HTTP_STATUS');
  });
});
