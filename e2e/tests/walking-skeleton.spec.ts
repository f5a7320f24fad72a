import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';
import { POSTGRESQL_PROMISE, REDIS_PROMISE } from './seededCatalog';

test('a guest opens the PostgreSQL Promise and sees its live API group and kind', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto(POSTGRESQL_PROMISE);
  await page.getByRole('link', { name: 'Promise', exact: true }).click();
  await expect(page.getByTestId('ske-field-api-group')).toHaveText(
    'marketplace.kratix.io',
  );
  await expect(page.getByTestId('ske-field-kind')).toHaveText('postgresql');
  await expect(page.getByTestId('ske-field-version')).toHaveText('v1.2.0');
  await expect(
    page.getByTestId('ske-status-panel').getByTestId('ske-status'),
  ).toContainText('Available');
});

test('the catalog Overview of a Promise is not replaced by the plugin', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto(REDIS_PROMISE);
  await expect(
    page.getByRole('link', { name: 'Overview', exact: true }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Promise', exact: true }).click();
  await expect(page).toHaveURL(/\/kratix-promise$/);
  await expect(page.getByTestId('ske-field-kind')).toHaveText('redis');
});
