import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { isEmpty, seedDemo } from './demo/demo';
import { createMailer } from './mail/mailer';
import { log } from './observability/log';
import { createApp } from './server';
import { localFileStore } from './files/file-store';
import { MODULES } from './modules';
import path from 'node:path';

/** `pnpm start`: migrations, demo data on a new DATA_DIR, then API and SPA on one port. */
const config = loadConfig();
const database = await openDatabase(config);
await database.migrate();
const files = localFileStore(path.join(config.dataDir, 'files'));
if (await isEmpty(database.db)) {
  await seedDemo(database.db, files);
  log({ msg: 'demo data loaded' });
}
const isDevelopment = process.env.NODE_ENV !== 'production';
const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log: isDevelopment ? log : undefined });
const { app } = await createApp({ db: database.db, config, mailer, files, modules: MODULES });
const server = app.listen(config.port, () => {
  log({ msg: 'Palier is running', url: config.publicUrl, graphql: `${config.publicUrl}/graphql`, driver: database.driver });
  console.log(`\n  Palier : ouvrez ${config.publicUrl}\n`);
});

const shutdown = () => {
  server.close(() => void database.close().then(() => process.exit(0)));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
