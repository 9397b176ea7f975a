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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  return {
    port,
    dataDir: path.resolve(env.DATA_DIR ?? './.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Palier <no-reply@palier.example.org>',
    cookieSecure: env.COOKIE_SECURE === 'true',
    webDist: path.resolve(import.meta.dirname, '../../web/dist'),
  };
}
