import type { Request } from 'express';
import type { Db } from '../db/client';
import { ANONYMOUS, loadIntegratorActor, loadPersonActor, type Actor } from './actor';

export const SESSION_COOKIE = 'palier_session';

/** The actor of an HTTP request: a bearer token (integrators) or the session cookie (people). */
export function actorFromRequest(db: Db, req: Request): Promise<Actor> {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return loadIntegratorActor(db, authorization.slice(7).trim());
  const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
  return token ? loadPersonActor(db, token) : Promise.resolve(ANONYMOUS);
}
