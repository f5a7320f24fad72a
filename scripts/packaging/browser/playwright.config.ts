/**
 * Playwright, in Chromium, against a throwaway app that is already running
 * (scripts/packaging/throwawayKubernetesApp.ts starts it and runs this).
 * Env: SKE_BROWSER_BASE_URL (the app), SKE_BROWSER_OUTPUT (artifacts).
 */
import { defineConfig } from '@playwright/test';
import path from 'node:path';
import e2eConfig from '../../../e2e/playwright.config';

export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir:
    process.env.SKE_BROWSER_OUTPUT ??
    path.resolve(__dirname, '../../../.tools/browser-results'),
  use: {
    baseURL: process.env.SKE_BROWSER_BASE_URL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    // The same Chromium and flags as the e2e suite.
    launchOptions: e2eConfig.use?.launchOptions,
  },
});
