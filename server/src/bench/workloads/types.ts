/**
 * A read workload states one question three times: as the GraphQL request a client sends to Qyzmet,
 * as the request a PostGraphile client would send for the same data (absent where PostGraphile's
 * generated schema cannot express the shape; `postgraphileNote` says why), and as one hand-written
 * SQL statement (the database's limit). Each side normalises its answer to the same plain value;
 * the answers are compared before anything is timed: a benchmark of a wrong answer is void.
 */
import type pg from 'pg';

export interface GraphqlSide { query: string; variables?: Record<string, unknown>; normalise: (data: any) => unknown }
export interface SqlSide { text: string; values: unknown[]; normalise: (rows: any[]) => unknown }

export interface ReadWorkload {
  id: string;
  title: string;
  qyzmet: GraphqlSide | null;
  qyzmetNote?: string;
  postgraphile: GraphqlSide | null;
  postgraphileNote?: string;
  limit: SqlSide;
  /** Instead of equality of the normalised answers (e.g. the report only lists some keys). */
  compare?: (ours: unknown, limit: unknown) => string | null;
}

/** Picks the parameters (codes, ids) from the dataset and returns the workload. */
export type ReadWorkloadFactory = (db: pg.Pool) => Promise<ReadWorkload>;
