/**
 * `npm run migration:check`: fails when the entities and the migrations disagree (someone changed
 * an entity without creating a migration). CI runs it.
 */
import { openOrm } from '../db.js';
import { withToolDatabase } from './with-tool-database.js';
import { withScratchDatabase } from '../database/scratch-database.js';

let ok = false;
await withToolDatabase((url) => withScratchDatabase(url, 'qyzmet_migration_check', async (scratchUrl) => {
  const orm = await openOrm(scratchUrl);
  try {
    await orm.migrator.up();
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    ok = diff.trim() === '';
    if (!ok) console.error('Entities and migrations disagree. Run `npm run migration:create`. Pending SQL:\n' + diff);
    else console.log('migration:check OK: entities and migrations agree.');
  } finally {
    await orm.close(true);
  }
}));
process.exit(ok ? 0 : 1);
