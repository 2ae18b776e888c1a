/**
 * How Apollo writes a GraphQL answer to the wire. Its default pretty-prints (two-space indents):
 * about a tenth of the CPU of a list request went into whitespace nobody reads. Answers served from
 * a cache of immutable results (standard-answer.cache.ts) are serialized once; answers of read plans
 * arrive as JSON text.
 */
import type { FormattedExecutionResult } from 'graphql';

const serialized = new WeakMap<object, string>();

/** Declares `data` immutable: its JSON is computed on first use and reused while `data` lives. */
export function serializeOnce(data: Record<string, unknown>): void {
  if (!serialized.has(data)) serialized.set(data, JSON.stringify(data));
}

/**
 * `data` of one field whose JSON was written elsewhere (by PostgreSQL: common/read-plans): sent as it
 * is, and parsed only if something reads the field.
 */
export function dataOfJson(key: string, json: string): Record<string, unknown> {
  let parsed: unknown;
  const data = {};
  Object.defineProperty(data, key, { enumerable: true, get: () => (parsed ??= JSON.parse(json)) });
  serialized.set(data, `{${JSON.stringify(key)}:${json}}`);
  return data;
}

export function stringifyResult(value: FormattedExecutionResult): string {
  const { data, errors, extensions } = value;
  const cached = data && !errors && !extensions ? serialized.get(data) : undefined;
  return cached !== undefined ? `{"data":${cached}}` : JSON.stringify(value);
}
