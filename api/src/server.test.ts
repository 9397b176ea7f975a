import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from './test/harness';

type ErrorBody = { errors: { message: string; extensions: { code: string } }[] };

/** What browsers, scripts and mistakes send to /graphql: answers in the GraphQL error shape, nothing leaked. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** Runs `send` with the logs on, and returns everything written to stdout and stderr. */
async function captureLogs(send: () => Promise<void>): Promise<string> {
  const written: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => void written.push(args.map(String).join(' ')));
  const silent = process.env.PALIER_SILENT;
  delete process.env.PALIER_SILENT;
  try {
    await send();
  } finally {
    process.env.PALIER_SILENT = silent;
    out.mockRestore();
    err.mockRestore();
    error.mockRestore();
  }
  return written.join('');
}

describe('the GraphQL endpoint over HTTP', () => {
  it('passes the graphql-http audit of the GraphQL-over-HTTP spec, SHOULDs included', async () => {
    // As a manager: two of the audit's probes query `__type`, and introspection is for managers and
    // integrators only (http-security.ts); anonymous callers get the same HTTP handling otherwise.
    const manager = await api.as('GESTIONNAIRE');
    const results = await auditServer({
      url: `${api.url}/graphql`,
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) =>
        fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie: manager.sessionCookie } }),
    });
    const failures = results.filter((result) => result.status === 'error' || result.status === 'warn').map((result) => `${result.status}: ${result.name}`);
    expect(failures).toEqual([]);
    // MAY-level notices, all about GET requests: CSRF prevention refuses a GET without a preflight
    // header (a simple request a hostile page could send), on purpose. Any other notice fails here.
    const notices = results.filter((result) => result.status === 'notice').map((result) => result.name);
    expect(notices.sort()).toEqual([
      'MAY accept application/x-www-form-urlencoded formatted GET requests',
      'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
      'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
      'MAY use 400 status code if parameters are invalid',
      'MAY use 400 status code on boolean {query} parameter',
      'MAY use 400 status code on number {query} parameter',
      'MAY use 4xx or 5xx status codes if parameters are invalid',
    ]);
    expect(results.length).toBeGreaterThan(30);
  });

  it('answers a malformed JSON body in the GraphQL error shape, and logs nothing of the body', async () => {
    let status = 0;
    let body = '';
    const logs = await captureLogs(async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"mutation { login(identifier: \\"GESTIONNAIRE\\", password: \\"Secret-Password-9\\") { viewer { identifier } } }"',
      });
      status = response.status;
      body = await response.text();
    });
    expect(status).toBe(400);
    expect(JSON.parse(body)).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST', reason: 'entity.parse.failed' } }] });
    expect(body).not.toMatch(/at |\/work\/|node_modules|<html/i);
    expect(logs).toContain('bad request body');
    expect(logs).not.toContain('Secret-Password-9');
  });

  it('answers 400 for a syntax error and for a document over the token limit with graphql-response+json, 200 with plain JSON', async () => {
    const send = (query: string, accept: string) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
    const huge = `{ ${'viewer { identifier } '.repeat(1000)}}`;
    for (const query of ['{ viewer {', huge]) {
      const modern = await send(query, 'application/graphql-response+json');
      expect(modern.status).toBe(400);
      expect(((await modern.json()) as ErrorBody).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      const legacy = await send(query, 'application/json');
      expect(legacy.status).toBe(200);
    }
  });

  it('answers an unknown charset and an oversized body as JSON too', async () => {
    const charset = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{}' });
    expect(charset.status).toBe(415);
    expect(((await charset.json()) as ErrorBody).errors[0].extensions.code).toBe('BAD_REQUEST');
    const large = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'x'.repeat(26 * 1024 * 1024) }),
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as ErrorBody).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
