/**
 * Fault-test harness: a PostgreSQL of the test's own (embedded binaries, temporary folder, loopback,
 * default durability settings) that can be SIGKILLed and restarted, and (from tools/load) the real
 * Qyzmet server as a child process (server/dist/main.js, built by `npm run test:faults`) that can be
 * SIGKILLed too. Neither is shared with the rest of the suite.
 */
import { mkdtempSync, chmodSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../server/src/database/embedded-postgres.js';
import { withDatabase } from '../../../server/src/database/database-url.js';
import { freePort, waitFor } from '../../../server/src/tools/load/api-process.js';

export {
  ADMIN, freePort, gql, login, ok, readyStatus, sleep, waitFor, startApiProcess as startApi, type Answer, type ApiProcess,
} from '../../../server/src/tools/load/api-process.js';

// ------------------------------------------------------------------------------------ PostgreSQL

export interface FaultPostgres {
  /** Connection string of a database on this server (default: qyzmet). */
  url(database?: string): string;
  sql<T = any>(query: string, params?: unknown[], database?: string): Promise<T[]>;
  /** SIGKILLs the postmaster and every backend (a crash of the database host's processes). */
  kill(): Promise<void>;
  /** Starts PostgreSQL again on the same folder and port (crash recovery replays the WAL). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch { /* the process ended meanwhile */ }
  }
  return found;
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

export async function startFaultPostgres(): Promise<FaultPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qyzmet-faults-pg-'));
  chmodSync(dataDir, 0o755); // the postgres user must be able to enter it
  const port = await freePort();
  let db: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dataDir, port });
  const baseUrl = db.url;
  const fp: FaultPostgres = {
    url: (database = 'qyzmet') => withDatabase(baseUrl, database),
    async sql(query, params = [], database = 'qyzmet') {
      const client = new pg.Client({ connectionString: fp.url(database), connectionTimeoutMillis: 5000 });
      client.on('error', () => undefined);
      await client.connect();
      try { return (await client.query(query, params)).rows; } finally { await client.end().catch(() => undefined); }
    },
    async kill() {
      const pidFile = join(dataDir, 'pg', 'postmaster.pid');
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      const backends = childrenOf(postmaster);
      for (const pid of [postmaster, ...backends]) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
      await waitFor('PostgreSQL processes to die', async () => ![postmaster, ...backends].some(alive), 10_000, 20);
      db = undefined; // its stop() would try a clean shutdown of processes that no longer exist
    },
    async restart() {
      db = await startEmbeddedPostgres({ dataDir, port });
    },
    async stop() {
      await db?.stop().catch(() => undefined);
      db = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return fp;
}

