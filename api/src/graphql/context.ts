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

const DB = Symbol('db');
const ACTOR = Symbol('actor');
type LazyLoaders = Record<string, unknown> & { [DB]: Db; [ACTOR]: Actor };

/** Per list of factories, once its loader names are known: builds a request's loaders lazily. */
const lazyLoaders = new WeakMap<readonly LoaderFactory[], new (db: Db, actor: Actor) => Loaders>();

/**
 * The request's loaders. Building every module's DataLoaders took ~0.3 ms of CPU per request (a
 * tenth of a bare signed-in request's server side), and a request uses a handful: each module's group is
 * built on the first use of one of its loaders (a group shares its RowPool, so it is built whole).
 * The names come from the first, eager, build for this list of factories; the object reads as the
 * plain `Object.assign` of every group did (a later group's name wins).
 */
export function createLoaders(factories: readonly LoaderFactory[], db: Db, actor: Actor): Loaders {
  const Lazy = lazyLoaders.get(factories);
  if (Lazy) return new Lazy(db, actor);
  const groups = factories.map((factory) => factory(db, actor));
  lazyLoaders.set(
    factories,
    lazyClass(
      factories,
      groups.map((group) => Object.keys(group)),
    ),
  );
  return Object.assign({}, ...groups) as Loaders;
}

function lazyClass(factories: readonly LoaderFactory[], namesOf: string[][]): new (db: Db, actor: Actor) => Loaders {
  const owner = new Map<string, number>();
  namesOf.forEach((names, index) => names.forEach((name) => owner.set(name, index)));
  const own = (loaders: LazyLoaders, name: string, value: unknown) => Object.defineProperty(loaders, name, { value, writable: true, enumerable: true, configurable: true });
  const build = (loaders: LazyLoaders, index: number) => {
    const group = factories[index](loaders[DB], loaders[ACTOR]) as Record<string, unknown>;
    for (const [name, loader] of Object.entries(group)) if ((owner.get(name) ?? index) === index && !Object.hasOwn(loaders, name)) own(loaders, name, loader);
  };
  function Lazy(this: LazyLoaders, db: Db, actor: Actor) {
    this[DB] = db;
    this[ACTOR] = actor;
  }
  for (const [name, index] of owner) {
    Object.defineProperty(Lazy.prototype, name, {
      get(this: LazyLoaders) {
        build(this, index);
        if (!Object.hasOwn(this, name)) own(this, name, undefined); // the group left it out for this actor
        return this[name];
      },
      set(this: LazyLoaders, value: unknown) {
        own(this, name, value);
      },
    });
  }
  return Lazy as unknown as new (db: Db, actor: Actor) => Loaders;
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
