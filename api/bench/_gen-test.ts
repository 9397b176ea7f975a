import postgres from 'postgres';
import { openPostgres, openPglite } from '../src/db/client';
import { generateAgency, analyze } from '../bench/generate';
const which = process.argv[2];
if (which === 'pg') {
  const admin = postgres('postgres://postgres@127.0.0.1:5432/postgres', { onnotice: () => {} });
  await admin.unsafe('DROP DATABASE IF EXISTS palier_gen_test WITH (FORCE)');
  await admin.unsafe('CREATE DATABASE palier_gen_test');
  await admin.end();
  const db = await openPostgres('postgres://postgres@127.0.0.1:5432/palier_gen_test');
  let t = performance.now(); await db.migrate(); console.log('migrate', performance.now() - t);
  t = performance.now(); const g = await generateAgency(db, { ledgerEntries: Number(process.argv[3] ?? 1000000) }); console.log('gen', performance.now() - t, g);
  t = performance.now(); await analyze(db); console.log('analyze', performance.now() - t);
  await db.close();
} else {
  const dir = '/tmp/benchdev/pgl'; 
  const fs = await import('node:fs'); fs.rmSync(dir, { recursive: true, force: true });
  const db = await openPglite(dir);
  let t = performance.now(); await db.migrate(); console.log('migrate', performance.now() - t);
  t = performance.now(); const g = await generateAgency(db, { ledgerEntries: 100000 }); console.log('gen', performance.now() - t, g);
  t = performance.now(); await analyze(db); console.log('analyze', performance.now() - t);
  await db.close();
}
