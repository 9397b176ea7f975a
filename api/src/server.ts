import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { sql } from 'drizzle-orm';
import { OperationTypeNode, type GraphQLSchema } from 'graphql';
import { actorFromRequest } from './auth/request-actor';
import { resolveCursorSecret, type Config } from './config';
import type { Db } from './db/client';
import { createContext, type Ctx, type LoaderFactory } from './graphql/context';
import { formatError } from './graphql/format-error';
import { specHttpStatus } from './graphql/http-status.plugin';
import { refuseNulCharacters } from './graphql/forged-input.plugin';
import { buildPalierSchema } from './graphql/schema';
import type { Mailer } from './mail/mailer';
import type { FileStore } from './files/file-store';
import type { BackgroundJobs, ModuleManifest } from './module-manifest';
import { jsonErrorHandler } from './http-errors';
import { actorOf, jsonBodyByActor, loggedOperationName, schemaDisclosure, securityHeaders } from './http-security';
import { log } from './observability/log';
import { requestStorage, type RequestStats } from './observability/request-context';

/**
 * Exposes the request's SQL statement count (tests assert it; the benchmark reports it), only when
 * PALIER_EXPOSE_SQL_COUNT=1: the count tells whether an identifier or a hidden id exists.
 */
const statementCountHeader: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const stats = requestStorage.getStore();
        if (stats) response.http.headers.set('x-sql-statements', String(stats.sqlStatements));
      },
    };
  },
};

/** Query limits, rejected before any resolver runs. */
export const LIMITS = { maxDepth: 12, maxCost: 20000, depthCostFactor: 1.3, maxAliases: 15, maxTokens: 3000, maxDirectives: 20 };

export interface ServerDeps {
  db: Db;
  config: Config;
  mailer: Mailer;
  files: FileStore;
  /** The domain modules, in order (`MODULES`); the server names none of them. */
  modules: readonly ModuleManifest[];
  schema?: GraphQLSchema;
}

/** Builds the HTTP app: GraphQL at /graphql, /healthz, and the built SPA at /. */
export async function createApp({ db, config: given, mailer, files, modules, schema }: ServerDeps): Promise<{ app: Express; apollo: ApolloServer<Ctx> }> {
  const config: Config = { ...given, cursorSecret: given.cursorSecret ?? resolveCursorSecret(given.dataDir) };
  const armor = new ApolloArmor({
    // Fragments count as their fields, not as extra levels: the SPA colocates fragments (STYLE §7).
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    // A gentler depth factor than armor's 1.5: the graph is deep by design (lot → building → lots…).
    costLimit: { maxCost: LIMITS.maxCost, depthCostFactor: LIMITS.depthCostFactor, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    // The token limit is graphql's own parse option (below): a parse failure, answered as one.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Suggestions are removed per caller instead (schemaDisclosure): managers and integrators keep them.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  // Modules' work after commit (module-manifest.ts BackgroundJobs); started once the app is built.
  const jobs: BackgroundJobs[] = [];
  const backgroundJobs: ApolloServerPlugin<Ctx> = {
    async serverWillStart() {
      return { drainServer: () => Promise.all(jobs.map((job) => job.stop())).then(() => undefined) };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) for (const job of jobs) job.afterMutation?.();
        },
      };
    },
  };
  const apollo = new ApolloServer<Ctx>({
    schema: schema ?? (await buildPalierSchema(modules)),
    csrfPrevention: true,
    // The process stops itself on signals (lifecycle.ts), draining requests first, then Apollo.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    hideSchemaDetailsFromClientErrors: false,
    // Per caller: schemaDisclosure refuses it to anonymous callers and clients.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    // No cache hints in this API (every answer is per viewer): without the default cache-control
    // plugin, Apollo calls no hook per resolved field.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Ctx>[]),
      ...(config.exposeSqlCount ? [statementCountHeader] : []),
      schemaDisclosure,
      backgroundJobs,
      refuseNulCharacters,
      specHttpStatus,
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: protection.validationRules,
  });
  await apollo.start();
  const loaderFactories: LoaderFactory[] = modules.flatMap((module) => (module.loaders ? [module.loaders] : []));

  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send answers: GraphQL travels by POST, which a client never revalidates, and express
  // hashed every answer for one (static files keep theirs: express.static sets its own).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config));
  app.use(cookieParser());
  app.use((req, res, next) => {
    const stats: RequestStats = { requestId: randomUUID(), sqlStatements: 0 };
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', stats.requestId);
    res.on('finish', () => {
      log({
        msg: 'request',
        requestId: stats.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0], // never the query string: reset tokens travel there
        operation: loggedOperationName(req.body),
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        sqlStatements: stats.sqlStatements,
      });
    });
    requestStorage.run(stats, next);
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await db.execute(sql`SELECT 1`);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    // Back-office batches (50 000 ledger entries) travel as variables: large bodies for them only.
    jsonBodyByActor((req) => actorFromRequest(db, req)),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const actor = actorOf(res) ?? (await actorFromRequest(db, req));
        return createContext({
          actor,
          db,
          config,
          mailer,
          files,
          req,
          res,
          loaderFactories,
          requestId: requestStorage.getStore()?.requestId ?? randomUUID(),
          clientAddress: req.ip ?? 'unknown',
        });
      },
    }),
  );

  for (const module of modules) {
    if (module.routes) app.use(module.routes({ db, config, mailer, files, loaderFactories }));
    if (module.background) jobs.push(module.background({ db, config, mailer, files, loaderFactories }));
  }

  const indexHtml = path.join(config.webDist, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => res.sendFile(indexHtml));
  }
  app.use(jsonErrorHandler);
  return { app, apollo };
}
