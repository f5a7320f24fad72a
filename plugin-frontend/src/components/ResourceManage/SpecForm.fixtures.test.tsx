/*
 * Copyright 2026 The Kratix Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  appStack,
  hyphenatedKind,
  largeCatalog,
  noSpec,
  PromiseFixture,
} from '../../__fixtures__/promiseSchemas';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import { FakeSkeApi } from '../../testing/fakeSkeApi';
import { resourceEntity } from '../../testing/fixtures';

function renderManage(fixture: PromiseFixture) {
  const api = new FakeSkeApi([fixture.promise], [fixture.resource]);
  renderTestApp({
    extensions: [
      createTestEntityPage({ entity: resourceEntity(fixture.annotations) }),
      skeEntityExtensions['resource-manage'],
    ],
    apis: [[skeApiRef, api]],
  });
  return api;
}

async function renderFixture(fixture: PromiseFixture) {
  const api = renderManage(fixture);
  await screen.findByRole('button', { name: 'Update' }, { timeout: 10000 });
  return api;
}

const sentSpecs = (api: FakeSkeApi) =>
  api.calls
    .filter(c => c.method === 'updateResource')
    .map(c => (c.args[1] as { spec: unknown }).spec);

async function update(api: FakeSkeApi) {
  await userEvent.click(screen.getByRole('button', { name: 'Update' }));
  await screen.findByText('Update sent to the platform');
  return sentSpecs(api);
}

const section = (id: string) => screen.getByTestId(`ske-section-root_${id}`);

describe('SpecForm with our own Promises', () => {
  it.each([
    ['app-stack', appStack],
    ['data-platform (300 fields, five deep)', largeCatalog],
    ['redis-cluster (hyphenated kind)', hyphenatedKind],
  ])(
    '%s: an unchanged Update sends exactly the stored spec',
    async (_, fixture) => {
      const api = await renderFixture(fixture);
      expect(await update(api)).toEqual([fixture.resource.spec]);
    },
  );

  it('audit-log (no spec in its API): says there is nothing to edit', async () => {
    renderManage(noSpec);
    expect(
      await screen.findByText(
        'This Promise has no API schema to edit.',
        {},
        { timeout: 10000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
  });

  it('labels fields by title, else a readable name, and marks optional sections', async () => {
    await renderFixture(appStack);
    expect(
      screen.getByRole('textbox', { name: /Application name/ }),
    ).toHaveValue('shop');
    expect(
      screen.getByRole('textbox', { name: /Startup script/ }),
    ).toBeInTheDocument();
    expect(within(section('tls')).getByText('Optional')).toBeInTheDocument();
    expect(
      within(section('extensions')).getByText('Item 1: pg_stat_statements'),
    ).toBeInTheDocument();
    expect(
      within(section('extensions')).getByText('Item 2: postgis'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/extensions-1/)).toBeNull();
  });

  it('edits text, integer and int-or-string fields', async () => {
    const api = await renderFixture(appStack);
    const name = screen.getByRole('textbox', { name: /Application name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'shop-eu');
    const replicas = screen.getByRole('textbox', { name: /Replicas/ });
    await userEvent.clear(replicas);
    await userEvent.type(replicas, '5');
    const port = screen.getByRole('textbox', { name: /Port/ });
    await userEvent.clear(port);
    await userEvent.type(port, 'http');
    expect(await update(api)).toEqual([
      {
        ...appStack.resource.spec,
        appName: 'shop-eu',
        replicas: 5,
        port: 'http',
      },
    ]);
  });

  it('draws multi-line strings as text areas and keeps their line breaks', async () => {
    const api = await renderFixture(appStack);
    const script = screen.getByRole('textbox', { name: /Startup script/ });
    const ca = screen.getByRole('textbox', { name: /CA bundle/ });
    expect(script.tagName).toBe('TEXTAREA');
    expect(ca.tagName).toBe('TEXTAREA');
    await userEvent.type(script, 'exit 0');
    await userEvent.tab();
    expect(await update(api)).toEqual([
      {
        ...appStack.resource.spec,
        startupScript: '#!/bin/sh\r\nset -e\r\necho ready\r\nexit 0',
      },
    ]);
  });

  it('edits enums of 2 and 50 values and a boolean', async () => {
    const api = await renderFixture(appStack);
    await userEvent.click(screen.getByRole('radio', { name: 'standard' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Public access' }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Region/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'region-42' }),
    );
    expect(await update(api)).toEqual([
      {
        ...appStack.resource.spec,
        tier: 'standard',
        publicAccess: false,
        region: 'region-42',
      },
    ]);
  });

  it('edits a string map with the key/value editor', async () => {
    const api = await renderFixture(appStack);
    const value = screen.getByRole('textbox', { name: /Labels value 1/ });
    await userEvent.clear(value);
    await userEvent.type(value, 'billing');
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Labels key 3/ }),
      'tier',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Labels value 3/ }),
      'gold',
    );
    await userEvent.tab();
    expect(await update(api)).toEqual([
      {
        ...appStack.resource.spec,
        labels: { team: 'billing', 'cost-centre': 'cc-42', tier: 'gold' },
      },
    ]);
  });

  it('edits a free-form object as YAML, checked when the field is left', async () => {
    const api = await renderFixture(appStack);
    const helm = screen.getByRole('textbox', { name: /Helm values/ });
    await userEvent.clear(helm);
    await userEvent.type(helm, 'image: [[1, 2');
    await userEvent.tab();
    expect(await screen.findByText(/^Line 1:/)).toBeInTheDocument();
    await userEvent.clear(helm);
    await userEvent.type(helm, 'image:{Enter}  tag: 2.0.0');
    await userEvent.tab();
    await waitFor(() => expect(screen.queryByText(/^Line 1:/)).toBeNull());
    expect(await update(api)).toEqual([
      { ...appStack.resource.spec, helmValues: { image: { tag: '2.0.0' } } },
    ]);
  });

  it('keeps an optional object absent until it is added, then asks for its required fields', async () => {
    const api = await renderFixture(appStack);
    const tls = section('tls');
    expect(within(tls).queryByRole('textbox')).toBeNull();
    await userEvent.click(within(tls).getByRole('button', { name: 'Add' }));
    const secret = await within(section('tls')).findByRole('textbox', {
      name: /Secret name/,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(
      await screen.findByText(/must have required property/),
    ).toBeInTheDocument();
    expect(sentSpecs(api)).toEqual([]);
    await userEvent.type(secret, 'shop-tls');
    await userEvent.tab();
    expect(await update(api)).toEqual([
      {
        ...appStack.resource.spec,
        tls: { secretName: 'shop-tls', minVersion: '1.3' },
      },
    ]);
  });

  it('edits an array item and a field five levels deep', async () => {
    const api = await renderFixture(largeCatalog);
    for (const level of [
      'Tree',
      'Level1',
      'Level2',
      'Level3',
      'Level4',
      'Level5',
    ]) {
      await userEvent.click(
        await screen.findByRole('button', { name: new RegExp(`^${level}`) }),
      );
    }
    const leaf = await screen.findByRole('textbox', { name: /Leaf name/ });
    await userEvent.clear(leaf);
    await userEvent.type(leaf, 'deeper');
    await userEvent.tab();
    const [sent] = await update(api);
    expect(sent).toEqual({
      ...largeCatalog.resource.spec,
      tree: {
        level1: {
          level2: { level3: { level4: { level5: { leafName: 'deeper' } } } },
        },
      },
    });
  });

  it('lets the browser skip rendering top-level fields off screen, never nested ones', async () => {
    await renderFixture(largeCatalog);
    const fieldOf = (element: HTMLElement) => element.closest('.rjsf-field');
    const topLevel = fieldOf(section('section0'));
    const nested = fieldOf(
      within(section('section0')).getByRole('textbox', { name: /Setting3/ }),
    );
    expect(topLevel).toHaveStyle({ contentVisibility: 'auto' });
    expect(nested).not.toHaveStyle({ contentVisibility: 'auto' });
  });

  it('shows only fields with values on request', async () => {
    await renderFixture(largeCatalog);
    const inSection0 = within(section('section0'));
    expect(
      inSection0.getByRole('textbox', { name: /Setting7/ }),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('switch', { name: 'Show only fields with values' }),
    );
    await waitFor(() =>
      expect(
        inSection0.queryByRole('textbox', { name: /Setting7/ }),
      ).toBeNull(),
    );
    expect(inSection0.getByRole('textbox', { name: /Setting3/ })).toHaveValue(
      'value 0',
    );
  });

  it('edits the spec as YAML: schema errors at their line, one state with the form', async () => {
    const api = await renderFixture(appStack);
    await userEvent.click(screen.getByRole('radio', { name: 'YAML' }));
    const yaml = await screen.findByRole('textbox', { name: 'Spec (YAML)' });
    expect((yaml as HTMLTextAreaElement).value).toContain('appName: shop\n');
    const text = (yaml as HTMLTextAreaElement).value;
    await userEvent.clear(yaml);
    await userEvent.click(yaml);
    await userEvent.paste(text.replace('replicas: 3', 'replicas: 11'));
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(
      await screen.findByText('Line 2: must be <= 10'),
    ).toBeInTheDocument();
    expect(sentSpecs(api)).toEqual([]);
    await userEvent.clear(yaml);
    await userEvent.click(yaml);
    await userEvent.paste(text.replace('replicas: 3', 'replicas: 4'));
    await userEvent.click(screen.getByRole('radio', { name: 'Form' }));
    expect(
      await screen.findByRole('textbox', { name: /Replicas/ }),
    ).toHaveValue('4');
    expect(await update(api)).toEqual([
      { ...appStack.resource.spec, replicas: 4 },
    ]);
  });
});
