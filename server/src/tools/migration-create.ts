/**
 * `npm run migration:create [-- name]`: diff the entities against the migration snapshot and write
 * a new migration into migrations/. Runs on a scratch database migrated to the latest state.
 */
import { openOrm } from '../db.js';
import { withToolDatabase } from './with-tool-database.js';
import { withScratchDatabase } from '../database/scratch-database.js';

const name = process.argv[2];
await withToolDatabase((url) => withScratchDatabase(url, 'qyzmet_migration_create', async (scratchUrl) => {
  const orm = await openOrm(scratchUrl);
  try {
    await orm.migrator.up();
    const result = await orm.migrator.create(undefined, false, false, name);
    console.log(result.fileName ? `Created migrations/${result.fileName}` : 'No changes: entities and migrations agree.');
  } finally {
    await orm.close(true);
  }
}));
