/**
 * Contender 1: Qyzmet itself (server/dist/main.js) with NODE_ENV=production on the run database,
 * signed in as a superadmin (session cookie). Rate limits are raised and the "deemed issued" sweep is
 * off, so that neither refuses nor changes anything during the measurement.
 */
import { join } from 'node:path';
import { REPO_ROOT } from '../../config.js';
import { startServer, type ServerProcess } from '../processes.js';
import type { GraphqlEndpoint } from '../graphql-client.js';

const EMAIL = 'bench@qyzmet.bench';
const PASSWORD = 'benchmark passphrase, long enough';

/** `profileDir`: run under `node --cpu-prof`, writing the V8 profile there when the server stops. */
export async function startQyzmet(databaseUrl: string, port: number, profileDir?: string): Promise<{ server: ServerProcess; endpoint: GraphqlEndpoint }> {
  const nodeOptions = profileDir ? [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`] : [];
  const server = await startServer('Qyzmet', join(REPO_ROOT, 'server/dist/main.js'), port, {
    ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl,
    ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD, COOKIE_SECURE: 'false', DEEMED_ISSUED_SWEEP_MINUTES: '0',
    RATE_LIMIT_IP_PER_MINUTE: '100000000', RATE_LIMIT_IP_BURST: '100000000', RATE_LIMIT_KEY_PER_MINUTE: '100000000', RATE_LIMIT_KEY_BURST: '100000000',
  }, '/readyz', nodeOptions);
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: EMAIL, p: PASSWORD } }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('qz_session='));
  if (!cookie) throw new Error(`could not sign in to Qyzmet: ${await res.text()}`);
  return { server, endpoint: { url: server.url, headers: { cookie }, cpuMs: server.cpuMs } };
}
