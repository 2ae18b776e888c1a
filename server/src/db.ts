/** Opens the ORM on a database and brings its schema up to date. */
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { createOrmConfig } from './mikro-orm.config.js';

export type Orm = MikroORM;

export async function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(clientUrl, overrides));
}

/** Applies pending migrations, all in one transaction: a failing migration leaves nothing behind. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
