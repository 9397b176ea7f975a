import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, setAgencySettings, type BuiltAgency } from '../test/builders';
import { graphql } from '../test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from '../test/harness';

/**
 * "Flux RSS" (issue 12; manual: "Url du fil d'actualité"): the agency sets an address, the server
 * fetches the feed (cached) and clients read its latest items on their home page; a failing feed
 * shows nothing and is logged. The feed is served on the loopback, which this test API trusts
 * through Config.newsFeedTrustedAddresses (never read from the environment); the refusal of
 * private addresses themselves is news-feed-network.test.ts's.
 */

let api: TestApi;
let feedServer: Server;
let feedBase: string;
const hits: string[] = [];
let agency: BuiltAgency;
let manager: Client;
let coOwner: Client;
let otherCoOwner: Client;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Mon Immeuble</title><link>https://www.mon-immeuble.com</link>
<item><title>Risques locatifs : 5 conseils pour réconcilier locataires et bailleurs</title><link>https://www.mon-immeuble.com/risques</link>
<pubDate>Tue, 10 Nov 2026 08:00:00 GMT</pubDate><description>Cinq conseils.</description></item>
<item><title>Consommation d'énergie : Captain'Conso vous aide à réduire la facture</title><link>https://www.mon-immeuble.com/energie</link>
<pubDate>Wed, 18 Nov 2026 08:00:00 GMT</pubDate><category>Energie</category>
<description><![CDATA[<p>La consommation d'énergie est de plus en plus <b>coûteuse</b>.</p><script>alert(1)</script>]]></description></item>
<item><title>Lien piégé</title><link>javascript:alert(1)</link><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`;

const ITEMS = graphql(`
  query NewsFeedItems($first: Int) {
    viewer {
      can {
        readNewsFeed
      }
      newsItems(first: $first) {
        title
        url
        summary
        publishedAt
        categories
      }
    }
  }
`);
const SET_URL = graphql(`
  mutation NewsFeedSetUrl($url: String) {
    setNewsFeedUrl(url: $url) {
      url
    }
  }
`);
const READ_URL = graphql(`
  query NewsFeedReadUrl {
    newsFeed {
      url
    }
  }
`);

async function titles(client: Client, first?: number): Promise<string[]> {
  const result = await client.gql(ITEMS, { first });
  if (!result.data?.viewer) throw new Error(JSON.stringify(result.errors));
  return result.data.viewer.newsItems.map((item) => item.title);
}

beforeAll(async () => {
  feedServer = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    if (request.url?.startsWith('/feed.xml')) response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    else if (request.url === '/not-a-feed') response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Bonjour</body></html>');
    else response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  api = await startTestApi({ config: { newsFeedTrustedAddresses: ['127.0.0.1'] } });
  const { db } = api.database;
  agency = await buildAgency(db);
  manager = await api.as(agency.manager.signIn);
  coOwner = await api.as((await buildCoOwner(db, agency, { lot: await buildLot(db, agency, await buildBuilding(db, agency)) })).person.signIn);
  const other = await buildAgency(db);
  otherCoOwner = await api.as((await buildCoOwner(db, other, { lot: await buildLot(db, other, await buildBuilding(db, other)) })).person.signIn);
});

afterAll(async () => {
  await api?.close();
  feedServer.closeAllConnections();
  await new Promise((resolve) => feedServer.close(resolve));
});

describe('the news feed', () => {
  it('shows nothing while the agency has set no address', async () => {
    expect(await titles(coOwner)).toEqual([]);
    expect((await manager.gql(READ_URL)).data?.newsFeed.url).toBeNull();
  });

  it("shows clients the latest items of the agency's feed, newest first, as plain text with safe links", async () => {
    expect((await manager.gql(SET_URL, { url: ` ${feedBase}/feed.xml ` })).data?.setNewsFeedUrl.url).toBe(`${feedBase}/feed.xml`);
    const result = await coOwner.gql(ITEMS, { first: 5 });
    expect(result.data?.viewer?.newsItems).toEqual([
      {
        title: "Consommation d'énergie : Captain'Conso vous aide à réduire la facture",
        url: 'https://www.mon-immeuble.com/energie',
        summary: "La consommation d'énergie est de plus en plus coûteuse.",
        publishedAt: '2026-11-18T08:00:00.000Z',
        categories: ['Energie'],
      },
      expect.objectContaining({ title: 'Risques locatifs : 5 conseils pour réconcilier locataires et bailleurs', summary: 'Cinq conseils.', categories: [] }),
      expect.objectContaining({ title: 'Lien piégé', url: null }),
    ]);
    expect(await titles(coOwner, 1)).toHaveLength(1);
    expect(await titles(otherCoOwner)).toEqual([]);
  });

  it('fetches a feed once per period, whoever asks', async () => {
    const before = hits.length;
    await titles(coOwner);
    await titles(manager);
    expect(hits.length).toBe(before);
  });

  it('shows nothing for a failing feed and logs why', async () => {
    const silent = process.env.PALIER_SILENT;
    delete process.env.PALIER_SILENT;
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await manager.gql(SET_URL, { url: `${feedBase}/broken` });
      expect(await titles(coOwner)).toEqual([]);
      await manager.gql(SET_URL, { url: `${feedBase}/not-a-feed` });
      expect(await titles(coOwner)).toEqual([]);
      const logged = write.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('news feed failed'));
      expect(logged.map((line) => (JSON.parse(line) as { reason: string; agencyId: string }).reason)).toEqual(['HTTP_STATUS', 'INVALID_FEED']);
      expect(logged[0]).toContain(agency.id);
    } finally {
      write.mockRestore();
      process.env.PALIER_SILENT = silent;
    }
  });

  it('refuses an address that is not http(s), has credentials or names an untrusted private IP; clears on empty', async () => {
    for (const url of [
      'file:///etc/passwd',
      'ftp://feed.example.org/rss',
      'https://user:secret@feed.example.org/rss',
      'http://10.0.0.1/rss',
      'http://[::1]/rss',
      'http://169.254.169.254/latest',
    ]) {
      const result = await manager.gql(SET_URL, { url });
      expect(result.errors?.[0]?.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url', reason: 'INVALID_VALUE' });
    }
    expect((await manager.gql(READ_URL)).data?.newsFeed.url).toBe(`${feedBase}/not-a-feed`);
    expect((await manager.gql(SET_URL, { url: '' })).data?.setNewsFeedUrl.url).toBeNull();
    expect((await manager.gql(READ_URL)).data?.newsFeed.url).toBeNull();
  });

  it('lets only managers read and set the address', async () => {
    expect(errorCode(await coOwner.gql(SET_URL, { url: `${feedBase}/feed.xml` }))).toBe('FORBIDDEN');
    expect(errorCode(await coOwner.gql(READ_URL))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(READ_URL))).toBe('UNAUTHENTICATED');
    expect(errorCode(await coOwner.gql(ITEMS, { first: 21 }))).toBe('BAD_USER_INPUT');
  });

  it('follows "Flux RSS": off, clients are refused with MODULE_DISABLED and the menu hides it', async () => {
    await manager.gql(SET_URL, { url: `${feedBase}/feed.xml?again` });
    await setAgencySettings(api.database.db, agency.id, { newsFeedEnabled: false });
    try {
      const refused = await coOwner.gql(ITEMS);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODULE_DISABLED' });
      expect(await titles(manager)).toHaveLength(3);
    } finally {
      await setAgencySettings(api.database.db, agency.id, { newsFeedEnabled: true });
    }
    expect(await titles(coOwner)).toHaveLength(3);
  });
});
