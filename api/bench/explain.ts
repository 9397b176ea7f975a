/**
 * EXPLAIN (ANALYZE, BUFFERS) of every SELECT the API really sends for each scenario, on
 * PostgreSQL. The statements are captured, with their parameters, by a Drizzle logger on an
 * in-process app (the same `createApp` as the server), so the plans are those of the SQL the
 * resolvers generate, not of a hand copy; the floor statements are explained too.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '../src/db/schema';
import { connectPostgres, type Db } from '../src/db/client';
import { loadConfig } from '../src/config';
import { localFileStore } from '../src/files/file-store';
import { createMailer } from '../src/mail/mailer';
import { createApp } from '../src/server';
import { MODULES } from '../src/modules';
import { BENCH_CURSOR_SECRET } from './generate';
import { EXPENSE_LIST_SQL, HOME_SQL, PEOPLE_SQL, STATEMENT_PAGE_SQL, WORKS_FUNDS_SQL, likeWord } from './floor';
import { HOME, PEOPLE, SEARCH_TERMS, SIGN_IN, body, post, type GraphQLBody } from './scenarios';

/** Tables large enough that a sequential scan in a request path is a finding. */
const LARGE = [
  'persons',
  'lots',
  'lot_shares',
  'ownerships',
  'accounts',
  'ledger_entries',
  'identities',
  'sessions',
  'leases',
  'management_mandates',
  'mandate_lots',
  'council_memberships',
  'account_month_totals',
  'works_fund_lines',
  'expenses',
];

/**
 * Seq scans on large tables that really read rows: rows returned plus rows removed by the filter,
 * times loops. A branch "never executed", or stopped after one row (a hash join over an empty
 * side), costs nothing and is not a finding.
 */
function costlySeqScans(plan: string): string[] {
  const lines = plan.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const m = /Seq Scan on (\w+).*actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(line);
    if (!m || !LARGE.includes(m[1])) return;
    let removed = 0;
    for (let j = i + 1; j < lines.length && !lines[j].includes('->'); j++) {
      const r = /Rows Removed by Filter: (\d+)/.exec(lines[j]);
      if (r) removed = Number(r[1]);
    }
    const read = (Number(m[2]) + removed) * Number(m[3]);
    if (read >= 1000) found.push(`${m[1]} (${read} rows read)`);
  });
  return found;
}

interface Captured {
  query: string;
  params: unknown[];
}

export interface ExplainResult {
  markdown: string;
  summary: string[];
  seqScans: string[];
}

