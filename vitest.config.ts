import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end tests spend much of their time waiting on the git and node
    // processes they spawn: a third worker fills that idle time on two cores
    // (docs/performance.md has the figures).
    maxWorkers: 3,
  },
});
