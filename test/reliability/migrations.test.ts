/**
 * Schema changes are all or nothing: a batch of migrations whose last one fails leaves an empty
 * database (no table, no migration recorded), and a database migrated by a newer version (it lists a
 * migration this code does not ship) makes the server refuse to start, without touching it.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { Migration } from '@mikro-orm/migrations';
import { openOrm, migrate } from '../../server/src/db.js';
import { MIGRATIONS_DIR, createOrmConfig } from '../../server/src/mikro-orm.config.js';
import { startServer } from '../../server/src/server.js';
import { readConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/common/logger.js';
import { withScratchDatabase } from '../../server/src/database/scratch-database.js';
import { createTestDatabase } from '../support/database.js';

class Migration20991231000000_broken extends Migration {
  override name = 'Migration20991231000000_broken';
  override up(): void {
    this.addSql('create table "half_done" ("id" int primary key);');
    this.addSql('alter table "no_such_table" add column "x" int;');
  }
}

async function shippedMigrations(): Promise<{ name: string; class: new (...args: any[]) => Migration }[]> {
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^Migration\w+\.ts$/.test(f)).sort();
  return Promise.all(files.map(async (file) => {
    const module = await import(join(MIGRATIONS_DIR, file)) as Record<string, new (...args: any[]) => Migration>;
    return { name: file.replace(/\.ts$/, ''), class: Object.values(module)[0] };
  }));
}

async function query<T = any>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return (await client.query(sql)).rows; } finally { await client.end(); }
}

describe('migrations', () => {
  it('a failing migration rolls back the whole batch: no table, no migration recorded', async () => {
    await withScratchDatabase(inject('databaseUrl'), `qz_broken_${process.pid}`, async (url) => {
      const migrationsList = [...await shippedMigrations(), { name: 'Migration20991231000000_broken', class: Migration20991231000000_broken }];
      const orm = await openOrm(url, { migrations: { ...createOrmConfig(url).migrations, migrationsList } });
      try {
        await expect(migrate(orm)).rejects.toThrow(/no_such_table/);
      } finally {
        await orm.close(true);
      }
      const tables = await query<{ table_name: string }>(url, `select table_name from information_schema.tables where table_schema = 'public'`);
      // The migrations table itself may exist (it is created before the batch), but holds nothing.
      expect(tables.map((t) => t.table_name).filter((t) => t !== 'mikro_orm_migrations')).toEqual([]);
      const recorded = tables.some((t) => t.table_name === 'mikro_orm_migrations') ? await query(url, 'select name from mikro_orm_migrations') : [];
      expect(recorded).toEqual([]);
    });
  });

  it('refuses to start on a database migrated by a newer version, and leaves it untouched', async () => {
    const url = await createTestDatabase();
    await query(url, `insert into mikro_orm_migrations (name, executed_at) values ('Migration20991231000000_future', now())`);
    const before = await query(url, 'select count(*)::int as n from mikro_orm_migrations');
    const config = { ...readConfig({ DATABASE_URL: url }), port: 0, host: '127.0.0.1' };
    const error = await startServer(config, createLogger('silent'), { loadCorpus: false }).then((s) => s.close().then(() => null), (e: Error) => e);
    expect(error?.message).toMatch(/Schema mismatch: .*Migration20991231000000_future.*Refusing to start/);
    expect(await query(url, 'select count(*)::int as n from mikro_orm_migrations')).toEqual(before);
  });
});
