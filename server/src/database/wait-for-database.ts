import pg from 'pg';
import { describeDatabaseUrl } from './database-url.js';

/**
 * Fails fast, with one line naming host and port (never the password), when the server cannot be
 * reached: start-up must not hang on a wrong DATABASE_URL.
 */
export async function assertDatabaseReachable(url: string, timeoutMs = 8000): Promise<void> {
  const target = describeDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new Error(`Cannot reach PostgreSQL at ${target.host}:${target.port} (database "${target.database}", user "${target.user}"): ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
