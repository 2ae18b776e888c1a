/**
 * Read plans run as named prepared statements on MikroORM's `pg` pool, so PostgreSQL parses and
 * plans a text once per connection instead of once per request (MikroORM's own execute writes the
 * values into the text, a new text to plan every time). Measured on the benchmark's pages: planning
 * a plan's statement (0.15 ms for W2) cost PostgreSQL more than running it.
 *
 * Whole numbers (page sizes, offsets) and ids are written into the text, where they cannot carry
 * anything but digits, hex and dashes; everything else is a parameter. A statement left with no
 * parameters gets one plan for good; with parameters (a name searched, a list of agencies),
 * PostgreSQL plans each execution for its values, as before.
 *
 * A connection keeps each prepared statement until it closes, so a text gets a name only when it
 * comes again (one-off texts run unnamed), and only the first MAX_NAMED such texts do.
 * Statements are logged through MikroORM's logger like every other (tests count statements).
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ListStatement } from '../list-statements.js';
import { isId } from '../ids.js';
import { Lru } from '../lru.js';

const MAX_NAMED = 200;
const names = new Map<string, string>();
/** Texts seen once, not yet named. */
const seen = new Lru<true>(2000);

/** The statement for `pg`: `?` placeholders as `$1…$n` or written values; null when the count does not match or `??` (an identifier placeholder) occurs. */
export function forPg(statement: ListStatement): { text: string; values: unknown[] } | null {
  const pieces = statement.sql.split('?');
  if (pieces.length - 1 !== statement.params.length || statement.sql.includes('??')) return null;
  const values: unknown[] = [];
  let text = pieces[0];
  statement.params.forEach((value, i) => {
    const written = Number.isSafeInteger(value) ? String(value) : typeof value === 'string' && isId(value) ? `'${value}'` : `$${values.push(value)}`;
    text += written + pieces[i + 1];
  });
  return { text, values };
}

function nameOf(text: string): string | undefined {
  const name = names.get(text);
  if (name || names.size >= MAX_NAMED) return name;
  if (!seen.get(text)) { seen.set(text, true); return undefined; }
  const named = `qz_${createHash('sha1').update(text).digest('base64url')}`;
  names.set(text, named);
  return named;
}

export async function queryPrepared<T>(em: EntityManager, statement: ListStatement): Promise<T[]> {
  const connection = em.getConnection();
  const prepared = forPg(statement);
  if (prepared === null) return connection.execute<T[]>(statement.sql, statement.params, 'all');
  const { text, values } = prepared;
  const name = nameOf(text);
  const pool = await connection.getNativeClient();
  const logger = em.config.getLogger();
  const started = Date.now();
  try {
    const { rows } = await pool.query<T & object>({ name, text, values });
    logger.logQuery({ query: text, params: values, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    logger.logQuery({ query: text, params: values, took: Date.now() - started, level: 'error' });
    throw error;
  }
}

/** How many statement texts have a name (for tests). */
export const namedStatementCount = () => names.size;
