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

import {
  createFrontendModule,
  createTranslationMessages,
} from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { skeTranslationRef } from './alpha';
import { skeApiRef } from './api';
import { skeEntityExtensions } from './extensions';
import { FakeSkeApi } from './testing/fakeSkeApi';
import { postgresqlPromise, promiseEntity } from './testing/fixtures';

/** The app's own translations, as an adopter adds them. */
const appTranslations = createFrontendModule({
  pluginId: 'app',
  extensions: [
    TranslationBlueprint.make({
      name: 'ske-messages',
      params: {
        resource: createTranslationMessages({
          ref: skeTranslationRef,
          messages: {
            'promiseOverview.heading': 'Kratix offering {{name}}',
            'promiseOverview.create': 'Request one',
          },
        }),
      },
    }),
  ],
});

function renderPromiseTab(features = [appTranslations]) {
  renderTestApp({
    features,
    extensions: [
      createTestEntityPage({ entity: promiseEntity }),
      skeEntityExtensions['promise-overview'],
    ],
    apis: [[skeApiRef, new FakeSkeApi([postgresqlPromise])]],
  });
}

describe('skeTranslationRef', () => {
  it('shows the English defaults when the app overrides nothing', async () => {
    renderPromiseTab([]);
    expect(
      await screen.findByRole('heading', { name: 'Promise postgresql' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create' })).toBeInTheDocument();
  });

  it("shows the app's own messages where it overrides them", async () => {
    renderPromiseTab();
    expect(
      await screen.findByRole('heading', {
        name: 'Kratix offering postgresql',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Request one' }),
    ).toBeInTheDocument();
    expect(screen.getByText('API group')).toBeInTheDocument();
  });
});
