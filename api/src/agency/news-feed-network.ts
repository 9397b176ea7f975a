import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Fetching an agency's RSS feed without server-side request forgery: the address is the agency's
 * to type, so it could name the database, a cloud metadata service (169.254.169.254) or anything
 * on the private network. Every address a host name resolves to is checked, the connection goes to
 * the address that was checked (no second resolution a rebinding DNS could answer differently), and
 * each redirect is checked again. Bounded in time, size and redirects.
 */

/** Resolves a host name to all its addresses (node:dns by default; tests inject their own). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface FeedNetwork {
  resolve: Resolver;
  /** Whether the fetcher may connect to this address: public unicast only, unless tests trust more. */
  isAllowed: (address: string) => boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

/** Why a fetch was refused or failed: logged, never shown to clients (a failing feed shows nothing). */
export class FeedFetchError extends Error {
  constructor(
    readonly reason: 'INVALID_URL' | 'FORBIDDEN_ADDRESS' | 'DNS_FAILED' | 'TIMEOUT' | 'TOO_LARGE' | 'TOO_MANY_REDIRECTS' | 'HTTP_STATUS' | 'NETWORK',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A public unicast address. ipaddr.js names every special range (loopback, private, link-local,
 * carrier-grade NAT, unique-local, multicast, reserved, 6to4/Teredo/NAT64 that embed an IPv4…);
 * only "unicast" is the public internet. An IPv4-mapped IPv6 address is judged as its IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

export const DEFAULT_FEED_NETWORK: FeedNetwork = { resolve: systemResolver, isAllowed: isPublicAddress, timeoutMs: 5_000, maxBytes: 1024 * 1024, maxRedirects: 3 };

/** An http(s) URL without credentials, as the agency may set it; null otherwise. */
export function parseFeedUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname) return null;
  return url;
}

/** The host's addresses, all of them allowed, or a refusal naming the first that is not. */
async function checkedAddresses(url: URL, network: FeedNetwork): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await network.resolve(host);
    } catch (error) {
      throw new FeedFetchError('DNS_FAILED', `${host} does not resolve: ${(error as Error).message}`);
    }
  }
  if (!addresses.length) throw new FeedFetchError('DNS_FAILED', `${host} has no address`);
  const refused = addresses.find((entry) => !network.isAllowed(entry.address));
  if (refused) throw new FeedFetchError('FORBIDDEN_ADDRESS', `${host} resolves to ${refused.address}, which is not a public address`);
  return addresses;
}

/** One request to an address already checked: the socket's lookup answers that address only. */
function requestOnce(url: URL, address: LookupAddress, network: FeedNetwork, signal: AbortSignal): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        lookup: pinned,
        signal,
        // No compression: the size limit counts the bytes that arrive, and no bomb inflates after it.
        headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9', 'accept-encoding': 'identity', 'user-agent': 'Palier-extranet/1 (RSS)' },
      },
      resolve,
    );
    request.on('error', reject);
  });
}

/** Reads a response body up to `maxBytes`; more is a refusal, not a truncation (half an XML file is no feed). */
function readBody(response: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      response.destroy();
      reject(new FeedFetchError('TOO_LARGE', `The feed declares ${declared} bytes, over ${maxBytes}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new FeedFetchError('TOO_LARGE', `The feed is over ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}

/**
 * Fetches a feed's text: the URL checked (http or https, no credentials), every address of its
 * host allowed, redirects followed by hand and each checked again, all within one deadline.
 */
export async function fetchFeedText(text: string, network: FeedNetwork = DEFAULT_FEED_NETWORK): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), network.timeoutMs);
  try {
    let url = parseFeedUrl(text);
    for (let hop = 0; ; hop++) {
      if (!url) throw new FeedFetchError('INVALID_URL', 'Not an http(s) URL without credentials');
      const [address] = await checkedAddresses(url, network);
      const response = await requestOnce(url, address, network, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= network.maxRedirects) throw new FeedFetchError('TOO_MANY_REDIRECTS', `More than ${network.maxRedirects} redirects`);
        url = parseFeedUrl(new URL(response.headers.location, url).toString());
        continue;
      }
      if (status !== 200) {
        response.resume();
        throw new FeedFetchError('HTTP_STATUS', `The feed answered ${status}`);
      }
      return await readBody(response, network.maxBytes);
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (controller.signal.aborted) throw new FeedFetchError('TIMEOUT', `No complete answer within ${network.timeoutMs} ms`);
    throw new FeedFetchError('NETWORK', (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
}
