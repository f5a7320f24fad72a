import { expect, Page, test } from '@playwright/test';
import path from 'node:path';
import { kubectlAsAdmin as kubectl } from './platformAdmin';
import { catalogAuthorization as signIn } from './seededCatalog';
import { capture, chooseTheme, expectTheme, THEMES } from './theme';

/** Ingestion refreshes every 3 s; a loaded 2-core machine may take much longer. */
const INGESTED = { timeout: 90_000, intervals: [1_000] };

/** The catalog API's status for an entity: 200 when it holds it, 404 once gone. */
const catalogStatus =
  (page: Page, authorization: string, kind: string, name: string) => async () =>
    (
      await page.request.get(
        `/api/catalog/entities/by-name/${kind}/default/${name}`,
        { headers: { authorization } },
      )
    ).status();

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  kubectl(['apply', '-f', path.join(__dirname, 'gadget-promise.yaml')]);
});

test('a Promise applied with kubectl, its generated Template and a request made with it go through the catalog', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const authorization = await signIn(page);
  await expect
    .poll(
      catalogStatus(page, authorization, 'component', 'gadget-promise'),
      INGESTED,
    )
    .toBe(200);

  await page.goto('/catalog/default/component/gadget-promise/kratix-promise');
  const create = page.getByTestId('ske-create');
  await expect(create).toHaveAttribute(
    'href',
    '/create/templates/default/gadget-promise-template',
  );
  await create.click();

  const name = `made-${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await expect(page.getByRole('textbox', { name: 'Namespace' })).toHaveValue(
    'default',
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Colour' }).fill('teal');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page
      .getByText(`created fixtures.kratix.io/v1/gadget/default/${name}`)
      .first(),
  ).toBeVisible({ timeout: 60_000 });
  expect(
    JSON.parse(kubectl(['get', 'gadgets', name, '-n', 'default', '-o', 'json']))
      .spec,
  ).toEqual({ colour: 'teal', size: 'm' });

  const entity = `gadget-${name}`;
  await expect
    .poll(catalogStatus(page, authorization, 'component', entity), INGESTED)
    .toBe(200);
  await page
    .getByRole('link', { name: 'Open the request in the catalog' })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${entity}`),
  );

  await page.goto(`/catalog/default/component/${entity}/kratix-resource`);
  await expect(page.getByTestId('ske-field-namespace')).toHaveText('default');
  await page.goto(`/catalog/default/component/${entity}/kratix-manage`);
  await expect(page.getByRole('textbox', { name: /Colour/ })).toHaveValue(
    'teal',
  );

  kubectl(['delete', 'gadgets', name, '-n', 'default']);
  await expect
    .poll(catalogStatus(page, authorization, 'component', entity), INGESTED)
    .toBe(404);
});

for (const theme of THEMES) {
  test(`the generated Template's form in the ${theme} theme`, async ({
    page,
  }, testInfo) => {
    await chooseTheme(page, theme);
    const authorization = await signIn(page);
    await expect
      .poll(
        catalogStatus(
          page,
          authorization,
          'template',
          'gadget-promise-template',
        ),
        INGESTED,
      )
      .toBe(200);
    await page.goto('/create/templates/default/gadget-promise-template');
    await page
      .getByRole('textbox', { name: 'Name', exact: true })
      .fill('shown');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('textbox', { name: 'Colour' })).toBeVisible();
    await expectTheme(page, theme);
    await capture(page, testInfo, `generated-template-form-${theme}`);
  });
}

test('a Promise deleted with kubectl leaves the catalog with its Template', async ({
  page,
}) => {
  const authorization = await signIn(page);
  kubectl(['delete', 'promise', 'gadget']);
  await expect
    .poll(
      catalogStatus(page, authorization, 'component', 'gadget-promise'),
      INGESTED,
    )
    .toBe(404);
  await expect
    .poll(
      catalogStatus(page, authorization, 'template', 'gadget-promise-template'),
      INGESTED,
    )
    .toBe(404);
});
