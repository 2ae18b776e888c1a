/**
 * A real Qyzmet HTTP server on a random port over a fresh database, and a tiny GraphQL client that
 * also counts the SQL statements the server ran (for N+1 tests).
 */
import { afterAll } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/server.js';
import { readConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/common/logger.js';
import { createTestDatabase, CORPUS_TEMPLATE_DATABASE } from './database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

export interface TestServer {
  url: string;
  server: RunningServer;
  databaseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Runs `work` and returns how many SQL statements the server executed meanwhile. */
  countQueries(work: () => Promise<unknown>): Promise<number>;
}

export async function startTestServer(options: { env?: Record<string, string>; withCorpus?: boolean } = {}): Promise<TestServer> {
  const databaseUrl = await createTestDatabase(options.withCorpus ? CORPUS_TEMPLATE_DATABASE : undefined);
  const config = { ...readConfig({ ...process.env, ...options.env, DATABASE_URL: databaseUrl }), port: 0, host: '127.0.0.1' };
  let statements = 0;
  const server = await startServer(config, createLogger('silent'), {
    ormOverrides: { debug: ['query'], logger: () => { statements++; } },
    loadCorpus: false,
  });
  afterAll(() => server.close());
  const url = server.url;
  return {
    url, server, databaseUrl,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as Promise<GraphQLResponse<any>>;
    },
    async countQueries(work) {
      const before = statements;
      await work();
      return statements - before;
    },
  };
}
