import path from 'node:path';

/** Everything the process reads from its environment, read once. */
export interface Config {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  cookieSecure: boolean;
  webDist: string;
}

/** The repository root (api/src/config.ts is two levels below it). */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * DATA_DIR as the README says: unset, `<repository>/.data`; a relative path, from the folder the
 * command was started in (pnpm runs scripts inside api/ but keeps that folder in INIT_CWD).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv): string {
  if (!env.DATA_DIR) return path.join(REPOSITORY_ROOT, '.data');
  return path.resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  return {
    port,
    dataDir: resolveDataDir(env),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Palier <no-reply@palier.example.org>',
    cookieSecure: env.COOKIE_SECURE === 'true',
    webDist: path.join(REPOSITORY_ROOT, 'web/dist'),
  };
}
