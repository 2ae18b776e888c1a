/**
 * Bounds on every database connection, so a slow or dead database turns into a fast, coded error
 * (common/database-errors.ts) instead of a hung request:
 *
 * DB_POOL_MAX              connections in the pool (default 10)
 * DB_POOL_WAIT_MS          longest wait for a free connection, and for a new one to open (default 3000):
 *                          then SERVICE_UNAVAILABLE / BUSY (or DATABASE_UNAVAILABLE)
 * DB_STATEMENT_TIMEOUT_MS  PostgreSQL's statement_timeout for each statement (default 15000; 0 = none)
 * REQUEST_DEADLINE_MS      longest any HTTP request may take before a 503 TIMEOUT (default 30000; 0 = none)
 *
 * Dropped connections never take the process down: MikroORM's PostgreSQL driver listens for the
 * pool's and each client's 'error' events (an unhandled one would be fatal), and the query in flight
 * rejects on its own.
 */
export interface DatabaseLimits {
  poolMax: number;
  poolWaitMs: number;
  statementTimeoutMs: number;
  requestDeadlineMs: number;
}

function bounded(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${value}"`);
  return parsed;
}

export function readDatabaseLimits(env: NodeJS.ProcessEnv = process.env): DatabaseLimits {
  return {
    poolMax: bounded('DB_POOL_MAX', env.DB_POOL_MAX, 10, 1, 500),
    poolWaitMs: bounded('DB_POOL_WAIT_MS', env.DB_POOL_WAIT_MS, 3000, 50, 600_000),
    statementTimeoutMs: bounded('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 15_000, 0, 3_600_000),
    requestDeadlineMs: bounded('REQUEST_DEADLINE_MS', env.REQUEST_DEADLINE_MS, 30_000, 0, 3_600_000),
  };
}

/** Options for the `pg` pool behind MikroORM (its `driverOptions`). */
export function poolDriverOptions(limits: DatabaseLimits): Record<string, unknown> {
  return {
    connectionTimeoutMillis: limits.poolWaitMs,
    // Sent at connection start-up: PostgreSQL cancels any statement running longer (SQLSTATE 57014).
    ...(limits.statementTimeoutMs ? { statement_timeout: limits.statementTimeoutMs } : {}),
    // A transaction left open by a crashed request must not hold its locks for ever.
    idle_in_transaction_session_timeout: 60_000,
    keepAlive: true,
  };
}
