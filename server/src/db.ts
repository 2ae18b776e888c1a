/** Opens the ORM on a database and brings its schema up to date. */
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { readdirSync } from 'node:fs';
import { createOrmConfig, MIGRATIONS_DIR } from './mikro-orm.config.js';

export type Orm = MikroORM;

export async function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(clientUrl, overrides));
}

const migrationName = (name: string) => name.replace(/\.[cm]?[jt]s$/, '');

/**
 * Applies pending migrations, all in one transaction: a failing migration leaves nothing behind (not
 * even the migrations before it in the batch). The statement timeout that bounds requests does not
 * apply here: an index build on a big table may take minutes. Then refuses a database this code does
 * not understand (see assertSchemaKnown).
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  await assertSchemaKnown(orm);
  const connection = orm.em.getConnection();
  const applied = await connection.transactional(async (trx) => {
    await connection.execute('set local statement_timeout = 0', [], 'run', trx);
    return orm.migrator.up({ transaction: trx });
  });
  return applied.map((m) => m.name);
}

/**
 * A database migrated by a newer Qyzmet (it lists migrations this code does not ship) has a schema
 * this code would misread: refuse to start instead of serving or writing wrong data.
 */
export async function assertSchemaKnown(orm: MikroORM): Promise<void> {
  const folder = (orm.config.get('migrations').path as string | undefined) ?? MIGRATIONS_DIR;
  const shipped = new Set(readdirSync(folder).filter((f) => /^Migration\w+\.[cm]?[jt]s$/.test(f) && !f.endsWith('.d.ts')).map(migrationName));
  const executed = (await orm.migrator.getExecuted()).map((m) => migrationName(m.name));
  const unknown = executed.filter((name) => !shipped.has(name));
  if (unknown.length) {
    throw new Error(`Schema mismatch: the database has migrations this version of Qyzmet does not know (${unknown.join(', ')}); it was migrated by a newer version. Refusing to start: run that version, or restore a matching backup.`);
  }
}
