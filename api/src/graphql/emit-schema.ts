import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildPalierSchema } from './schema';

/** `pnpm schema:emit`: writes schema/schema.graphql, the contract for the SPA and integrators. */
const schema = await buildPalierSchema();
const target = path.resolve(import.meta.dirname, '../../../schema/schema.graphql');
fs.writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`schema written to ${path.relative(process.cwd(), target)}`);
