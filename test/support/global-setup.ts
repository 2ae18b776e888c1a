/**
 * Once per test run: a real PostgreSQL (DATABASE_URL's server, or an embedded one in a temporary
 * folder), and a migrated template database. Every test file then clones the template with
 * CREATE DATABASE … TEMPLATE, which takes milliseconds, so files run in parallel without sharing state.
 */
import type { TestProject } from 'vitest/node';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/database/embedded-postgres.js';
import { freePort } from '../../server/src/tools/load/api-process.js';
import { withDatabase } from '../../server/src/database/database-url.js';
import { openOrm, migrate } from '../../server/src/db.js';
import { TEMPLATE_DATABASE, CORPUS_TEMPLATE_DATABASE } from './database.js';
import { loadCorpus } from '../../server/src/corpus/corpus.load.js';
import { seedCalendarIfEmpty } from '../../server/src/modules/calendar/calendar.seed.js';

declare module 'vitest' {
  export interface ProvidedContext { databaseUrl: string }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'qyzmet-test-pg-'));
    chmodSync(dataDir, 0o755); // the postgres user must be able to enter it
    const port = await freePort();
    embedded = await startEmbeddedPostgres({ dataDir, port });
    serverUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  for (const db of [TEMPLATE_DATABASE, CORPUS_TEMPLATE_DATABASE]) await admin.query(`drop database if exists ${db} with (force)`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  const orm = await openOrm(withDatabase(serverUrl, TEMPLATE_DATABASE));
  await migrate(orm);
  await seedCalendarIfEmpty(orm);
  await orm.close(true);
  // A second template with the shipped corpus loaded, for tests that work on real standards.
  await admin.query(`create database ${CORPUS_TEMPLATE_DATABASE} template ${TEMPLATE_DATABASE}`);
  await admin.end();
  const corpusOrm = await openOrm(withDatabase(serverUrl, CORPUS_TEMPLATE_DATABASE));
  await loadCorpus(corpusOrm);
  await corpusOrm.close(true);
  project.provide('databaseUrl', serverUrl);

  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
