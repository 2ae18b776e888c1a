/** Starts contender 2 (postgraphile-server.ts) as a separate process on the run database. */
import { fileURLToPath } from 'node:url';
import { startServer, type ServerProcess } from '../processes.js';
import type { GraphqlEndpoint } from '../graphql-client.js';

export async function startPostgraphile(databaseUrl: string, port: number): Promise<{ server: ServerProcess; endpoint: GraphqlEndpoint }> {
  const script = fileURLToPath(new URL('./postgraphile-server.js', import.meta.url));
  const server = await startServer('PostGraphile', script, port, { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: databaseUrl }, '/graphql');
  return { server, endpoint: { url: server.url, headers: {}, cpuMs: server.cpuMs } };
}
