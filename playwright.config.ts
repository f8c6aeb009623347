import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumPath } from './tests/harness/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4199);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromiumPath() },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/preview.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  metadata: { chromium: existsSync(chromiumPath()) ? chromiumPath() : 'missing' },
});
