import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for our
    // dependencies; make test files load the same copy, or graphql-js sees two realms.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Every test file gets its own database, so files run in parallel safely.
    fileParallelism: true,
    // Most of a test's time is spent waiting on PostgreSQL, child processes or sockets, so three
    // files at a time pay off even on two cores (vitest's default there is one).
    maxWorkers: 3,
    env: { NODE_ENV: 'test' },
  },
});
