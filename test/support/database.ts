/** A fresh database per test file, cloned from the migrated template. */
import { inject, afterAll } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { withDatabase } from '../../server/src/database/database-url.js';

export const TEMPLATE_DATABASE = 'qyzmet_test_template';
/** The migrated template with the shipped corpus loaded. */
export const CORPUS_TEMPLATE_DATABASE = 'qyzmet_test_corpus';

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

/** Creates `qz_<random>` from the template; dropped after the file's tests. Returns its URL. */
export async function createTestDatabase(template = TEMPLATE_DATABASE): Promise<string> {
  const serverUrl = inject('databaseUrl');
  const name = 'qz_' + randomBytes(6).toString('hex');
  // Cloning needs the template to have no other sessions: retry briefly if another file is cloning.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(serverUrl, `create database ${name} template ${template}`);
      break;
    } catch (error) {
      if (attempt > 50 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
  afterAll(async () => { await adminQuery(serverUrl, `drop database if exists ${name} with (force)`); });
  return withDatabase(serverUrl, name);
}
