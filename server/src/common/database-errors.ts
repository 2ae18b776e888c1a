/**
 * Database faults a client can do something about: the database is down or restarting, the pool is
 * busy, a statement ran out of time, the database refuses writes. Each becomes SERVICE_UNAVAILABLE
 * (HTTP 503 with Retry-After) with a `reason`, instead of an anonymous INTERNAL_SERVER_ERROR.
 */
import { AppError } from './errors.js';

export type UnavailableReason = 'DATABASE_UNAVAILABLE' | 'BUSY' | 'TIMEOUT' | 'READ_ONLY' | 'STORAGE_FULL';

const MESSAGES: Record<UnavailableReason, string> = {
  DATABASE_UNAVAILABLE: 'The database is not answering at the moment; retry shortly',
  BUSY: 'The server is busy (all database connections are in use); retry shortly',
  TIMEOUT: 'The request took too long and was stopped; retry shortly',
  READ_ONLY: 'The registry is read-only at the moment: changes are refused, reads keep working; retry the change later',
  STORAGE_FULL: 'The database has no space left: changes are refused, reads keep working; retry the change later',
};

/** Seconds a client should wait before retrying, per reason (sent as Retry-After). */
export const RETRY_AFTER_SECONDS: Record<UnavailableReason, number> = {
  DATABASE_UNAVAILABLE: 5, BUSY: 1, TIMEOUT: 2, READ_ONLY: 60, STORAGE_FULL: 60,
};

const BY_SQLSTATE: Record<string, UnavailableReason> = {
  '25006': 'READ_ONLY', // read_only_sql_transaction
  '53100': 'STORAGE_FULL', // disk_full
  '53300': 'BUSY', // too_many_connections
  '57014': 'TIMEOUT', // query_canceled (statement_timeout)
  '55P03': 'TIMEOUT', // lock_not_available (lock_timeout)
  '25P03': 'TIMEOUT', // idle_in_transaction_session_timeout
  '57P01': 'DATABASE_UNAVAILABLE', // admin_shutdown
  '57P02': 'DATABASE_UNAVAILABLE', // crash_shutdown
  '57P03': 'DATABASE_UNAVAILABLE', // cannot_connect_now (starting up, recovering)
};

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What pg and pg-pool say when a connection dies or cannot be had (they carry no code). */
const MESSAGE_PATTERNS: [RegExp, UnavailableReason][] = [
  [/timeout exceeded when trying to connect/i, 'BUSY'], // pg-pool: no free connection within the wait bound
  [/Connection terminated|Client has encountered a connection error|connection is closed|Query read timeout|terminating connection/i, 'DATABASE_UNAVAILABLE'],
];

function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current as Record<string, unknown>;
    const next = current as { originalError?: unknown; cause?: unknown; previous?: unknown };
    current = next.originalError ?? next.cause ?? next.previous;
  }
}

/** The reason a database error is transient or environmental, or null for anything else (a bug, bad data). */
export function unavailableReason(error: unknown): UnavailableReason | null {
  for (const e of causes(error)) {
    if ((e.extensions as { code?: string } | undefined)?.code === 'SERVICE_UNAVAILABLE') return (e.extensions as { reason: UnavailableReason }).reason;
    const code = typeof e.code === 'string' ? e.code : typeof e.sqlState === 'string' ? e.sqlState : undefined;
    if (code && BY_SQLSTATE[code]) return BY_SQLSTATE[code];
    if (code && (code.startsWith('08') && code.length === 5)) return 'DATABASE_UNAVAILABLE'; // connection_exception class
    if (code && NETWORK_CODES.has(code)) return 'DATABASE_UNAVAILABLE';
    const message = typeof e.message === 'string' ? e.message : '';
    for (const [pattern, reason] of MESSAGE_PATTERNS) if (pattern.test(message)) return reason;
  }
  return null;
}

export function serviceUnavailable(reason: UnavailableReason, message = MESSAGES[reason]): AppError {
  return new AppError('SERVICE_UNAVAILABLE', message, { reason, retryAfter: RETRY_AFTER_SECONDS[reason] });
}

/** SQLSTATE 40001 (serialization_failure) or 40P01 (deadlock_detected): safe to run the transaction again. */
export function isRetryableConflict(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code === '40001' || code === '40P01') return true;
  }
  return false;
}

/** SQLSTATE 23505: a unique index refused a row. */
export function isUniqueViolation(error: unknown): boolean {
  for (const e of causes(error)) if (e.code === '23505') return true;
  return false;
}

/**
 * SQLSTATE class 22 (data exception: a date before year 1, a number out of range, text PostgreSQL
 * cannot store): a value that passed the API's checks but not the database's. It came from the
 * client, so it is the client's error to fix, not an internal one.
 */
export function isDataException(error: unknown): boolean {
  for (const e of causes(error)) if (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) return true;
  return false;
}
