/**
 * Starts Qyzmet: database (DATABASE_URL or embedded), migrations, shipped corpus on an empty
 * database, HTTP server. Returns a handle whose close() drains requests and shuts everything down.
 */
import { createServer, type Server } from 'node:http';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import { readConfig, type AppConfig } from './config.js';
import { createLogger, type Logger } from './common/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { assertDatabaseReachable } from './database/wait-for-database.js';
import { redactDatabaseUrl } from './database/database-url.js';
import { openOrm, migrate } from './db.js';
import { createSchema } from './schema.js';
import { createApp } from './app.js';
import type { RowChanges } from './database/row-changes.js';
import { startDeemedIssuedJob } from './modules/applications/deemed-issued.job.js';
import { loadShippedCorpusIfEmpty } from './corpus/corpus.load.js';
import { seedCalendarIfEmpty } from './modules/calendar/calendar.seed.js';
import { bootstrapAccounts } from './modules/access/bootstrap.js';
import { startWebhookWorker } from './modules/open-data/webhook.worker.js';

export interface RunningServer {
  url: string;
  port: number;
  orm: MikroORM;
  /** Changes to the rows the server caches (tests wait on it after editing rows directly). */
  rowChanges: RowChanges;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE'
        ? new Error(`Port ${port} is already in use: is another Qyzmet already running? Set PORT to another port.`)
        : error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export interface StartOptions {
  /** ORM settings for tests (e.g. a query logger that counts statements). */
  ormOverrides?: Partial<Options>;
  /** Load the shipped corpus into an empty database (default true). */
  loadCorpus?: boolean;
}

export async function startServer(config: AppConfig = readConfig(), log: Logger = createLogger(config.logLevel), options: StartOptions = {}): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log: (line) => log.debug({ pg: line }) });
    databaseUrl = embedded.url;
    log.info({ dataDir: embedded.dataDir }, 'embedded PostgreSQL started');
  }
  let orm: MikroORM | undefined;
  try {
    await assertDatabaseReachable(databaseUrl);
    orm = await openOrm(databaseUrl, options.ormOverrides);
    const applied = await migrate(orm);
    if (applied.length) log.info({ migrations: applied }, 'migrations applied');
    const calendar = await seedCalendarIfEmpty(orm);
    if (calendar) log.info(calendar, 'shipped production calendar loaded');
    const loaded = options.loadCorpus === false ? null : await loadShippedCorpusIfEmpty(orm, log);
    if (loaded) log.info(loaded, 'shipped corpus loaded');
    const schema = await createSchema();
    await bootstrapAccounts(orm, config.access, config.production, log);
    const { app, stop: stopApollo, beginShutdown, rowChanges } = await createApp({ orm, schema, log, production: config.production, access: config.access, rowCaches: config.rowCaches, readPlans: config.readPlans });
    const server = createServer(app);
    const port = await listen(server, config.port, config.host);
    const stopDeemedIssuedJob = startDeemedIssuedJob(orm, log);
    const webhooks = startWebhookWorker(orm, log);
    const url = `http://localhost:${port}`;
    log.info({ database: redactDatabaseUrl(databaseUrl), url }, 'Qyzmet is listening');
    const openOrmHandle = orm;
    let closing: Promise<void> | undefined;
    return {
      url, port, orm, rowChanges,
      close() {
        closing ??= (async () => {
          // Stop accepting connections, let in-flight requests finish, then close the pool and the database.
          beginShutdown();
          await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeIdleConnections(); });
          await stopApollo();
          await stopDeemedIssuedJob();
          await webhooks.stop();
          await openOrmHandle.close(true);
          await embedded?.stop();
        })();
        return closing;
      },
    };
  } catch (error) {
    await orm?.close(true).catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
