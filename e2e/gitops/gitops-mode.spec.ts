import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ACID_DB } from '../tests/seededCatalog';
import { signInAsGuest } from '../tests/signIn';

const port = Number(process.env.SKE_E2E_BACKEND_PORT ?? 7017);
/** The bare repository behind the backend (written by scripts/gitopsStack.ts once it runs). */
const bareDir = () =>
  (
    JSON.parse(
      fs.readFileSync(
        path.join(__dirname, '..', '.run', `${port}-gitops`, 'gitops.json'),
        'utf8',
      ),
    ) as { bareDir: string }
  ).bareDir;

/** Runs git in the bare repository behind the backend. */
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: bareDir(), encoding: 'utf8' });
const lastCommit = () => {
  const [author, subject, ...body] = git(
    'log',
    '-1',
    '--format=%an <%ae>%n%s%n%b',
    'main',
  )
    .trim()
    .split('\n');
  return { author, subject, body: body.join('\n').trim() };
};

test('the Resource tab reads the repository; status is not live', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto(`${ACID_DB}/kratix-resource`);
  await expect(page.getByTestId('ske-field-namespace')).toHaveText('team-a');
  await expect(page.getByTestId('ske-status')).toContainText(
    'Not live in GitOps mode',
  );
});

test('an update in the Manage tab and a create through the API land as commits in the bare repository', async ({
  page,
}) => {
  await signInAsGuest(page);
  const skeRequest = page.waitForRequest(r => r.url().includes('/api/ske/'));
  await page.goto(`${ACID_DB}/kratix-manage`);
  const authorization = (await skeRequest).headers().authorization;
  const storage = page.getByRole('textbox', { name: /Storage GB/ });
  await expect(storage).toHaveValue('50');
  await storage.fill('75');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText('Update sent to the platform')).toBeVisible();

  const file = 'catalog/team-a/postgresql/acid-db.yaml';
  expect(YAML.parse(git('show', `main:${file}`)).spec.storageGb).toBe(75);
  expect(lastCommit()).toEqual({
    author: 'SKE <ske@backstage.io>',
    subject: 'Update postgresql team-a/acid-db',
    body: 'Requested in Backstage by user:development/guest',
  });

  const name = `e2e-${Date.now()}`;
  const created = await page.request.post('/api/ske/resources', {
    headers: { authorization },
    data: {
      manifest: {
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'postgresql',
        metadata: { name, namespace: 'team-b' },
        spec: { teamId: 'team-b', env: 'dev' },
      },
    },
  });
  expect(created.status()).toBe(201);
  const { commitSha } = await created.json();
  expect(git('rev-parse', 'main').trim()).toBe(commitSha);
  expect(git('show', '--name-only', '--format=', commitSha).trim()).toBe(
    `catalog/team-b/postgresql/${name}.yaml`,
  );
  expect(lastCommit().subject).toBe(`Create postgresql team-b/${name}`);
});
