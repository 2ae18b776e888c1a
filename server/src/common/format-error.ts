/**
 * What a client may see of an error: a message and a code from the fixed set, (the request id is added by a plugin in app.ts).
 * Never a stack trace, SQL text or an internal path.
 */
import type { GraphQLFormattedError } from 'graphql';
import { isDataException, serviceUnavailable, unavailableReason } from './database-errors.js';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface ValidationErrorLike { property: string; constraints?: Record<string, string>; children?: ValidationErrorLike[] }

/** Flattens class-validator errors into "field: rule" lines, with nested paths (name.en). */
function describeValidation(errors: ValidationErrorLike[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...describeValidation(e.children ?? [], field)];
  });
}

export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  const code = String(extensions.code ?? 'INTERNAL_SERVER_ERROR');
  // A database fault (down, busy, timed out, read-only) is the client's to retry, not a bug: say so.
  const reason = code === 'INTERNAL_SERVER_ERROR' ? unavailableReason(error) : null;
  if (reason) {
    const unavailable = serviceUnavailable(reason);
    return { message: unavailable.message, path: formatted.path, extensions: unavailable.extensions };
  }
  // A safety net: the services validate their inputs and name the field; this catches a value they let through.
  if (code === 'INTERNAL_SERVER_ERROR' && isDataException(error)) {
    return { message: 'A value is outside what the registry can store (e.g. a date before year 1 or a number too large); check the input', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', reason: 'VALUE_OUT_OF_RANGE' } };
  }
  delete extensions.stacktrace;
  delete extensions.exception;
  if (Array.isArray(extensions.validationErrors)) {
    const problems = describeValidation(extensions.validationErrors as ValidationErrorLike[]);
    delete extensions.validationErrors;
    return {
      message: problems.map((p) => `${p.field}: ${p.message}`).join('; ') || formatted.message,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, problems },
    };
  }
  // A request refused by a limit (access/limits.ts) is the client's doing: BAD_USER_INPUT, naming the limit.
  // Apollo labels validation-time refusals GRAPHQL_VALIDATION_FAILED and the parser's token limit GRAPHQL_PARSE_FAILED.
  if (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th\w+ \d+ tokens/.test(formatted.message)) {
    return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: 'BAD_USER_INPUT', limit: 'tokens' } };
  }
  if (typeof extensions.limit === 'string') {
    return { message: formatted.message, locations: formatted.locations, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  }
  if (!CLIENT_CODES.has(code)) {
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
}
