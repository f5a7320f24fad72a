import { expect, Page, test } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { kubectlAsAdmin } from './platformAdmin';
import { signInAsGuest } from './signIn';
import { DATA_PLATFORM_ONE } from './seededCatalog';
import { capture, chooseTheme, expectTheme, THEMES } from './theme';

/**
 * The frontend's largest schema fixture (`data-platform`: 307 properties,
 * five deep), seeded on the simulated platform with one request.
 */
const MANAGE = `${DATA_PLATFORM_ONE}/kratix-manage`;

type Spec = Record<string, any>;

function storedSpec(): Spec {
  const json = kubectlAsAdmin([
    'get',
    'dataplatforms.fixtures.kratix.io',
    'data-platform-one',
    '-n',
    'team-a',
    '-o',
    'json',
  ]);
  return JSON.parse(json).spec;
}

async function openManage(page: Page) {
  await page.goto(MANAGE);
  await expect(page.getByRole('button', { name: 'Update' })).toBeVisible();
}

async function showYaml(page: Page) {
  await page.getByLabel('Edit as').getByText('YAML', { exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Spec (YAML)' });
  await expect(editor).toBeVisible();
  return editor;
}

for (const theme of THEMES) {
  test(`data-platform: a field five deep is updated through the form (${theme} theme)`, async ({
    page,
  }, testInfo) => {
    const before = storedSpec();
    const leafName = `form-${theme}`;
    await chooseTheme(page, theme);
    await signInAsGuest(page);
    await openManage(page);
    await expectTheme(page, theme);

    // Optional sections start closed: open the tree down to its leaf.
    const levels = [1, 2, 3, 4, 5].map(depth => `Level${depth}`);
    for (const level of ['Tree', ...levels]) {
      await page
        .getByRole('button', { name: new RegExp(`^${level} `) })
        .click();
    }
    const leaf = page.getByRole('textbox', { name: /Leaf name/ });
    await expect(leaf).toHaveValue(
      before.tree.level1.level2.level3.level4.level5.leafName,
    );
    await leaf.fill(leafName);
    await capture(page, testInfo, `${theme}-large-form`);
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(page.getByText('Update sent to the platform')).toBeVisible();

    const expected = structuredClone(before);
    expected.tree.level1.level2.level3.level4.level5.leafName = leafName;
    await expect.poll(storedSpec).toEqual(expected);
  });

  test(`data-platform: YAML mode blocks a syntax error at its line, then updates (${theme} theme)`, async ({
    page,
  }, testInfo) => {
    const before = storedSpec();
    await chooseTheme(page, theme);
    await signInAsGuest(page);
    await openManage(page);
    const editor = await showYaml(page);
    await expectTheme(page, theme);
    expect(parse(await editor.inputValue())).toEqual(before);

    // Line 3 leaves a flow sequence open: the spec cannot be read.
    await editor.fill('section0:\n  setting0: 1\n  setting3: [unclosed\n');
    await page.getByRole('button', { name: 'Update' }).click();
    const problems = page.getByTestId('ske-yaml-problems');
    await expect(problems).toContainText(/Line \d+:/);
    await capture(page, testInfo, `${theme}-large-yaml-error`);
    await expect(page.getByText('Update sent to the platform')).toBeHidden();
    expect(storedSpec()).toEqual(before);

    const edited = structuredClone(before);
    edited.section9.setting3 = `yaml-${theme}`;
    await editor.fill(stringify(edited));
    await capture(page, testInfo, `${theme}-large-yaml`);
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(page.getByText('Update sent to the platform')).toBeVisible();
    await expect(problems).toBeHidden();
    await expect.poll(storedSpec).toEqual(edited);
  });
}
