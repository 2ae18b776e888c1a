/**
 * The benchmark's deterministic dataset: shipped corpus and calendar, standards copied to more
 * providers (clone-standards.ts), then N application histories from the demo generator with a
 * fixed seed and a fixed "now", inserted in time order. It is built once per (size, seed, schema)
 * as a template database and kept (its fingerprint is the database's comment); every run measures
 * a fresh copy (`CREATE DATABASE … TEMPLATE`), vacuumed and analysed, because W5/W6 write to it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { REPO_ROOT } from '../config.js';
import { withDatabase } from '../database/database-url.js';
import { openOrm, migrate } from '../db.js';
import { loadCorpus } from '../corpus/corpus.load.js';
import { seedCalendarIfEmpty } from '../modules/calendar/calendar.seed.js';
import { generateDemoData } from '../modules/applications/demo-generator.js';
import { cloneStandards } from './clone-standards.js';

/** Histories stop here, whatever day the benchmark runs. */
export const DATASET_NOW = new Date('2026-11-30T00:00:00Z');
const AGENCIES = 10;
const STANDARDS_PER_AGENCY = 5;
const RUN_DATABASE = 'qyzmet_bench_run';

function fingerprint(applications: number, seed: number): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ applications, seed, AGENCIES, STANDARDS_PER_AGENCY, now: DATASET_NOW }));
  for (const file of readdirSync(join(REPO_ROOT, 'migrations')).sort()) hash.update(file);
  // The generator and the cloning define the data: a change to either rebuilds it.
  for (const file of ['../modules/applications/demo-generator.js', './clone-standards.js']) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  return hash.digest('hex').slice(0, 16);
}

async function adminQuery<T>(serverUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try { return await work(client); } finally { await client.end(); }
}

async function build(url: string, applications: number, seed: number, log: (line: string) => void): Promise<void> {
  const orm = await openOrm(url);
  try {
    await migrate(orm);
    await seedCalendarIfEmpty(orm);
    await loadCorpus(orm, undefined, DATASET_NOW.toISOString().slice(0, 10));
    log(`  ${await cloneStandards(orm, AGENCIES, STANDARDS_PER_AGENCY)} standards copied to ${AGENCIES} providers`);
    let last = 0;
    const result = await generateDemoData(orm, {
      applications, seed, now: DATASET_NOW, batchSize: 5000,
      onProgress: (done, total) => { if (Date.now() - last > 10_000 || done === total) { last = Date.now(); log(`  ${done.toLocaleString('en')}/${total.toLocaleString('en')} applications`); } },
    });
    log(`  generated in ${(result.ms / 1000).toFixed(0)} s (${result.events.toLocaleString('en')} events, ${result.complaints.toLocaleString('en')} complaints, ${result.surveys.toLocaleString('en')} surveys)`);
  } finally {
    await orm.close(true);
  }
}

/** Returns the URL of a fresh, vacuumed copy of the dataset (building the template first if needed). */
export async function prepareDataset(serverUrl: string, applications: number, seed: number, log: (line: string) => void): Promise<string> {
  const template = `qyzmet_bench_${applications}_s${seed}`;
  const wanted = fingerprint(applications, seed);
  const current = await adminQuery(serverUrl, async (c) => (await c.query(
    `select shobj_description(oid, 'pg_database') as note from pg_database where datname = $1`, [template])).rows[0]?.note as string | undefined);
  if (current !== wanted) {
    log(`building the dataset ${template} (${applications.toLocaleString('en')} applications, seed ${seed})…`);
    await adminQuery(serverUrl, async (c) => { await c.query(`drop database if exists "${template}" with (force)`); await c.query(`create database "${template}"`); });
    await build(withDatabase(serverUrl, template), applications, seed, log);
    await adminQuery(serverUrl, (c) => c.query(`comment on database "${template}" is '${wanted}'`));
  } else {
    log(`reusing the dataset ${template}`);
  }
  await adminQuery(serverUrl, async (c) => {
    await c.query(`drop database if exists "${RUN_DATABASE}" with (force)`);
    await c.query(`create database "${RUN_DATABASE}" template "${template}"`);
  });
  const url = withDatabase(serverUrl, RUN_DATABASE);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('vacuum analyze');
    // Statement counts per request, when the server preloads the extension (the embedded one does).
    await client.query('create extension if not exists pg_stat_statements').catch(() => undefined);
  } finally {
    await client.end();
  }
  return url;
}
