import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cookieSecureOf, parseTrustProxy } from './config';
import { SESSION_ABSOLUTE_HOURS } from './auth/actor';
import { graphql } from './test/gql';
import { errorCode, startTestApi, type Client, type TestApi } from './test/harness';

/** The HTTP layer as `pnpm start` runs it: no statement count, security headers, body limits, schema per caller. */
let api: TestApi;
let manager: Client;
beforeAll(async () => {
  api = await startTestApi({ config: { exposeSqlCount: false } });
  manager = await api.as('GESTIONNAIRE');
});
afterAll(() => api.close());

const LOGIN = graphql(`
  mutation HttpSecurityLogin($i: String!, $p: String!) {
    login(identifier: $i, password: $p) {
      viewer {
        identifier
      }
    }
  }
`);
const CREATE_TOKEN = graphql(`
  mutation HttpSecurityCreateToken($scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: "Http security", scopes: $scopes }) {
      token
    }
  }
`);

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the SQL statement count', () => {
  it('is not sent by default, so it cannot tell whether an identifier exists', async () => {
    const response = await post({ query: 'mutation ($i: String!) { login(identifier: $i, password: "Wrong-1") { viewer { identifier } } }', variables: { i: 'GESTIONNAIRE' } });
    expect(response.headers.get('x-sql-statements')).toBeNull();
    expect((await manager.gql(LOGIN, { i: 'NOBODYHERE', p: 'x' })).statements).toBe(-1);
  });

  it('is sent under PALIER_EXPOSE_SQL_COUNT=1 (the test harness and the benchmark)', async () => {
    const exposed = await startTestApi({ config: { exposeSqlCount: true } });
    try {
      expect((await exposed.client().gql(LOGIN, { i: 'NOBODYHERE', p: 'x' })).statements).toBeGreaterThan(0);
    } finally {
      await exposed.close();
    }
  });
});

describe('security headers', () => {
  it('sends a CSP that forbids framing and inline scripts, nosniff and a referrer policy; no HSTS on plain http', async () => {
    const response = await fetch(`${api.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends HSTS and a Secure session cookie that lasts the absolute session timeout behind HTTPS', async () => {
    const https = await startTestApi({ config: { cookieSecure: true } });
    try {
      const response = await fetch(`${https.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(identifier: "ELSALOCATAIRE", password: "Demo-Palier-1") { viewer { identifier } } }' }),
      });
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toContain(`Max-Age=${SESSION_ABSOLUTE_HOURS * 3600}`);
    } finally {
      await https.close();
    }
  });

  it('decides the Secure flag: explicit COOKIE_SECURE, else production behind an https PUBLIC_URL', () => {
    expect(cookieSecureOf({ NODE_ENV: 'production' }, 'http://localhost:4000')).toBe(false); // pnpm start, README
    expect(cookieSecureOf({ NODE_ENV: 'production' }, 'https://extranet.example.org')).toBe(true);
    expect(cookieSecureOf({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }, 'https://extranet.example.org')).toBe(false);
    expect(cookieSecureOf({ COOKIE_SECURE: 'true' }, 'http://localhost:4000')).toBe(true);
    expect(cookieSecureOf({}, 'https://extranet.example.org')).toBe(false);
    expect(() => cookieSecureOf({ COOKIE_SECURE: 'yes' }, 'http://localhost:4000')).toThrow(/COOKIE_SECURE/);
  });

  it('reads TRUST_PROXY as Express does: a boolean, a hop count, a list of addresses and subnets', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('loopback, 10.0.0.0/8,192.168.1.1')).toEqual(['loopback', '10.0.0.0/8', '192.168.1.1']);
    expect(() => parseTrustProxy('proxy.example.org')).toThrow(/TRUST_PROXY/);
  });
});

describe('body limits', () => {
  const bigQuery = (size: number) => ({ query: `query Big { __typename }`, variables: { padding: 'x'.repeat(size) } });

  it('refuses a large body from an anonymous caller and from a client, in the JSON error shape', async () => {
    const anonymous = await post(bigQuery(200_000));
    expect(anonymous.status).toBe(413);
    expect(await anonymous.json()).toEqual({ errors: [{ message: 'The request body is too large', extensions: { code: 'BAD_REQUEST', reason: 'entity.too.large' } }] });
    const tenant = await api.as('ELSALOCATAIRE');
    expect((await post(bigQuery(200_000), { cookie: tenant.sessionCookie })).status).toBe(413);
    // A forged cookie buys nothing.
    expect((await post(bigQuery(200_000), { cookie: 'palier_session=forged' })).status).toBe(413);
    expect((await post(bigQuery(200_000), { authorization: 'Bearer plr_forged' })).status).toBe(413);
  });

  it('takes a large body from a manager and from an integrator (back-office batches)', async () => {
    expect((await post(bigQuery(2_000_000), { cookie: manager.sessionCookie })).status).toBe(200);
    const token = (await manager.gql(CREATE_TOKEN, { scopes: ['LEDGER_WRITE'] })).data?.createApiToken.token;
    expect((await post(bigQuery(2_000_000), { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('cuts a long operationName in the request log', async () => {
    const written: string[] = [];
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const silent = process.env.PALIER_SILENT;
    delete process.env.PALIER_SILENT;
    try {
      const name = `Op${'A'.repeat(5000)}`;
      await post({ query: `query ${name} { __typename }`, operationName: name });
      await new Promise((resolve) => setTimeout(resolve, 50)); // the line is written on 'finish'
    } finally {
      process.env.PALIER_SILENT = silent;
      out.mockRestore();
    }
    const line = written.find((text) => text.includes('"operation":"OpAAA'));
    expect(line).toBeDefined();
    expect(line!.length).toBeLessThan(600);
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is refused to anonymous callers and clients, including inside a fragment or as __type', async () => {
    for (const client of [api.client(), await api.as('CLIQUOTMATHILDE')]) {
      const result = await client.raw(INTROSPECT);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.data ?? null).toBeNull();
      expect(errorCode(await client.raw('query { ...F } fragment F on Query { t: __type(name: "Lot") { fields { name } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // __typename is not introspection: the SPA and the audit use it.
    expect((await api.client().raw('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('is open to managers and integrators, who write against the schema', async () => {
    expect((await manager.raw(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const token = (await manager.gql(CREATE_TOKEN, { scopes: ['PORTFOLIO_READ'] })).data?.createApiToken.token;
    expect((await api.client({ authorization: `Bearer ${token}` }).raw(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('hides enum value suggestions from anonymous callers, in literals and in variables, and gives them to managers', async () => {
    const literal = 'mutation { createApiToken(input: { name: "x", scopes: [PEOPLE_REA] }) { token } }';
    const variable = ['mutation ($s: [IntegratorScope!]!) { createApiToken(input: { name: "x", scopes: $s }) { token } }', { s: ['PEOPLE_REA'] }] as const;
    for (const result of [await api.client().raw(literal), await api.client().raw(...variable)]) {
      expect(result.errors?.[0].message).toMatch(/PEOPLE_REA/);
      expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    }
    expect((await manager.raw(literal)).errors?.[0].message).toMatch(/Did you mean the enum value "PEOPLE_READ"/);
    expect((await manager.raw(...variable)).errors?.[0].message).toMatch(/Did you mean the enum value "PEOPLE_READ"/);
  });
});
