/**
 * The fixed set of error codes clients can rely on. Every error a resolver throws is one of these;
 * anything else is reported as INTERNAL_SERVER_ERROR with no detail (see formatError in app.ts).
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED'
  /** The database is down, busy, too slow or read-only (common/database-errors.ts): HTTP 503, retry later. */
  | 'SERVICE_UNAVAILABLE';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** A rule broken by one input field: the message says what was wrong; `field` says where. */
export function invalidInput(field: string, message: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

export function notFound(type: string, id: string): AppError {
  return new AppError('NOT_FOUND', `${type} "${id}" does not exist`, { type, id });
}

export function conflict(type: string, id: string, currentVersion: number, yourVersion: number): AppError {
  return new AppError('CONFLICT',
    `${type} "${id}" was changed by someone else (your version ${yourVersion}, current version ${currentVersion}); reload it and apply your change again`,
    { type, id, currentVersion });
}

/** Collects several field errors so the client sees them all at once. */
export class InputErrors {
  private readonly problems: { field: string; message: string }[] = [];
  add(field: string, message: string): void { this.problems.push({ field, message }); }
  get size(): number { return this.problems.length; }
  throwIfAny(): void {
    if (!this.problems.length) return;
    const [first] = this.problems;
    throw new AppError('BAD_USER_INPUT',
      this.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      { field: first.field, problems: this.problems });
  }
}
