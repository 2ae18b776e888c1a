/**
 * `npm run bench` (`-- --quick` for the CI smoke run; options in options.ts): builds or reuses the
 * deterministic dataset, starts Qyzmet and PostGraphile as separate processes on a fresh copy of it,
 * measures the workloads against the database's limit in interleaved rounds, and writes
 * bench/results/latest.md and applications-<N>.md (quick: quick.md). Fails only on wrong answers, errors or lost writes,
 * never on timing: machines are noisy, ratios matter.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { measures, readOptions } from './options.js';
import { pinSelfToLastCore, type ServerProcess } from './processes.js';
import { prepareDataset } from './dataset.js';
import { startQyzmet } from './contenders/qyzmet.js';
import { startPostgraphile } from './contenders/postgraphile.js';
import { limitPool, pgbenchAvailable } from './contenders/limit.js';
import { measureRead, type Endpoints, type ReadResult } from './measure-reads.js';
import { checkIdempotency, measureChains, measureIntake } from './measure-writes.js';
import { measureMixed } from './measure-mixed.js';
import { renderReport, type BenchReport } from './report.js';
import { mutationTemplate } from './workloads/mutation-template.js';
import { w0Floor } from './workloads/w0-floor.js';
import { w1StandardTree } from './workloads/w1-standard-tree.js';
import { w2AgencyApplications } from './workloads/w2-agency-applications.js';
import { w3NestedPage } from './workloads/w3-nested-page.js';
import { qualityReportWorkload, w4QualityReport } from './workloads/w4-quality-report.js';
import { overdueBoard } from './workloads/overdue-board.js';
import { graphql } from './graphql-client.js';
import { freePort } from '../tools/load/api-process.js';
import type { ReadWorkload } from './workloads/types.js';

const log = (line: string) => console.log(line);
const options = readOptions();
const startedAt = new Date();

async function main(): Promise<number> {
  pinSelfToLastCore();
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: await freePort(), settings: { shared_preload_libraries: 'pg_stat_statements' } });
    serverUrl = embedded.url;
  }
  const servers: ServerProcess[] = [];
  const databaseUrl = await prepareDataset(serverUrl, options.applications, options.seed, log);
  const db = limitPool(databaseUrl, options.concurrency);
  db.on('error', () => undefined); // idle connections ended by the shutdown of the database
  try {
    // Ports the system says are free (a fixed range once met a port already taken: "did not become ready").
    const qyzmet = await startQyzmet(databaseUrl, await freePort(), options.profile ? join(REPO_ROOT, 'bench', 'profiles') : undefined); servers.push(qyzmet.server);
    const postgraphile = await startPostgraphile(databaseUrl, await freePort()); servers.push(postgraphile.server);
    const e: Endpoints = { qyzmet: qyzmet.endpoint, postgraphile: postgraphile.endpoint, db, databaseUrl, pgbench: !options.quick && pgbenchAvailable() };
    const report: BenchReport = {
      options, startedAt, reads: [], checks: [], problems: [], rss: { qyzmet: NaN, postgraphile: NaN },
      readyMs: { qyzmet: qyzmet.server.readyMs, postgraphile: postgraphile.server.readyMs },
      dataset: `${options.applications.toLocaleString('en')} applications (seed ${options.seed}), ${(await db.query('select count(*)::int as n from service_standard')).rows[0].n} standard versions, `
        + `${(await db.query('select count(distinct agency_id)::int as n from application')).rows[0].n} providing agencies`,
    };
    const workloads: ReadWorkload[] = [];
    for (const factory of [w0Floor, w1StandardTree, w2AgencyApplications, w3NestedPage, w4QualityReport, overdueBoard]) {
      const w = await factory(db);
      workloads.push(w);
      if (!measures(options, w.id)) continue;
      log(`${w.id}: ${w.title}…`);
      const result: ReadResult = await measureRead(w, e, options, w.id === 'W4' ? 1 : options.concurrency, log);
      report.reads.push(result);
    }
    const template = await mutationTemplate(db);
    if (measures(options, 'W5')) {
      const idempotency = await checkIdempotency(e.qyzmet, template);
      if (idempotency) report.problems.push(idempotency); else report.checks.push('two concurrent submissions with one idempotency key gave one application');
      log('W5: mutation chains…');
      report.chains = await measureChains(e, options, template);
      report.problems.push(...report.chains.problems);
      if (!report.chains.problems.length) report.checks.push('W5: every completed chain counted back from the tables (application issued, one timeline event per mutation)');
    }
    if (measures(options, 'intake')) {
      log('issue #5: intake…');
      report.intake = await measureIntake(e, options, template);
    }
    if (measures(options, 'W6')) {
      log('W6: mixed load…');
      const side = (id: string) => workloads.find((w) => w.id === id)!.qyzmet!;
      report.mixed = await measureMixed(e, options, [side('W1'), side('W2'), side('OB')], side('W4'), template);
    }
    // The counters must have followed every write of the run: this month's report equals the brute force.
    if (report.chains || report.intake || report.mixed) await checkCountersFollowedWrites(e, db, report);
    report.rss = { qyzmet: qyzmet.server.rssMb(), postgraphile: postgraphile.server.rssMb() };
    for (const r of report.reads) {
      for (const [who, c] of [['Qyzmet', r.qyzmet], ['PostGraphile', r.postgraphile]] as const) {
        if (c?.void && who === 'Qyzmet') report.problems.push(`${r.workload.id} Qyzmet: wrong answer (${c.void.split('\n')[0]})`);
        const failed = c?.runs.reduce((n, x) => n + x.errors, 0) ?? 0;
        if (failed) report.problems.push(`${r.workload.id} ${who}: ${failed} errors (${c!.runs.find((x) => x.firstError)?.firstError})`);
      }
    }
    const { chains, intake, mixed } = report;
    const writeRuns = [
      ['W5', chains ? [...chains.ours, ...chains.limit] : []], ['intake', intake ? [...intake.ours, ...intake.limit] : []], ['W6', mixed ? [mixed.saturation, mixed.open] : []],
    ] as const;
    for (const [name, runs] of writeRuns) {
      const failed = runs.reduce((n, x) => n + x.errors, 0);
      if (failed) report.problems.push(`${name}: ${failed} errors (${runs.find((x) => x.firstError)?.firstError})`);
    }
    const markdown = renderReport(report);
    console.log(`\n${markdown}`);
    const results = join(REPO_ROOT, 'bench', 'results');
    mkdirSync(results, { recursive: true });
    // A partial run (--only) prints its table but keeps the committed results of the last whole run.
    if (!options.only) {
      writeFileSync(join(results, options.quick ? 'quick.md' : 'latest.md'), markdown);
      // Full runs also keep their figures per dataset size (latest.md is the last run of any size).
      if (!options.quick) writeFileSync(join(results, `applications-${options.applications}.md`), markdown);
    }
    return report.problems.length ? 1 : 0;
  } finally {
    for (const s of servers) await s.stop();
    await db.end();
    await embedded?.stop();
  }
}

async function checkCountersFollowedWrites(e: Endpoints, db: Endpoints['db'], report: BenchReport): Promise<void> {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit' }).format(new Date());
  const current = await qualityReportWorkload(month, month)(db);
  const counted = current.compare!(current.qyzmet!.normalise(await graphql(e.qyzmet, current.qyzmet!.query, current.qyzmet!.variables)), current.limit.normalise((await db.query(current.limit.text, current.limit.values)).rows));
  if (counted) report.problems.push(`counters after the writes: ${counted}`); else report.checks.push(`after the writes, the report for ${month} (counters) equals the brute force over the raw tables`);
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`benchmark failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
}
