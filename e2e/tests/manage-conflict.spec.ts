import { expect, test } from '@playwright/test';
import { kubectlAsAdmin } from './platformAdmin';
import { signInAsGuest } from './signIn';
import { ACID_DB } from './seededCatalog';

test('Manage: a change made on the platform meanwhile gives a 409 "changed since you opened it", and Reload shows it', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto(`${ACID_DB}/kratix-manage`);
  const dbName = page.getByRole('textbox', { name: /DB name/ });
  await expect(dbName).toHaveValue(/.+/);
  const changedOnPlatform = `orders-${Date.now()}`;

  kubectlAsAdmin([
    'patch',
    'postgresqls.marketplace.kratix.io',
    'acid-db',
    '--namespace',
    'team-a',
    '--type',
    'merge',
    '--patch',
    JSON.stringify({ spec: { dbName: changedOnPlatform } }),
  ]);

  await dbName.fill('orders-from-the-page');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(
    page.getByText('This resource changed since you opened it'),
  ).toBeVisible();
  await expect(page.getByText('Update sent to the platform')).toBeHidden();

  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('textbox', { name: /DB name/ })).toHaveValue(
    changedOnPlatform,
  );
  await expect(
    page.getByText('This resource changed since you opened it'),
  ).toBeHidden();
  const onPlatform = kubectlAsAdmin([
    'get',
    'postgresqls.marketplace.kratix.io',
    'acid-db',
    '--namespace',
    'team-a',
    '--output',
    'jsonpath={.spec.dbName}',
  ]);
  expect(onPlatform).toBe(changedOnPlatform);
});
