/**
 * GraphQL errors → react-admin HttpErrors.
 *
 * ra-data-graphql wraps every failure in an HttpError with status 200 whose body is the Apollo
 * error. This turns it into an HttpError that react-admin can show and act on:
 *  - message: the server's message (it names the field: "code: an agency with code … exists");
 *  - status: from extensions.code (BAD_USER_INPUT 400, UNAUTHENTICATED 401, FORBIDDEN 403,
 *    NOT_FOUND 404, CONFLICT 409 …), so an authProvider's checkError can react to 401/403;
 *  - body: { code, field, requestId, graphQLErrors, errors? } where `errors` (for BAD_USER_INPUT
 *    only) has react-admin's server-side validation shape, `{ name: { en: '…' }, root: { serverError } }`,
 *    so a form marks the offending inputs and notifies the message.
 */
import type { GraphQLFormattedError } from 'graphql';
import { HttpError } from 'react-admin';

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

type FormErrors = { [key: string]: string | FormErrors };

export interface ServerErrorBody {
  code: string;
  field?: string;
  requestId?: string;
  graphQLErrors: readonly GraphQLFormattedError[];
  errors?: FormErrors;
}

interface Problem { field: string; message: string }

function graphQLErrorsOf(cause: unknown): readonly GraphQLFormattedError[] {
  const apollo = cause as { graphQLErrors?: GraphQLFormattedError[]; networkError?: { result?: { errors?: GraphQLFormattedError[] } } } | undefined;
  if (apollo?.graphQLErrors?.length) return apollo.graphQLErrors;
  return apollo?.networkError?.result?.errors ?? [];
}

/** Field problems of a BAD_USER_INPUT error: the server's list, its single field, or the path of an invalid variable. */
function problemsOf(error: GraphQLFormattedError): Problem[] {
  const extensions = error.extensions ?? {};
  if (Array.isArray(extensions.problems)) return extensions.problems as Problem[];
  if (typeof extensions.field === 'string') {
    const prefix = `${extensions.field}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return [{ field: extensions.field, message }];
  }
  // graphql-js: Variable "$name" got invalid value null at "name.en"; Expected non-nullable type …
  const variable = error.message.match(/^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"/s)
    ?? error.message.match(/^Variable "\$([^"]+)"/);
  if (variable) {
    const field = (variable[2] ?? variable[1]).replace(/\[(\d+)\]/g, '.$1');
    return [{ field, message: error.message.replace(/^[^;]*;\s*/, '') }];
  }
  return [];
}

function formErrors(problems: Problem[], message: string): FormErrors | undefined {
  if (!problems.length) return undefined;
  const errors: FormErrors = {};
  for (const { field, message: text } of problems) {
    const path = field.split('.');
    let node = errors;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (typeof next === 'string') break;
      node = (node[key] = next ?? {}) as FormErrors;
    }
    const leaf = path[path.length - 1];
    if (node[leaf] === undefined) node[leaf] = text;
  }
  return { ...errors, root: { serverError: message } };
}

export function toHttpError(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const cause = error.body as unknown;
  if (cause instanceof HttpError) return cause; // raised by our own response parser (e.g. not found)
  const graphQLErrors = graphQLErrorsOf(cause);
  if (!graphQLErrors.length) return error; // a network failure: keep ra-data-graphql's message and status
  const [first] = graphQLErrors;
  const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const message = [...new Set(graphQLErrors.map((e) => e.message))].join('; ');
  const problems = code === 'BAD_USER_INPUT' ? graphQLErrors.flatMap(problemsOf) : [];
  const body: ServerErrorBody = {
    code,
    field: (first.extensions?.field as string | undefined) ?? problems[0]?.field,
    requestId: first.extensions?.requestId as string | undefined,
    graphQLErrors,
    errors: formErrors(problems, message),
  };
  return new HttpError(message, STATUS_BY_CODE[code] ?? 500, body);
}
