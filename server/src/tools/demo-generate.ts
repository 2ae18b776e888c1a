/**
 * `npm run demo:generate -- --applications N [--seed S] [--batch B]`: fills the registry with N
 * realistic, seeded-random application histories for the standards it holds (channels, delays,
 * suspensions, refusals, "deemed issued", complaints, surveys), with a progress bar on stderr.
 * The database is DATABASE_URL, or the embedded one; migrations, the calendar and the shipped corpus
 * are brought in first when missing. Adds to what is there (run it on a database nobody is using:
 * receipt numbers continue the agencies' counters).
 */
import 'reflect-metadata';
import { openOrm, migrate } from '../db.js';
import { loadShippedCorpusIfEmpty } from '../corpus/corpus.load.js';
import { seedCalendarIfEmpty } from '../modules/calendar/calendar.seed.js';
import { generateDemoData } from '../modules/applications/demo-generator.js';
import { createLogger } from '../common/logger.js';
import { withToolDatabase } from './with-tool-database.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = inline ? inline.split('=')[1] : i >= 0 ? process.argv[i + 1] : undefined;
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const applications = option('applications', 10_000);
const seed = option('seed', 1);
const batchSize = option('batch', 5_000) || 5_000;

function progressBar(done: number, total: number, started: number): string {
  const width = 30;
  const share = total ? done / total : 1;
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? (total - done) / rate : 0;
  return `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} applications  ${Math.round(rate).toLocaleString('en')}/s  ${seconds.toFixed(0)}s elapsed, ~${eta.toFixed(0)}s left`;
}

try {
  await withToolDatabase(async (url) => {
    const orm = await openOrm(url);
    try {
      await migrate(orm);
      await seedCalendarIfEmpty(orm);
      await loadShippedCorpusIfEmpty(orm, createLogger('warn'));
      const started = Date.now();
      const tty = process.stderr.isTTY;
      let lastLine = 0;
      const result = await generateDemoData(orm, {
        applications, seed, batchSize,
        onProgress: (done, total) => {
          if (tty) process.stderr.write(`\r${progressBar(done, total, started)}`);
          else if (Date.now() - lastLine > 5000 || done === total) { lastLine = Date.now(); process.stderr.write(`${progressBar(done, total, started)}\n`); }
        },
      });
      if (tty) process.stderr.write('\n');
      const seconds = result.ms / 1000;
      console.log(`Generated ${result.applications.toLocaleString('en')} applications (${result.events.toLocaleString('en')} events, ${result.receipts.toLocaleString('en')} receipts, `
        + `${result.complaints.toLocaleString('en')} complaints, ${result.surveys.toLocaleString('en')} survey answers) in ${seconds.toFixed(1)} s: `
        + `${Math.round(result.applications / Math.max(seconds, 0.001)).toLocaleString('en')} applications/s (seed ${seed}).`);
    } finally {
      await orm.close(true);
    }
  });
} catch (error) {
  console.error(`Demo generation failed: ${(error as Error).message}`);
  process.exit(1);
}
