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

import type { Entity } from '@backstage/catalog-model';
import type { JsonArray } from '@backstage/types';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import alphaPlugin from './alpha';
import { skeEntityExtensionTable } from './extensionTable';
import defaultPlugin from './index';
import { skeApiRef } from './api';
import { FakeSkeApi } from './testing/fakeSkeApi';
import { promiseEntity } from './testing/fixtures';

const skeApi = new FakeSkeApi([
  {
    name: 'postgresql',
    group: 'marketplace.kratix.io',
    kind: 'postgresql',
    status: { conditions: [], pipelines: [], extra: {} },
  },
]);

function renderPluginOn(entity: Entity, extensionsConfig: JsonArray = []) {
  return renderTestApp({
    features: [defaultPlugin],
    extensions: [createTestEntityPage({ entity })],
    apis: [[skeApiRef, skeApi]],
    config: { app: { extensions: extensionsConfig } },
  });
}

describe('the ske plugin', () => {
  it('is the default export of both . and ./alpha', () => {
    expect(defaultPlugin).toBe(alphaPlugin);
    expect(defaultPlugin.pluginId).toBe('ske');
  });

  it('provides exactly one extension per row of the extension table, plus its API', () => {
    const ids = skeEntityExtensionTable.map(
      row => `entity-${row.kind}:ske/${row.name}` as const,
    );
    for (const id of ids) {
      expect(defaultPlugin.getExtension(id).$$type).toBe(
        '@backstage/ExtensionDefinition',
      );
    }
    expect(new Set(ids).size).toBe(ids.length);
    // Unknown IDs do not compile: the table's names stay literal.
    const unknownId = () =>
      // @ts-expect-error
      defaultPlugin.getExtension('entity-content:ske/nope');
    expect(unknownId).toThrow();
  });

  it('never claims the catalog Overview path', () => {
    const paths = skeEntityExtensionTable.flatMap(row =>
      row.kind === 'content' ? [row.path] : [],
    );
    expect(paths).not.toContain('/');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('shows the Promise tab on a Promise entity', async () => {
    renderPluginOn(promiseEntity);
    expect(
      await screen.findByText('marketplace.kratix.io'),
    ).toBeInTheDocument();
  });

  it('can be switched off from app-config', async () => {
    renderPluginOn(promiseEntity, [
      { 'entity-content:ske/promise-overview': false },
    ]);
    expect(
      await screen.findByTestId('empty-entity-page', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('marketplace.kratix.io')).not.toBeInTheDocument();
  });

  it('honours a filter override from app-config', async () => {
    renderPluginOn(promiseEntity, [
      {
        'entity-content:ske/promise-overview': {
          config: { filter: { 'metadata.name': 'other' } },
        },
      },
    ]);
    expect(
      await screen.findByTestId('empty-entity-page', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('marketplace.kratix.io')).not.toBeInTheDocument();
  });
});
