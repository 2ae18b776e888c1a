import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault tests of test/reliability/faults, each against its own PostgreSQL
// and a real server process (server/dist, built first), one file at a time (they kill processes and
// measure timings, so they must not compete for the CPU with each other).
export default defineConfig({
  test: {
    name: 'faults',
    include: ['test/reliability/faults/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
