/**
 * Tools of the attack battery (test/attacks): a fingerprint of every table, to prove an attack
 * changed nothing, and a health check, to prove the server survived it.
 */
import { expect } from 'vitest';
import pg from 'pg';
import type { TestServer } from './test-server.js';

/** Columns touched by merely using a credential (not data an attack could change). */
const VOLATILE = ['last_login_at', 'last_used_at', 'last_seen_at'];

/** Row count and a digest of every row of every table (volatile columns left out). */
export async function fingerprint(t: TestServer): Promise<Record<string, string>> {
  const db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  try {
    const tables = (await db.query(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).rows
      .map((r) => r.table_name as string).filter((name) => !name.startsWith('mikro_orm'));
    const result: Record<string, string> = {};
    for (const table of tables) {
      const strip = VOLATILE.map((c) => ` - '${c}'`).join('');
      const { rows } = await db.query(`select count(*)::int as n, coalesce(md5(string_agg((to_jsonb(t)${strip})::text, '|' order by (to_jsonb(t)${strip})::text)), '-') as digest from "${table}" t`);
      result[table] = `${rows[0].n}:${rows[0].digest}`;
    }
    return result;
  } finally {
    await db.end();
  }
}

/** Runs the attack and checks that no table changed. */
export async function changesNothing<T>(t: TestServer, attack: () => Promise<T>): Promise<T> {
  const before = await fingerprint(t);
  const result = await attack();
  expect(await fingerprint(t)).toEqual(before);
  return result;
}

/** The server still answers its probes and a real query. */
export async function expectHealthy(t: TestServer, as?: Record<string, string>): Promise<void> {
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  const res = await t.gql(`{ _serviceStandardsMeta { count } me { kind } }`, {}, as);
  expect(res.errors).toBeUndefined();
  expect(res.data!._serviceStandardsMeta.count).toBeGreaterThanOrEqual(0);
}

/** The single error of a refused request, with its code and request id. */
export function refusal(body: { errors?: { message: string; extensions?: Record<string, any> }[]; data?: unknown }, code: string) {
  expect(body.errors, JSON.stringify(body)).toBeDefined();
  const [error] = body.errors!;
  expect(error.extensions?.code, JSON.stringify(error)).toBe(code);
  expect(error.extensions?.requestId).toBeTruthy();
  // No stack trace, no internal path, no database error text (user input echoed in a message is fine).
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat [\w.<>]+ \(|\/work\/|node_modules|\.[jt]s:\d+|syntax error at or near|invalid input syntax|violates .* constraint|relation "\w+"|SQLSTATE|duplicate key/i);
  return error;
}
