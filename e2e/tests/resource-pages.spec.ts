import { expect, test } from '@playwright/test';
import { kubectlAsAdmin as kubectl } from './platformAdmin';
import { ACID_DB, BROKEN_DB, CACHE } from './seededCatalog';
import { signInAsGuest } from './signIn';

/** A Markdown summary with a link, as a Promise author writes one. */
const SUMMARY = `## PostgreSQL
A **PostgreSQL** database, backed up and monitored.

- See the [runbook](https://example.com/runbooks/postgresql)
`;

test("a Resource shows its identity, parent Promise, its Promise's summary and live status", async ({
  page,
}) => {
  // The seeded Promise has no summary: one given to it on the platform
  // reaches its requests' entities at the next ingestion.
  kubectl([
    'annotate',
    '--overwrite',
    'promises',
    'postgresql',
    `kratix.io/promise-summary=${SUMMARY}`,
  ]);
  await signInAsGuest(page);
  await page.goto(`${ACID_DB}/kratix-resource`);
  await expect(page.getByTestId('ske-field-namespace')).toHaveText('team-a');
  await expect(page.getByTestId('ske-field-kind')).toHaveText('postgresql');
  await expect(page.getByTestId('ske-field-promise')).toContainText(
    'postgresql',
  );
  await expect(page.getByTestId('ske-status')).toContainText('Reconciled');
  const runbook = page
    .getByTestId('ske-promise-summary')
    .getByRole('link', { name: 'runbook' });
  await expect(async () => {
    await page.reload();
    await expect(runbook).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await page.screenshot({
    path: test.info().outputPath('resource-overview.png'),
    fullPage: true,
  });
});

test('a failing Resource shows the failure', async ({ page }) => {
  await signInAsGuest(page);
  await page.goto(`${BROKEN_DB}/kratix-resource`);
  await expect(page.getByText('Provisioning is failing')).toBeVisible();
  await expect(page.getByTestId('ske-status')).toHaveAttribute(
    'data-tone',
    'failed',
  );
});

test('Manage: the form is pre-filled, name and namespace are read-only, and an update reaches the platform', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto(`${ACID_DB}/kratix-manage`);
  await expect(
    page.getByRole('textbox', { name: 'Name', exact: true }),
  ).toHaveAttribute('readonly', '');
  await expect(
    page.getByRole('textbox', { name: 'Namespace', exact: true }),
  ).toHaveValue('team-a');
  const storage = page.getByRole('textbox', { name: /Storage GB/ });
  await expect(storage).toHaveValue('50');
  await page.screenshot({
    path: test.info().outputPath('resource-manage.png'),
    fullPage: true,
  });

  await storage.fill('75');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText('Update sent to the platform')).toBeVisible();

  await page.goto(`${ACID_DB}/kratix-resource`);
  await expect(page.getByTestId('ske-status')).toContainText('Reconciled', {
    timeout: 20_000,
  });
  await page.goto(`${ACID_DB}/kratix-manage`);
  await expect(page.getByRole('textbox', { name: /Storage GB/ })).toHaveValue(
    '75',
  );
});

test('Manage: an out-of-range value is refused at its field', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto(`${ACID_DB}/kratix-manage`);
  const storage = page.getByRole('textbox', { name: /Storage GB/ });
  await expect(storage).toBeVisible();
  await storage.fill('9000');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText(/must be <= 500/)).toBeVisible();
});

test('Manage: delete asks for the name, then the resource goes away', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto(`${CACHE}/kratix-manage`);
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Resource name' }).fill('cache');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleting')).toBeVisible();
  await page.goto(`${CACHE}/kratix-resource`);
  await expect(
    page.getByText('Live data from the platform is unavailable'),
  ).toBeVisible({ timeout: 20_000 });
  // The first alert says why; the YAML and events views repeat it.
  await expect(page.getByText(/not found/).first()).toBeVisible();
});
