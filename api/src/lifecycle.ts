import type { Server } from 'node:http';
import type { Express } from 'express';
import { log } from './observability/log';

/** Why the server could not start, in words a newcomer can act on (French first: the product's language). */
export class StartupError extends Error {}

/** Listens on `port`; a port already taken is a StartupError, never a success message. */
export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = host ? app.listen(port, host) : app.listen(port);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `Le port ${port} est déjà utilisé par un autre programme : arrêtez-le, ou choisissez un autre port (PORT=${port + 1} pnpm start). / Port ${port} is already in use.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`Le port ${port} n'est pas autorisé pour cet utilisateur (choisissez un port au-dessus de 1024). / Port ${port} is not allowed.`));
      } else reject(error);
    });
  });
}

/**
 * Graceful stop on SIGINT/SIGTERM: no new connections, requests in flight finish (up to
 * `graceMs`), idle keep-alive sockets close, then `close()` (Apollo, the database and its lock)
 * and exit 0. Further signals while stopping are ignored: Ctrl+C reaches the whole process group,
 * and `pnpm start` forwards a SIGTERM of its own right after (pnpm#7374); the grace timer bounds the stop.
 */
export function stopGracefullyOnSignals(server: Server, close: () => Promise<void>, graceMs = 10_000): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log({ msg: 'stopping', signal });
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      close()
        .then(() => {
          log({ msg: 'stopped' });
          process.exit(0);
        })
        .catch((error: unknown) => {
          log({ level: 'error', msg: 'stop failed', error: String(error) });
          process.exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
