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
import {
  createFrontendPlugin,
  createRouteRef,
  createSubRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import { FakeSkeApi } from '../../testing/fakeSkeApi';
import { postgresqlPromise } from '../../testing/fixtures';

/**
 * A stand-in for the scaffolder plugin, mounted at /scaffold rather than the
 * usual /create, exposing the two routes the real one does
 * (`scaffolder.root`, `scaffolder.selectedTemplate`): it proves the Create
 * link follows the app's route bindings, not a hard-coded path.
 */
const scaffolderRoot = createRouteRef();
const scaffolderPlugin = createFrontendPlugin({
  pluginId: 'scaffolder',
  routes: {
    root: scaffolderRoot,
    selectedTemplate: createSubRouteRef({
      parent: scaffolderRoot,
      path: '/templates/:namespace/:templateName',
    }),
  },
  extensions: [
    PageBlueprint.make({
      params: {
        path: '/scaffold',
        routeRef: scaffolderRoot,
        loader: async () => <div>Scaffolder</div>,
      },
    }),
  ],
});

const promiseEntity = (annotations: Record<string, string> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'postgresql-promise',
    namespace: 'platform',
    annotations: { 'kratix.io/promise-name': 'postgresql', ...annotations },
  },
  spec: { type: 'kratix-promise' },
});

async function createLink(entity: Entity, withScaffolder: boolean) {
  renderTestApp({
    features: withScaffolder ? [scaffolderPlugin] : [],
    extensions: [
      createTestEntityPage({ entity }),
      skeEntityExtensions['promise-overview'],
    ],
    apis: [[skeApiRef, new FakeSkeApi([postgresqlPromise])]],
  });
  return screen.findByRole('link', { name: 'Create' }, { timeout: 5000 });
}

const template = (value: string) => ({
  'kratix.io/backstage-promise-template': value,
});

describe('the Create button of a Promise', () => {
  it.each([
    [
      "the annotated Template's page, through the scaffolder's route",
      template('postgresql-request'),
      true,
      '/scaffold/templates/platform/postgresql-request',
    ],
    [
      'a Template in another namespace',
      template('template:shared/pg'),
      true,
      '/scaffold/templates/shared/pg',
    ],
    [
      'the template list searched for the Promise, when no Template is named',
      {},
      true,
      '/scaffold?filters[text]=postgresql',
    ],
    [
      "the scaffolder's default path, when the app has no scaffolder routes",
      template('postgresql-request'),
      false,
      '/create/templates/platform/postgresql-request',
    ],
  ])('opens %s', async (_case, annotations, withScaffolder, href) => {
    const link = await createLink(promiseEntity(annotations), withScaffolder);
    expect(link).toHaveAttribute('href', href);
  });
});
