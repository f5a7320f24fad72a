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
import { renderTestApp } from '@backstage/frontend-test-utils';
import {
  catalogGraphApiRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import { FakeSkeApi } from '../../testing/fakeSkeApi';
import {
  acidDb,
  postgresqlPromise,
  resourceEntity,
} from '../../testing/fixtures';

const promiseRef = 'component:default/postgresql-promise';
const resourceRef = 'component:default/acid-db';

/** The catalog as it is after processing: `dependsOn` and its inverse. */
const promiseEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'postgresql-promise',
    namespace: 'default',
    title: 'PostgreSQL',
    annotations: { 'kratix.io/promise-name': 'postgresql' },
  },
  spec: { type: 'kratix-promise' },
  relations: [
    { type: 'dependencyOf', targetRef: resourceRef },
    { type: 'ownedBy', targetRef: 'group:default/platform-team' },
  ],
};
const acidDbEntity: Entity = {
  ...resourceEntity(),
  metadata: { ...resourceEntity().metadata, namespace: 'default' },
  spec: { type: 'kratix-resource', dependsOn: [promiseRef] },
  relations: [{ type: 'dependsOn', targetRef: promiseRef }],
};

beforeAll(() => {
  // jsdom does not lay out SVG; the graph measures its node labels.
  (SVGElement.prototype as unknown as { getBBox(): object }).getBBox = () => ({
    x: 0,
    y: 0,
    width: 80,
    height: 16,
  });
});

function renderTab(
  entity: Entity,
  tab: 'promise-overview' | 'resource-overview',
) {
  return renderTestApp({
    extensions: [createTestEntityPage({ entity }), skeEntityExtensions[tab]],
    apis: [
      [skeApiRef, new FakeSkeApi([postgresqlPromise], [acidDb])],
      [
        catalogApiRef,
        catalogApiMock({ entities: [promiseEntity, acidDbEntity] }),
      ],
      [catalogGraphApiRef, new DefaultCatalogGraphApi()],
    ],
  });
}

/** The entity refs of the graph's nodes (each node has an SVG title). */
async function nodeRefs() {
  const graph = await screen.findByTestId(
    'ske-dependency-graph',
    {},
    { timeout: 10000 },
  );
  await within(graph).findAllByText(/^component:/, {}, { timeout: 5000 });
  return within(graph)
    .getAllByText(/^component:|^group:/)
    .map(n => n.textContent)
    .sort();
}

describe('the dependency graph', () => {
  it('shows a Promise with the Resources that depend on it, and no other relations', async () => {
    renderTab(promiseEntity, 'promise-overview');
    expect(await nodeRefs()).toEqual([resourceRef, promiseRef]);
    const graph = screen.getByTestId('ske-dependency-graph');
    expect(within(graph).getByText('PostgreSQL')).toBeInTheDocument();
  });

  it('shows a Resource with the Promise it depends on', async () => {
    renderTab(acidDbEntity, 'resource-overview');
    expect(await nodeRefs()).toEqual([resourceRef, promiseRef]);
  });

  it('explains how to get the graph when the app lacks the catalog graph plugin', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: promiseEntity }),
        skeEntityExtensions['promise-overview'],
      ],
      apis: [[skeApiRef, new FakeSkeApi([postgresqlPromise])]],
    });
    expect(
      await screen.findByText(/Add @backstage\/plugin-catalog-graph/),
    ).toBeInTheDocument();
  });
});
