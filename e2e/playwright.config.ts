import { defineConfig } from '@playwright/test';

const port = Number(process.env.SKE_E2E_BACKEND_PORT ?? 7017);
const platformPort = Number(process.env.SKE_E2E_PLATFORM_PORT ?? 16443);

export default defineConfig({
  testDir: './tests',
  // The catalog comes from ingestion: specs start once it holds the seed.
  globalSetup: './scripts/waitForSeededCatalog.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: process.env.SKE_E2E_JSON ?? 'test-results/results.json' },
    ],
  ],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node ../node_modules/.bin/tsx scripts/stack.ts',
    cwd: __dirname,
    url: `http://127.0.0.1:${port}/api/ske/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      SKE_BACKEND_PORT: String(port),
      SKE_PLATFORM_PORT: String(platformPort),
      SKE_PIPELINE_DELAY_MS: '1000',
    },
  },
});
