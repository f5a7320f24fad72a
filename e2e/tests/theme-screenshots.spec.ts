import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';
import { ACID_DB, POSTGRESQL_PROMISE } from './seededCatalog';
import { capture, chooseTheme, expectTheme, THEMES } from './theme';

for (const theme of THEMES) {
  test(`every page in the ${theme} theme`, async ({ page }, testInfo) => {
    // Four pages and four full-page screenshots: more than one page's budget.
    test.setTimeout(180_000);
    await chooseTheme(page, theme);
    await signInAsGuest(page);

    await page.goto(`${POSTGRESQL_PROMISE}/kratix-promise`);
    await expectTheme(page, theme);

    await expect(
      page.getByTestId('ske-status-panel').getByTestId('ske-status'),
    ).toHaveText('Available');
    await expect(
      page
        .getByTestId('ske-dependency-graph')
        .getByText('acid-db', { exact: true }),
    ).toBeVisible();
    await capture(page, testInfo, `${theme}-promise-overview`);

    await page.goto(`${ACID_DB}/kratix-resource`);
    await expect(page.getByTestId('ske-status')).toBeVisible();
    await expect(
      page
        .getByTestId('ske-dependency-graph')
        .getByText('postgresql', { exact: true }),
    ).toBeVisible();
    await capture(page, testInfo, `${theme}-resource-overview`);

    await page.goto(`${ACID_DB}/kratix-manage`);
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
