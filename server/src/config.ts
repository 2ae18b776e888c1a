/**
 * Process configuration, read once from the environment.
 *
 * PORT          HTTP port of API and console (default 4000)
 * DATABASE_URL  PostgreSQL connection string; unset = embedded PostgreSQL in DATA_DIR/pg
 * DATA_DIR      where the embedded database keeps its files (default <repo>/.data)
 * NODE_ENV      "production" turns off introspection and field suggestions
 * LOG_LEVEL     pino level (default info; "silent" in tests)
 * ROW_CACHES    "off": no caching of sessions, keys, agency tree, standards in force between requests
 * READ_PLANS    "off": list queries are always answered by the resolvers (common/read-plans)
 * ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_MODE, TRUST_PROXY, COOKIE_SECURE, SESSION_*, RATE_LIMIT_*, LOGIN_*:
 *               sign-in, sessions and rate limits (modules/access/access.config.ts)
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAccessConfig, type AccessConfig } from './modules/access/access.config.js';

/** The repository root: server/dist (or server/src) is two levels below it. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  production: boolean;
  logLevel: string;
  /** Cache rarely-written rows between requests, kept honest by PostgreSQL notifications (database/row-changes.ts). */
  rowCaches: boolean;
  /** Answer list queries of stored columns with one statement that writes their JSON (common/read-plans). */
  readPlans: boolean;
  access: AccessConfig;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${value}"`);
  }
  return parsed;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: integer('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || resolve(REPO_ROOT, '.data')),
    embeddedPgPort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL || 'info',
    rowCaches: env.ROW_CACHES !== 'off',
    readPlans: env.READ_PLANS !== 'off',
    access: readAccessConfig(env),
  };
}
