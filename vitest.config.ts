import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Guards against a hang, not speed goals (those live in npm run bench): a loaded 2-core CI machine runs the spawning tests slowly.
    testTimeout: 60000,
    hookTimeout: 60000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      // A few points below what the suite reaches (lines 93, functions 93, branches 79, statements 91 on 2026-12-02).
      thresholds: { lines: 90, functions: 90, branches: 76, statements: 88 },
    },
  },
});
