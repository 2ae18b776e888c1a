/**
 * For command-line tools: the database in DATABASE_URL, or the embedded one (started for the
 * duration of the tool and stopped afterwards).
 */
import { readConfig } from '../config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

export async function withToolDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const config = readConfig();
  if (config.databaseUrl) return work(config.databaseUrl);
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
