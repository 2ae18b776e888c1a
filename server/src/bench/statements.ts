/**
 * SQL statements per request, from pg_stat_statements (the bench's embedded PostgreSQL preloads it):
 * reset, send `n` requests one after another, sum the calls recorded in the run database.
 * Transaction control and the counting itself are left out. null when the extension is missing.
 */
import type pg from 'pg';

export async function statementsPerRequest(db: pg.Pool, request: () => Promise<unknown>, n = 10): Promise<number | null> {
  try { await db.query('select pg_stat_statements_reset()'); } catch { return null; }
  for (let i = 0; i < n; i++) await request();
  const { rows } = await db.query(`select coalesce(sum(calls), 0)::int as calls from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = current_database() and s.query !~* '^\\s*(begin|commit|rollback|savepoint|release|set|show|discard)\\y' and s.query !~* 'pg_stat_statements'`);
  return rows[0].calls / n;
}
