import { configDefaults, defineConfig } from 'vitest/config';

// Projects: server tests beside the code, and end-to-end tests in test/. Both run against real
// PostgreSQL: test/support/global-setup.ts starts it once and migrates a template database that
// each test file clones.
/**
 * `graphql` as Node loads it (its CommonJS entry), for our sources too: Vite would pick its ES module
 * build, a second copy of graphql-js whose type checks refuse the schema type-graphql built with the
 * first ("Cannot use GraphQLNonNull from another module or realm").
 */
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        // Pure helpers of the console (no DOM needed).
        // (*.server.test.ts: the console's queries against a real server, in the e2e project.)
        test: { name: 'admin', include: ['admin/src/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, 'admin/src/**/*.server.test.{ts,tsx}'], environment: 'node' },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts', 'admin/src/**/*.server.test.ts'],
          // Fault tests kill their own processes and run alone: npm run test:faults (vitest.faults.config.ts).
          exclude: [...configDefaults.exclude, 'test/browser/**', 'test/reliability/faults/**'],
          environment: 'node',
          // test/attacks/console-queries builds the console's queries with ra-data-graphql-simple.
          server: { deps: { inline: [/ra-data-graphql/] } },
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: oneGraphql,
        test: {
          // The console in headless Chromium (Debian's /usr/bin/chromium + playwright-core) against a
          // real server; the second global setup builds admin/dist when it is missing or stale.
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts', 'test/browser/support/console-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
