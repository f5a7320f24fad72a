import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { signInAsGuest } from './signIn';

const backendPort = process.env.SKE_E2E_BACKEND_PORT ?? '7017';
const runDir = path.resolve(__dirname, '..', '.run', backendPort);

/** GETs a path on the simulated platform as its admin (what `kubectl --context kratix-admin` would see). */
function platformGet(
  apiPath: string,
): Promise<{ status: number; body: Record<string, any> }> {
  const platform = JSON.parse(
    fs.readFileSync(path.join(runDir, 'platform.json'), 'utf8'),
  ) as { url: string; tokens: { admin: string } };
  return new Promise((resolve, reject) => {
    https
      .get(
        new URL(apiPath, platform.url),
        {
          ca: fs.readFileSync(path.join(runDir, 'ca.crt')),
          headers: { Authorization: `Bearer ${platform.tokens.admin}` },
        },
        res => {
          let text = '';
          res.on('data', chunk => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }),
          );
        },
      )
      .on('error', reject);
  });
}

test('a Template run through the scaffolder UI creates the resource on the platform', async ({
  page,
}) => {
  test.slow(); // sign-in, two form pages and a task run on a shared machine
  const name = `scaffolded-${Date.now().toString(36)}`;
  await signInAsGuest(page);
  await page.goto('/create');
  // The card of the Template catalog ingestion generated for the postgresql
  // Promise: the nearest element around its title that has a Choose button.
  const card = page
    .getByRole('heading', { name: 'postgresql', exact: true, level: 4 })
    .locator('xpath=ancestor::*[.//button[normalize-space()="Choose"]][1]');
  await card.getByRole('button', { name: 'Choose' }).click();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await expect(page.getByRole('textbox', { name: 'Namespace' })).toHaveValue(
    'default',
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'teamId' }).fill('team-a');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const resourceId = `marketplace.kratix.io/v1alpha2/postgresql/default/${name}`;
  // The task log says it once per step it shows (the step's and the whole task's log).
  await expect(page.getByText(`created ${resourceId}`).first()).toBeVisible({
    timeout: 30_000,
  });
  await page.screenshot({
    path: test.info().outputPath('scaffolder-task.png'),
    fullPage: true,
  });

  const stored = await platformGet(
    `/apis/marketplace.kratix.io/v1alpha2/namespaces/default/postgresqls/${name}`,
  );
  expect(stored.status).toBe(200);
  expect(stored.body.spec).toMatchObject({ teamId: 'team-a', env: 'dev' });
});

test('/create/actions documents every SKE action', async ({ page }) => {
  await signInAsGuest(page);
  await page.goto('/create/actions');
  await page
    .getByRole('searchbox', { name: 'Search for an action' })
    .fill('ske:');
  const rows = page
    .getByRole('grid', { name: 'Installed actions' })
    .getByRole('row');
  const documented = [
    'ske:configure-resourceCreates a Kratix resource request',
    'ske:delete-resourceDeletes a Kratix resource request',
    'ske:publish-catalog',
    'ske:record-request',
    'ske:write-manifest',
  ];
  await expect(rows).toHaveCount(documented.length);
  for (const text of documented) {
    await expect(rows.filter({ hasText: text })).toHaveCount(1);
  }
});
