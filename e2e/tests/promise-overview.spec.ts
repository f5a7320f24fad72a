import { expect, Page, test } from '@playwright/test';
import { signInAsGuest } from './signIn';
import {
  ACID_DB,
  BASELINE_PROMISE,
  POSTGRESQL_PROMISE,
  POSTGRESQL_TEMPLATE,
} from './seededCatalog';

const promiseTab = (page: Page, component: string) =>
  page.goto(`${component}/kratix-promise`);

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
  await promiseTab(page, POSTGRESQL_PROMISE);
  const create = await createButton(page);
  await expect(create).toHaveAttribute('href', POSTGRESQL_TEMPLATE);
  await create.click();
  await expect(page).toHaveURL(new RegExp(`${POSTGRESQL_TEMPLATE}$`));
});

test('without a Template annotation, Create opens the template list searched for the Promise', async ({
  page,
}) => {
  await signInAsGuest(page);
  // A Promise without an API gets no Template from ingestion.
  await promiseTab(page, BASELINE_PROMISE);
  const create = await createButton(page);
  await expect(create).toHaveAttribute(
    'href',
    '/create?filters[text]=namespace-baseline',
  );
  await create.click();
  // The scaffolder moves to its Templates tab and keeps the search.
  await expect(page).toHaveURL(
    /\/create\/templates\?.*filters%5Btext%5D=namespace-baseline/,
  );
  await expect(page.getByRole('textbox', { name: 'search' })).toHaveValue(
    'namespace-baseline',
  );
});

test('the Promise tab shows live status and the graph of the Promise and its Resources', async ({
  page,
}) => {
  await signInAsGuest(page);
  await promiseTab(page, POSTGRESQL_PROMISE);
  await expect(
    page.getByTestId('ske-status-panel').getByTestId('ske-status'),
  ).toHaveText('Available');
  const graph = page.getByTestId('ske-dependency-graph');
  for (const node of ['postgresql', 'acid-db', 'broken-db']) {
    await expect(graph.getByText(node, { exact: true })).toBeVisible();
  }
  await graph.getByText('acid-db', { exact: true }).click();
  await expect(page).toHaveURL(new RegExp(ACID_DB));
});

test("a Resource's graph leads to its Promise", async ({ page }) => {
  await signInAsGuest(page);
  await page.goto(`${ACID_DB}/kratix-resource`);
  const graph = page.getByTestId('ske-dependency-graph');
  await expect(graph.getByText('acid-db', { exact: true })).toBeVisible();
  await expect(graph.getByText('postgresql', { exact: true })).toBeVisible();
  await expect(graph.getByText('broken-db', { exact: true })).toBeHidden();
});
