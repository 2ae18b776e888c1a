import { defineConfig } from 'vitest/config';

// Projects: server tests beside the code, and end-to-end tests in test/. Both run against real
// PostgreSQL: test/support/global-setup.ts starts it once and migrates a template database that
// each test file clones.
export default defineConfig({
  test: {
    projects: [
      {
        // Pure helpers of the console (no DOM needed).
        test: { name: 'admin', include: ['admin/src/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
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
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // test/attacks/console-queries builds the console's queries with ra-data-graphql-simple.
          server: { deps: { inline: [/ra-data-graphql/] } },
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
