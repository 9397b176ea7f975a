import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeRenderPool } from '../files/document-renderer';
import { localFileStore } from '../files/file-store';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../db/client';
import { loadConfig, type Config } from '../config';
import { createMailer, type Mailer } from '../mail/mailer';
import { createApp } from '../server';
import { MODULES } from '../modules';
import { withDatabase } from './global-setup';
import { graphql } from './gql';

/** A fresh copy of the demo database for one test file, on PGlite or (TEST_DATABASE_URL) PostgreSQL. */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `palier_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const database = await openPostgres(withDatabase(url, name));
    return {
      ...database,
      close: async () => {
        await database.close();
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const image = fs.readFileSync(inject('pgliteImage'));
  return openPglite(undefined, { loadDataDir: new Blob([image]) });
}

export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the request issued (header x-sql-statements). */
  statements: number;
  status: number;
}

/** Variables are optional for an operation that declares none, required otherwise. */
type VariablesOf<TVars> = Record<string, never> extends TVars ? [variables?: TVars] : [variables: TVars];

/** A sign-in: an identifier and its password (builders return one for each person with access). */
export interface SignIn {
  login: string;
  password: string;
}

const LOGIN = graphql(`
  mutation HarnessLogin($identifier: String!, $password: String!) {
    login(identifier: $identifier, password: $password) {
      viewer {
        identifier
      }
    }
  }
`);

/** An HTTP client with its own cookie jar: one browser, one person. */
export class Client {
  private cookie = '';
  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /**
   * Sends a document written with `graphql()` from `./gql` (codegen: `pnpm codegen`), so the
   * variables are checked and the response is typed from schema/schema.graphql.
   */
  gql<TData, TVars>(document: TypedDocumentNode<TData, TVars>, ...[variables]: VariablesOf<NoInfer<TVars>>): Promise<GraphQLResponse<TData>> {
    return this.post<TData>(print(document), variables ?? {});
  }

  /**
   * Sends a query string as is, for documents codegen cannot hold: built at run time (depth,
   * aliases, token count) or invalid on purpose. The data is `unknown`: assert errors, or narrow.
   */
  raw(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<unknown>> {
    return this.post<unknown>(query, variables);
  }

  private async post<T>(query: string, variables: unknown): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, statements: Number(response.headers.get('x-sql-statements') ?? -1), status: response.status };
  }

  /** Signs in and fails loudly when it does not work. */
  async login(identifier: string, password = 'Demo-Palier-1'): Promise<this> {
    const result = await this.gql(LOGIN, { identifier, password });
    if (result.errors) throw new Error(`login ${identifier} failed: ${JSON.stringify(result.errors)}`);
    return this;
  }

  get sessionCookie(): string {
    return this.cookie;
  }

  set sessionCookie(value: string) {
    this.cookie = value;
  }
}

export interface TestApi {
  database: Database;
  url: string;
  /** The folder of the app's FileStore (documents, invoices): tests check what is stored. */
  filesDir: string;
  client(headers?: Record<string, string>): Client;
  /** A signed-in client: a demo identifier (demo password by default), or a builder's sign-in. */
  as(identifier: string | SignIn, password?: string): Promise<Client>;
  close(): Promise<void>;
}

/** Starts the real HTTP app on a free loopback port over a fresh demo database. */
export async function startTestApi(options: { mailer?: Mailer; smtpUrl?: string; config?: Partial<Config> } = {}): Promise<TestApi> {
  const database = await openTestDatabase();
  const config: Config = { ...loadConfig({ ...process.env, PORT: '0' }), smtpUrl: options.smtpUrl, publicUrl: 'http://palier.test', ...options.config };
  const mailer = options.mailer ?? createMailer({ smtpUrl: options.smtpUrl, from: config.mailFrom });
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-files-'));
  const { app, apollo } = await createApp({ db: database.db, config, mailer, files: localFileStore(filesDir), modules: MODULES });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // fetch keeps connections alive; outlive its idle reuse so a slow test step never meets a reset.
  server.keepAliveTimeout = 120_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    database,
    url,
    filesDir,
    client: (headers) => new Client(url, headers),
    as: (identifier, password) => (typeof identifier === 'string' ? new Client(url).login(identifier, password) : new Client(url).login(identifier.login, identifier.password)),
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await closeRenderPool();
      await database.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** The `extensions.code` of the first error, for terse assertions. */
export function errorCode(result: GraphQLResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
