import type { Router } from 'express';
import type { Config } from './config';
import type { Db } from './db/client';
import type { Ctx, LoaderFactory } from './graphql/context';
import type { NodeTypeName } from './graphql/node';
import type { RuleSet } from './auth/rule';
import type { SettingsSlice } from './settings/setting';
import type { Mailer } from './mail/mailer';
import type { FileStore } from './files/file-store';

/** What a module's HTTP routes may use (downloads build a request context from it). */
export interface RouteDeps {
  db: Db;
  config: Config;
  mailer: Mailer;
  files: FileStore;
  loaderFactories: readonly LoaderFactory[];
}

/**
 * A module's work after commit (regenerating documents, sending queued mail): started with the
 * server, nudged after each mutation that answered, stopped (and awaited) when the server stops.
 */
export interface BackgroundJobs {
  /** A mutation answered: its transaction committed; cheap, may debounce. */
  afterMutation?(): void;
  /** Clears timers and waits for the work in flight. */
  stop(): Promise<void>;
}

/**
 * Everything a domain module brings, listed once in `modules.ts`. The GraphQL layer and the
 * server receive the list and import no domain code.
 */
export interface ModuleManifest {
  name: string;
  /** type-graphql resolver classes, including extension resolvers on lower modules' types. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes as Function
  resolvers: readonly Function[];
  /** Per-request DataLoaders (scoped); merged into `ctx.loaders`. */
  loaders?: LoaderFactory;
  /** How `node(id:)` loads each of the module's node types; null when missing or not visible. */
  nodes?: Partial<Record<NodeTypeName, (ctx: Ctx, id: string) => Promise<object | null>>>;
  /** Express routes (downloads, exports), authorised like the data. */
  routes?: (deps: RouteDeps) => Router;
  /** Work after commit, with its timers (see BackgroundJobs). */
  background?: (deps: RouteDeps) => BackgroundJobs;
  /** The module's agency settings slice (declared in its schema file). */
  settings?: SettingsSlice;
  /** The module's actions (declared in auth/rules/<module>.ts, the reviewed file). */
  rules: RuleSet;
}
