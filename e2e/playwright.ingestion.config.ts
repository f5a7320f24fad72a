import { defineConfig } from '@playwright/test';
import path from 'node:path';
import baseConfig from './playwright.config';

const port = Number(process.env.SKE_E2E_BACKEND_PORT ?? 7037);
const platformPort = Number(process.env.SKE_E2E_PLATFORM_PORT ?? 16453);

/**
 * The e2e app whose catalog comes from ingestion only (app-config.ingestion.yaml
 * read last: no hand-written Kratix entity): specs in ./ingestion.
 */
export default defineConfig({
  ...baseConfig,
  testDir: './ingestion',
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    ...baseConfig.webServer,
    url: `http://127.0.0.1:${port}/api/ske/health`,
    env: {
      SKE_PLATFORM_PORT: String(platformPort),
      SKE_PIPELINE_DELAY_MS: '1000',
      SKE_BACKEND_PORT: String(port),
      SKE_EXTRA_CONFIG: path.join(__dirname, 'app-config.ingestion.yaml'),
    },
  },
});
