import { chromium, FullConfig } from '@playwright/test';
import { catalogAuthorization, untilSeeded } from '../tests/seededCatalog';

/**
 * Global setup: every spec starts once catalog ingestion has brought the
 * seeded Promises, requests and Template into the catalog.
 */
export default async function waitForSeededCatalog(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0].use;
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ baseURL });
    await untilSeeded(page, await catalogAuthorization(page));
  } finally {
    await browser.close();
  }
}
