import { loadConfig } from '../config';
import { openDatabase } from './client';

/** `pnpm db:migrate`: applies the committed SQL migrations to DATABASE_URL or DATA_DIR. */
const config = loadConfig();
const database = await openDatabase(config);
await database.migrate();
await database.close();
console.log(JSON.stringify({ msg: 'migrations applied', driver: database.driver }));
