import { expect, Page, TestInfo } from '@playwright/test';

/** The app's theme choice lives in localStorage under `theme` (Backstage's AppThemeSelector). */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour. */
function luminance(cssColour: string): number {
  const [r, g, b] = (cssColour.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Makes every page of this test start in `theme`. Call before signing in. */
export async function chooseTheme(page: Page, theme: Theme) {
  await page.addInitScript(
    chosen => window.localStorage.setItem('theme', chosen),
    theme,
  );
}

/** The page is drawn in `theme`: the body says so and its background agrees. */
export async function expectTheme(page: Page, theme: Theme) {
  await expect(page.locator('body')).toHaveAttribute('data-theme-mode', theme);
  const background = await page
    .locator('body')
    .evaluate(body => getComputedStyle(body).backgroundColor);
  if (theme === 'dark') expect(luminance(background)).toBeLessThan(0.3);
  else expect(luminance(background)).toBeGreaterThan(0.7);
}

/** A full-page screenshot, attached to the test's report. */
export async function capture(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
