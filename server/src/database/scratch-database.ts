import pg from 'pg';
import { withDatabase } from './database-url.js';

/** Creates an empty database next to `url`'s, hands its URL to `work`, and drops it afterwards. */
export async function withScratchDatabase<T>(url: string, name: string, work: (scratchUrl: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    return await work(withDatabase(url, name));
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
    await admin.end();
  }
}