export async function explainScenarios(options: {
  url: string;
  agencyId: string;
  passwordOf: { manager: [string, string]; coOwner: [string, string] };
  coOwnerPersonId: string;
  /** further operations, each as the given sign-in */
  more?: { title: string; payload: GraphQLBody; login: [string, string] }[];
  /** parameters of the report floors: [agency, account, deep cursor], [agency, person], [agency, building] */
  floors?: { statement: [string, string, string]; worksFunds: [string, string]; expenseList: [string, string] };
}): Promise<ExplainResult> {
  const client = connectPostgres(options.url, { max: 2, onnotice: () => {} });
  const captured: Captured[] = [];
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } }) as unknown as Db;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-bench-files-'));
  const { app, apollo } = await createApp({
    db,
    config: loadConfig({ PORT: '0', CURSOR_SECRET: BENCH_CURSOR_SECRET }),
    mailer: createMailer({ from: 'bench' }),
    files: localFileStore(filesDir),
    modules: MODULES,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const md: string[] = ['# EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL', ''];
  const summary: string[] = [];
  const seqScans: string[] = [];

  const explain = async (title: string, text: string, params: unknown[]) => {
    const rows = await client.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params as never[]);
    const plan = rows.map((row) => String(row['QUERY PLAN'])).join('\n');
    const scans = [...plan.matchAll(/(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)(?: using| on) (\S+)(?: on (\S+))?/g)].map((m) =>
      m[1] === 'Seq Scan' ? `Seq Scan on ${m[2]}` : `${m[1]} ${m[2]}`,
    );
    const bad = costlySeqScans(plan);
    for (const table of bad) seqScans.push(`${title}: Seq Scan on ${table}`);
    const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
    summary.push(`${title} — ${time} ms — ${[...new Set(scans)].join(', ') || 'no scan'}${bad.length ? `  ⚠ seq scan on ${bad.join(', ')}` : ''}`);
    const clip = (value: string) => (value.length > 3000 ? `${value.slice(0, 3000)}… (${value.length.toLocaleString('en-US')} characters)` : value);
    md.push(`## ${title}`, '', '```sql', clip(text.trim()), '```', '', `params: \`${clip(JSON.stringify(params))}\``, '', '```', plan, '```', '');
  };

  /** Runs one operation through HTTP and explains each SELECT it issued. */
  const explainOperation = async (title: string, payload: GraphQLBody, cookie?: string) => {
    captured.length = 0;
    const answer = await post(baseUrl, payload, cookie);
    if (answer.errors?.length) throw new Error(`${title}: ${JSON.stringify(answer.errors)}`);
    const statements = [...captured];
    md.push(`# ${title}: ${statements.length} statements`, '');
    let n = 0;
    for (const statement of statements) {
      n += 1;
      if (!/^\s*(select|with)\b/i.test(statement.query)) {
        md.push(
          `## ${title} #${n} (not explained: writes)`,
          '',
          '```sql',
          statement.query.trim().slice(0, 3000),
          '```',
          '',
          `${statement.params.length.toLocaleString('en-US')} parameters`,
          '',
        );
        summary.push(`${title} #${n} — write, not explained: ${statement.query.trim().slice(0, 60)}…`);
        continue;
      }
      await explain(`${title} #${n}`, statement.query, statement.params);
    }
    return answer;
  };

  try {
    const signInAnswer = await explainOperation('sign-in', body(SIGN_IN, { identifier: options.passwordOf.coOwner[0], password: options.passwordOf.coOwner[1] }));
    const coOwnerCookie = signInAnswer.setCookie!.split(';')[0];
    const managerAnswer = await post(baseUrl, body(SIGN_IN, { identifier: options.passwordOf.manager[0], password: options.passwordOf.manager[1] }));
    const managerCookie = managerAnswer.setCookie!.split(';')[0];
    await explainOperation('co-owner home', body(HOME), coOwnerCookie);
    for (const term of [SEARCH_TERMS[0], SEARCH_TERMS[1]]) {
      await explainOperation(`people("${term}")`, body(PEOPLE, { search: term, first: 20 }), managerCookie);
    }
    // The search statement for every term: its cost depends on where the matches sit in name order.
    md.push('# people(search:) search statement, every term', '');
    for (const term of SEARCH_TERMS) {
      captured.length = 0;
      await post(baseUrl, body(PEOPLE, { search: term, first: 20 }), managerCookie);
      const search = captured.find((c) => /\bLIKE\b/i.test(c.query));
      if (!search) continue;
      const rows = await client.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${search.query}`, search.params as never[]);
      const plan = rows.map((row) => String(row['QUERY PLAN'])).join('\n');
      const node = /(Index Scan using \S+|Bitmap Index Scan on \S+|Seq Scan on \S+)/.exec(plan)?.[1] ?? '?';
      const removed = [...plan.matchAll(/Rows Removed by (?:Filter|Index Recheck): (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      const [counted] = await client.unsafe<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM persons WHERE agency_id = $1 AND search_text LIKE '%' || lower(immutable_unaccent($2)) || '%'",
        [options.agencyId, likeWord(term)],
      );
      const matches = counted.n;
      summary.push(`search "${term}" (${matches} matching persons) — ${/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]} ms — ${node}, ${removed} rows read and discarded`);
      md.push(`## search "${term}"`, '', '```', plan, '```', '');
    }
    for (const op of options.more ?? []) {
      const signed = await post(baseUrl, body(SIGN_IN, { identifier: op.login[0], password: op.login[1] }));
      const started = performance.now();
      await explainOperation(op.title, op.payload, signed.setCookie!.split(';')[0]);
      summary.push(`${op.title}: ${((performance.now() - started) / 1000).toFixed(2)} s through HTTP, with the EXPLAIN ANALYZE of its SELECTs`);
    }
    md.push('# Floor statements', '');
    if (options.floors) {
      const [agency, account, after] = options.floors.statement;
      // The sealed cursor's payload (base64url JSON before the "."): the values the page binds; the plan does not need the seal checked.
      const cursor = JSON.parse(Buffer.from(after.split('.')[0], 'base64url').toString('utf8')) as { d: string; i: number; b: string };
      await explain('floor statement page, 90 % deep', STATEMENT_PAGE_SQL, [agency, account, '2015-01-01', '2026-12-31', cursor.b, cursor.d, cursor.i]);
      await explain('floor works funds', WORKS_FUNDS_SQL, options.floors.worksFunds);
      await explain('floor expense list', EXPENSE_LIST_SQL, options.floors.expenseList);
    }
    await explain('floor home', HOME_SQL, [options.agencyId, options.coOwnerPersonId]);
    await explain(`floor people("${SEARCH_TERMS[0]}")`, PEOPLE_SQL, [options.agencyId, likeWord(SEARCH_TERMS[0]), 20]);
    return { markdown: md.join('\n'), summary, seqScans };
  } finally {
    server.closeAllConnections(); // fetch keeps its sockets alive
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
    await client.end();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}
