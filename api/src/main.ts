import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config';
import { openDatabase, type Database } from './db/client';
import { isEmpty, seedDemo } from './demo/demo';
import { localFileStore } from './files/file-store';
import { listen, StartupError, stopGracefullyOnSignals } from './lifecycle';
import { closeRenderPool } from './files/document-renderer';
import { settleResetMails } from './identity/password.service';
import { createMailer } from './mail/mailer';
import { MODULES } from './modules';
import { log } from './observability/log';
import { createApp } from './server';

/** `pnpm start`: migrations, demo data on a new DATA_DIR, then API and SPA on one port. */
const config = loadConfig();
let database: Database | undefined;
try {
  database = await openDatabase(config);
  await database.migrate();
  const files = localFileStore(path.join(config.dataDir, 'files'));
  if (await isEmpty(database.db)) {
    await seedDemo(database.db, files);
    log({ msg: 'demo data loaded' });
  }
  // Without SMTP, mail stays in the outbox table; the log names the row, never its body (links, passwords).
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  const { app, apollo } = await createApp({ db: database.db, config, mailer, files, modules: MODULES });
  const server = await listen(app, config.port);
  const opened = database;
  stopGracefullyOnSignals(server, async () => {
    await apollo.stop();
    await settleResetMails();
    await closeRenderPool();
    await opened.close();
  });
  log({
    msg: 'Palier is running',
    url: config.publicUrl,
    graphql: `${config.publicUrl}/graphql`,
    driver: database.driver,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  console.log(`\n  Palier : ouvrez ${config.publicUrl}\n`);
} catch (error) {
  await database?.close().catch(() => undefined);
  if (error instanceof StartupError) {
    console.error(`\n  Palier n'a pas démarré : ${error.message}\n`);
  } else {
    console.error("\n  Palier n'a pas démarré :", error, '\n');
  }
  process.exit(1);
}
