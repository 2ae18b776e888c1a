/**
 * Start-up faults: a wrong DATABASE_URL fails fast with one line naming host and port (never the
 * password); a second Qyzmet on the same data folder or port is told so clearly.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { startServer } from '../../server/src/server.js';
import { readConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/common/logger.js';
import { startEmbeddedPostgres } from '../../server/src/database/embedded-postgres.js';
import { createTestDatabase } from '../support/database.js';
import { freePort } from '../../server/src/tools/load/api-process.js';

const silent = createLogger('silent');

describe('start-up faults', () => {
  it('fails within 10 s on an unreachable database, naming host and port but not the password', async () => {
    const started = Date.now();
    const config = { ...readConfig({ DATABASE_URL: 'postgres://qz:s3cret-pass@127.0.0.1:1/qyzmet' }), port: 0 };
    const error = await startServer(config, silent).then(() => null, (e: Error) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error?.message).toMatch(/Cannot reach PostgreSQL at 127\.0\.0\.1:1/);
    expect(error?.message).not.toMatch(/s3cret-pass/);
    expect(error?.message.split('\n')).toHaveLength(1);
  });

  it('refuses a second embedded database on a data folder that is in use', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qyzmet-lock-'));
    chmodSync(dataDir, 0o755);
    // Ports the system says are free: a random one in the ephemeral range may be a client socket's.
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      const second = await startEmbeddedPostgres({ dataDir, port: await freePort() }).then(() => null, (e: Error) => e);
      expect(second?.message).toMatch(/is locked by a running PostgreSQL .*another Qyzmet already running/);
    } finally {
      await first.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reports a busy HTTP port clearly', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      // A real database, so start-up gets as far as listen().
      const config = { ...readConfig({ DATABASE_URL: await createTestDatabase() }), port, host: '127.0.0.1' };
      const error = await startServer(config, silent, { loadCorpus: false }).then((s) => s.close().then(() => null), (e: Error) => e);
      expect(error?.message).toMatch(new RegExp(`Port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });
});
