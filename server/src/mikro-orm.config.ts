/**
 * One place that builds the MikroORM configuration; the server, the tools and the tests all call it
 * with their own connection string.
 */
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { join } from 'node:path';
import { entities } from './entities.js';
import { REPO_ROOT } from './config.js';
import { poolDriverOptions, readDatabaseLimits } from './database/pool-options.js';

export const MIGRATIONS_DIR = join(REPO_ROOT, 'migrations');

export function createOrmConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  const limits = readDatabaseLimits();
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    // Requests fork the EntityManager; touching the global one is a bug we want to hear about.
    allowGlobalContext: false,
    pool: { min: 0, max: limits.poolMax },
    // Bounded waits and statement times (database/pool-options.ts).
    driverOptions: poolDriverOptions(limits),
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      glob: '!(*.d).{js,ts}',
      emit: 'ts',
      snapshotName: '.snapshot-qyzmet',
      snapshotOnMigrate: false,
      silent: true,
      allOrNothing: true,
      transactional: true,
    },
    // The quality-indicator counters are kept by hand-written triggers and functions
    // (migrations/…_indicators.ts); the schema diff must not drop them.
    schemaGenerator: { ignoreTriggers: true, ignoreRoutines: true },
    debug: false,
    ...overrides,
  });
}
