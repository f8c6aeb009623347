import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
