import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Everything the process reads from its environment, read once. */
export interface Config {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  /** The session cookie's `Secure` flag (see `cookieSecureOf`). */
  cookieSecure: boolean;
  /** Express's `trust proxy` (see `parseTrustProxy`); false: `req.ip` is the socket's address. */
  trustProxy: boolean | number | string[];
  /** PALIER_EXPOSE_SQL_COUNT=1 (tests, benchmark): the `x-sql-statements` response header. Never set by `pnpm start`. */
  exposeSqlCount: boolean;
  /** Signs cursors that carry a running balance; CURSOR_SECRET, else generated once into DATA_DIR (`resolveCursorSecret`). */
  cursorSecret?: string;
  webDist: string;
  /** PUBLIC_AGENCY_CODE: whose legal notice a visitor without a session reads; unset, the first agency created (a deployment serving one agency). */
  publicAgencyCode?: string;
  /**
   * Addresses the RSS fetcher may reach although they are not public (agency/news-feed-network.ts).
   * Never read from the environment, so no deployment can open the private network to it: only
   * tests set it, for a feed served on the loopback.
   */
  newsFeedTrustedAddresses?: readonly string[];
}

/**
 * COOKIE_SECURE=true|false when set; unset, Secure exactly when the service is served over HTTPS as
 * production (NODE_ENV=production and an https PUBLIC_URL), so `pnpm start` on http://localhost
 * keeps working while a deployment behind HTTPS gets a Secure cookie without one more setting.
 */
export function cookieSecureOf(env: NodeJS.ProcessEnv, publicUrl: string): boolean {
  if (env.COOKIE_SECURE === 'true') return true;
  if (env.COOKIE_SECURE === 'false') return false;
  if (env.COOKIE_SECURE) throw new Error(`COOKIE_SECURE must be true or false, not ${env.COOKIE_SECURE}`);
  return env.NODE_ENV === 'production' && publicUrl.startsWith('https://');
}

/**
 * TRUST_PROXY as Express reads `trust proxy`: `true`/`false`, a hop count (`1`), or a comma-separated
 * list of addresses, subnets and names (`loopback`, `10.0.0.0/8, 192.168.1.1`). A list entry that
 * Express would reject stops the start here, with the variable's name.
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  const address = /^[0-9a-fA-F:.]+(\/\d{1,3})?$/;
  const wrong = list.find((item) => !named.has(item) && !address.test(item));
  if (wrong !== undefined) throw new Error(`TRUST_PROXY: ${wrong} is not true, false, a hop count, an address, a subnet or loopback/linklocal/uniquelocal`);
  return list;
}

/** The cursor secret kept in DATA_DIR, created (random, owner-only) on first use: restarts keep cursors valid. */
export function resolveCursorSecret(dataDir: string): string {
  const file = path.join(dataDir, 'cursor-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return fs.readFileSync(file, 'utf8').trim(); // another process wrote it first
  }
}

/** The repository root (api/src/config.ts is two levels below it). */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * DATA_DIR as the README says: unset, `<repository>/.data`; a relative path, from the folder the
 * command was started in (pnpm runs scripts inside api/ but keeps that folder in INIT_CWD).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv): string {
  if (!env.DATA_DIR) return path.join(REPOSITORY_ROOT, '.data');
  return path.resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    dataDir: resolveDataDir(env),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Palier <no-reply@palier.example.org>',
    cookieSecure: cookieSecureOf(env, publicUrl),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    exposeSqlCount: env.PALIER_EXPOSE_SQL_COUNT === '1',
    cursorSecret: env.CURSOR_SECRET || undefined,
    webDist: path.join(REPOSITORY_ROOT, 'web/dist'),
    publicAgencyCode: env.PUBLIC_AGENCY_CODE || undefined,
  };
}
