/**
 * `npm run schema:emit`: writes schema/schema.graphql from the code, types and fields sorted, so
 * the committed file is a stable, reviewable contract. `--check` fails when the file is stale (CI).
 */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema } from '../schema.js';
import { REPO_ROOT } from '../config.js';

const target = join(REPO_ROOT, 'schema', 'schema.graphql');
const printed = printSchema(lexicographicSortSchema(await createSchema())) + '\n';

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== printed) {
    console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  mkdirSync(join(REPO_ROOT, 'schema'), { recursive: true });
  writeFileSync(target, printed);
  console.log(`Wrote ${target}`);
}
