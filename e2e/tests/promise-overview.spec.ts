import { expect, Page, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

const promiseTab = (page: Page, component: string) =>
  page.goto(`/catalog/default/component/${component}/kratix-promise`);

/** The Promise's Create button (the app's sidebar has a Create link too). */
async function createButton(page: Page) {
  const create = page.getByTestId('ske-create');
  await expect(create).toHaveText('Create');
  return create;
}

test("Create opens the Template named by the Promise's annotation", async ({
  page,
}) => {
  await signInAsGuest(page);
  await promiseTab(page, 'postgresql-promise');
  const create = await createButton(page);
  await expect(create).toHaveAttribute(
    'href',
    '/create/templates/default/postgresql-request',
  );
  await create.click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/postgresql-request$/,
  );
});

test('without a Template annotation, Create opens the template list searched for the Promise', async ({
  page,
}) => {
  await signInAsGuest(page);
  await promiseTab(page, 'redis-promise');
  const create = await createButton(page);
  await expect(create).toHaveAttribute('href', '/create?filters[text]=redis');
  await create.click();
  // The scaffolder moves to its Templates tab and keeps the search.
  await expect(page).toHaveURL(
    /\/create\/templates\?.*filters%5Btext%5D=redis/,
  );
  await expect(page.getByRole('textbox', { name: 'search' })).toHaveValue(
    'redis',
  );
});

test('the Promise tab shows live status and the graph of the Promise and its Resources', async ({
  page,
}) => {
  await signInAsGuest(page);
  await promiseTab(page, 'postgresql-promise');
  await expect(
    page.getByTestId('ske-status-panel').getByTestId('ske-status'),
  ).toHaveText('Available');
  const graph = page.getByTestId('ske-dependency-graph');
  for (const node of ['PostgreSQL', 'acid-db', 'broken-db']) {
    await expect(graph.getByText(node, { exact: true })).toBeVisible();
  }
  await graph.getByText('acid-db', { exact: true }).click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/acid-db/);
});

test("a Resource's graph leads to its Promise", async ({ page }) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/acid-db/kratix-resource');
  const graph = page.getByTestId('ske-dependency-graph');
  await expect(graph.getByText('acid-db', { exact: true })).toBeVisible();
  await expect(graph.getByText('PostgreSQL', { exact: true })).toBeVisible();
  await expect(graph.getByText('broken-db', { exact: true })).toBeHidden();
});
