import { expect, Page, test, TestInfo } from '@playwright/test';
import { signInAsGuest } from './signIn';

/** The app's theme choice lives in localStorage under `theme` (Backstage's AppThemeSelector). */
const THEMES = ['light', 'dark'] as const;

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour. */
function luminance(cssColour: string): number {
  const [r, g, b] = (cssColour.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

async function capture(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const theme of THEMES) {
  test(`every page in the ${theme} theme`, async ({ page }, testInfo) => {
    // Four pages and four full-page screenshots: more than one page's budget.
    test.setTimeout(180_000);
    await page.addInitScript(
      chosen => window.localStorage.setItem('theme', chosen),
      theme,
    );
    await signInAsGuest(page);

    await page.goto(
      '/catalog/default/component/postgresql-promise/kratix-promise',
    );
    await expect(page.locator('body')).toHaveAttribute(
      'data-theme-mode',
      theme,
    );
    const background = await page
      .locator('body')
      .evaluate(body => getComputedStyle(body).backgroundColor);
    if (theme === 'dark') expect(luminance(background)).toBeLessThan(0.3);
    else expect(luminance(background)).toBeGreaterThan(0.7);

    await expect(page.getByTestId('ske-status')).toHaveText('Available');
    await expect(
      page
        .getByTestId('ske-dependency-graph')
        .getByText('acid-db', { exact: true }),
    ).toBeVisible();
    await capture(page, testInfo, `${theme}-promise-overview`);

    await page.goto('/catalog/default/component/acid-db/kratix-resource');
    await expect(page.getByTestId('ske-status')).toBeVisible();
    await expect(
      page
        .getByTestId('ske-dependency-graph')
        .getByText('PostgreSQL', { exact: true }),
    ).toBeVisible();
    await capture(page, testInfo, `${theme}-resource-overview`);

    await page.goto('/catalog/default/component/acid-db/kratix-manage');
    await expect(
      page.getByRole('textbox', { name: /Storage GB/ }),
    ).toBeVisible();
    await capture(page, testInfo, `${theme}-resource-manage`);

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Delete acid-db?')).toBeVisible();
    await capture(page, testInfo, `${theme}-delete-dialog`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('body')).toHaveAttribute(
      'data-theme-mode',
      theme,
    );
  });
}
