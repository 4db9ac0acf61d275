import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Workers are reused across test files (each file's own spawn cost ~4 s on a loaded 2-core machine); no test
    // changes global state it does not restore, and src/lib keeps no module state a test relies on.
    isolate: false,
    // Property tests run thousands of cases; a loaded machine must not turn them into timeouts.
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
});
