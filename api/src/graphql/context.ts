import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import type { Config } from '../config';
import type { Mailer } from '../mail/mailer';
import type { FileStore } from '../files/file-store';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings/registry';

/**
 * Per-request DataLoaders. Empty here on purpose: each module adds its own by declaration merging
 * in its `<entity>.loaders.ts` (`declare module '../graphql/context' { interface Loaders … }`),
 * so this layer names no domain table.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declaration merging
export interface Loaders {}

/** Builds one module's loaders for one request; every batch ANDs the actor's row scope. */
export type LoaderFactory = (db: Db, actor: Actor) => object;

/** Everything a resolver may use, built once per request. */
export interface Ctx {
  actor: Actor;
  /** The actor's agency settings, read with the actor (defaults for anonymous callers). */
  settings: AgencySettings;
  db: Db;
  loaders: Loaders;
  /** Rebuilds `loaders` for another actor (sign-in and sign-out within one operation). */
  loaderFactories: readonly LoaderFactory[];
  config: Config;
  mailer: Mailer;
  files: FileStore;
  requestId: string;
  clientAddress: string;
  /** Absent outside HTTP (tests calling services directly). */
  req?: Request;
  res?: Response;
}

export type ContextBase = Omit<Ctx, 'loaders' | 'settings'>;

export function createLoaders(factories: readonly LoaderFactory[], db: Db, actor: Actor): Loaders {
  return Object.assign({}, ...factories.map((factory) => factory(db, actor))) as Loaders;
}

export function settingsOf(actor: Actor): AgencySettings {
  return actor.kind === 'anonymous' ? DEFAULT_SETTINGS : actor.settings;
}

export function createContext(base: ContextBase): Ctx {
  return { ...base, settings: settingsOf(base.actor), loaders: primeFromActor(createLoaders(base.loaderFactories, base.db, base.actor), base.actor) };
}

/** Rows the actor's own query already read, handed to the loaders so no statement reads them again. */
function primeFromActor(loaders: Loaders, actor: Actor): Loaders {
  if (actor.kind === 'person' && actor.person) loaders.personById.prime(actor.personId, actor.person);
  return loaders;
}

/** Later fields of the same operation see the new actor, with loaders scoped to it. */
export function switchActor(ctx: Ctx, actor: Actor): void {
  ctx.actor = actor;
  ctx.settings = settingsOf(actor);
  ctx.loaders = primeFromActor(createLoaders(ctx.loaderFactories, ctx.db, actor), actor);
}
