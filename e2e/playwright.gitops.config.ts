import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

const port = Number(process.env.SKE_E2E_BACKEND_PORT ?? 7017);

/** The e2e app with the backend in GitOps mode (scripts/gitopsStack.ts): specs in ./gitops. */
export default defineConfig({
  ...baseConfig,
  testDir: './gitops',
  webServer: {
    ...baseConfig.webServer,
    command: 'node ../node_modules/.bin/tsx scripts/gitopsStack.ts',
    url: `http://127.0.0.1:${port}/api/ske/health`,
    env: { SKE_BACKEND_PORT: String(port) },
  },
});
