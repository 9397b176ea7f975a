import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import type { Config } from '../config';
import type { Mailer } from '../identity/mailer';
import type { FileStore } from '../files/file-store';
import { createLoaders, type Loaders } from './loaders';

/** Everything a resolver may use, built once per request. */
export interface Ctx {
  actor: Actor;
  db: Db;
  loaders: Loaders;
  config: Config;
  mailer: Mailer;
  files: FileStore;
  requestId: string;
  clientAddress: string;
  /** Absent outside HTTP (tests calling services directly). */
  req?: Request;
  res?: Response;
}

export function createContext(base: Omit<Ctx, 'loaders'>): Ctx {
  const loaders = createLoaders(base.db, base.actor);
  // The session statement read the person's own row: `viewer { person }` costs no statement.
  if (base.actor.kind === 'person' && base.actor.person) loaders.personById.prime(base.actor.personId, base.actor.person);
  return { ...base, loaders };
}
