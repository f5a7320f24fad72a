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
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { skeApiRef } from '../../api';
import { skeResourcePage } from '../../extensions';
import { acidDb, postgresqlPromise } from '../../testing/fixtures';
import { FakeSkeApi } from '../../testing/fakeSkeApi';

const renderPage = (path: string, api: FakeSkeApi) =>
  renderTestApp({
    extensions: [skeResourcePage],
    initialRouteEntries: [path],
    apis: [[skeApiRef, api]],
  });

describe('ResourcePage', () => {
  it('shows any request by its path, with its Resource and Manage views, without a catalog entity', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    renderPage(
      '/ske/resources/marketplace.kratix.io/v1alpha2/postgresql/team-a/acid-db',
      api,
    );
    expect(await screen.findByText('postgresql acid-db')).toBeInTheDocument();
    expect(await screen.findByTestId('ske-status')).toHaveAttribute(
      'data-tone',
      'ok',
    );
    expect(api.calls).toContainEqual({
      method: 'getResource',
      args: [
        {
          apiVersion: 'marketplace.kratix.io/v1alpha2',
          kind: 'postgresql',
          namespace: 'team-a',
          name: 'acid-db',
        },
      ],
    });
    await userEvent.click(screen.getByRole('tab', { name: 'Manage' }));
    expect(await screen.findByText('Manage acid-db')).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Update' }),
    ).toBeInTheDocument();
  });

  it("says what the platform answered for a request that doesn't exist", async () => {
    const api = new FakeSkeApi([postgresqlPromise], []);
    renderPage(
      '/ske/resources/marketplace.kratix.io/v1alpha2/postgresql/team-a/nope',
      api,
    );
    expect(
      await screen.findByText('postgresql nope not found'),
    ).toBeInTheDocument();
  });
});
