/**
 * The three scenarios, as the web client sends them (POST /graphql, content-type
 * application/json, the `palier_session` cookie), driven by autocannon; plus single probes that
 * check each answer and read its SQL statement count from the server's JSON log line.
 */
import fs from 'node:fs';
import autocannon from 'autocannon';
import { STATEMENT_RANGE } from './generate';
import { Latencies } from './report';

export const SIGN_IN = `mutation BenchSignIn($identifier: String!, $password: String!) {
  login(identifier: $identifier, password: $password) { viewer { displayName } }
}`;

export const HOME = `query BenchCoOwnerHome {
  viewer {
    person {
      displayName
      ownerships(first: 20) {
        nodes {
          lot { code type building { code name } shares { shares allocationKey { code totalShares } } }
          account { number balance }
        }
      }
      accounts { nodes { number balance } }
    }
  }
}`;

export const PEOPLE = `query BenchPeopleSearch($search: String!, $first: Int) {
  people(search: $search, first: $first) { nodes { displayName roles } }
}`;

/** A statement page of 50 lines over the whole range, as the account holder reads it. */
export const STATEMENT = `query BenchStatement($id: ID!, $after: String) {
  node(id: $id) {
    ... on Account {
      statement(from: "${STATEMENT_RANGE.from}", to: "${STATEMENT_RANGE.to}") {
        openingBalance closingBalance
        entries(first: 50, after: $after) { nodes { date label debit credit balance } pageInfo { endCursor hasNextPage } }
      }
    }
  }
}`;

export const WORKS_FUNDS = `query BenchWorksFunds {
  viewer { person { worksFunds { building { code } total lots { lot { code } total lines { accountNumber label amount } } } } }
}`;

export const EXPENSE_LIST = `query BenchExpenseList($id: ID!) {
  node(id: $id) {
    ... on Building {
      expenseList { total groups { accountNumber count amount } expenses(first: 100) { nodes { date label amount } } }
    }
  }
}`;

export const IMPORT_ENTRIES = `mutation BenchImportEntries($e: [LedgerEntryInput!]!) {
  importLedgerEntries(entries: $e) { created unchanged }
}`;

export const globalId = (type: 'Account' | 'Building', id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

/**
 * What a manager types: a rotation of name fragments from very common ("mart": ~900 of 30 000
 * names) to rare ("dubois"), with accents, so that no single plan or cache line flatters the run.
 */
export const SEARCH_TERMS = ['mart', 'dubois', 'lef', 'rou', 'chev', 'hélène', 'garn', 'nicol'];

export interface GraphQLBody {
  operationName: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const body = (query: string, variables?: Record<string, unknown>): GraphQLBody => ({
  operationName: /(?:query|mutation) (\w+)/.exec(query)![1],
  query,
  variables,
});

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  requestId: string;
  setCookie: string | null;
}

export async function post(baseUrl: string, payload: GraphQLBody, cookie?: string): Promise<GraphQLAnswer> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(payload),
  });
  const json = (await response.json()) as Omit<GraphQLAnswer, 'requestId' | 'setCookie'>;
  return { ...json, requestId: response.headers.get('x-request-id') ?? '', setCookie: response.headers.get('set-cookie') };
}

/** Signs in and returns the `palier_session=…` cookie pair. */
export async function signIn(baseUrl: string, login: string, password: string): Promise<string> {
  const answer = await post(baseUrl, body(SIGN_IN, { identifier: login, password }));
  const cookie = answer.setCookie?.split(';')[0];
  if (answer.errors || !cookie?.startsWith('palier_session=')) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(answer.errors)}`);
  return cookie;
}

export interface LogLine {
  msg: string;
  requestId?: string;
  operation?: string;
  status?: number;
  durationMs?: number;
  sqlStatements?: number;
}

/** Reads the server child's stdout file (one JSON object per line) from a byte offset. */
export class ServerLog {
  constructor(readonly file: string) {}

  get size(): number {
    return fs.statSync(this.file).size;
  }

  linesSince(offset: number): LogLine[] {
    const text = fs.readFileSync(this.file).subarray(offset).toString('utf8');
    return text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          return { msg: 'unparsable' };
        }
      });
  }

  /** The request line of `requestId`: written on the response's 'finish', so it may trail the answer. */
  async statementsOf(requestId: string, offset: number): Promise<number> {
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const line = this.linesSince(offset).find((l) => l.msg === 'request' && l.requestId === requestId);
      if (line) return line.sqlStatements ?? Number.NaN;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no log line for request ${requestId}`);
  }
}

/** Sends one request, fails on GraphQL errors, and returns the answer with its statement count. */
export async function probe(baseUrl: string, log: ServerLog, payload: GraphQLBody, cookie?: string) {
  const offset = log.size;
  const answer = await post(baseUrl, payload, cookie);
  if (answer.errors?.length) throw new Error(`${payload.operationName} answered errors: ${JSON.stringify(answer.errors)}`);
  return { data: answer.data!, statements: await log.statementsOf(answer.requestId, offset) };
}

export interface LoadRun {
  latencies: Latencies;
  durationS: number;
  autocannonP50: number;
  autocannonP99: number;
  non2xx: number;
  errors: number;
}

/** The n-th distinct client address, 10.0.0.1 onwards (16 million before one repeats). */
export const clientAddress = (n: number) => {
  const m = n + 1;
  return `10.${(m >> 16) & 255}.${(m >> 8) & 255}.${m & 255}`;
};

/**
 * One autocannon run. Latencies come from autocannon's 'response' event (float ms, 2xx only)
 * into our own recorder; autocannon's histogram, in whole ms, is kept for reference.
 */
export async function load(options: {
  baseUrl: string;
  connections: number;
  durationS: number;
  bodies: GraphQLBody[];
  cookie?: string;
  /** each request from its own client address (X-Forwarded-For 10.x.y.z; the bench server trusts loopback proxies) */
  ownAddress?: boolean;
}): Promise<LoadRun> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  const encoded = options.bodies.map((b) => JSON.stringify(b));
  let next = 0;
  const latencies = new Latencies();
  const instance = autocannon({
    url: `${options.baseUrl}/graphql`,
    connections: options.connections,
    duration: options.durationS,
    timeout: 30,
    // GraphQL errors come back with status 200: a cheap scan turns them into mismatches.
    verifyBody: (text) => !text.includes('"errors"'),
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers,
        body: encoded[0],
        // Rotates the bodies (people search terms); a single body is simply repeated.
        setupRequest: (request) => {
          const n = next++;
          return {
            ...request,
            body: encoded[n % encoded.length],
            ...(options.ownAddress ? { headers: { ...headers, 'x-forwarded-for': clientAddress(n) } } : {}),
          };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.record(responseTime);
    else latencies.failures += 1;
  });
  const result = await instance;
  return {
    latencies,
    durationS: result.duration,
    autocannonP50: result.latency.p50,
    autocannonP99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts + result.mismatches,
  };
}
