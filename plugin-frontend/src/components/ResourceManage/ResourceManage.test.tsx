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
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import { backendError, FakeSkeApi } from '../../testing/fakeSkeApi';
import {
  acidDb,
  postgresqlPromise,
  resourceEntity,
} from '../../testing/fixtures';

async function renderManage(api: FakeSkeApi) {
  renderTestApp({
    extensions: [
      createTestEntityPage({ entity: resourceEntity() }),
      skeEntityExtensions['resource-manage'],
    ],
    apis: [[skeApiRef, api]],
  });
  return screen.findByRole(
    'textbox',
    { name: /Storage GB/ },
    { timeout: 5000 },
  );
}

const updates = (api: FakeSkeApi) =>
  api.calls.filter(c => c.method === 'updateResource').map(c => c.args[1]);

describe('ResourceManage', () => {
  it('pre-fills the form from the current spec, with name and namespace read-only', async () => {
    const storage = await renderManage(
      new FakeSkeApi([postgresqlPromise], [acidDb]),
    );
    expect(storage).toHaveValue('50');
    expect(screen.getByRole('textbox', { name: /Team ID/ })).toHaveValue(
      'team-a',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Backup enabled' }),
    ).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute(
      'readonly',
    );
    expect(screen.getByRole('textbox', { name: 'Namespace' })).toHaveAttribute(
      'readonly',
    );
    expect(screen.getByRole('textbox', { name: 'Namespace' })).toHaveValue(
      'team-a',
    );
  });

  it('sends the edited spec with the resourceVersion it was loaded with', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    const storage = await renderManage(api);
    await userEvent.clear(storage);
    await userEvent.type(storage, '75');
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(
      await screen.findByText('Update sent to the platform'),
    ).toBeInTheDocument();
    expect(updates(api)).toEqual([
      { spec: { ...acidDb.spec, storageGb: 75 }, resourceVersion: '1040' },
    ]);
  });

  it('submits the text as typed when Enter is pressed in a field', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    const teamId = await renderManage(api).then(() =>
      screen.getByRole('textbox', { name: /Team ID/ }),
    );
    await userEvent.clear(teamId);
    await userEvent.type(teamId, 'team-b{Enter}');
    expect(
      await screen.findByText('Update sent to the platform'),
    ).toBeInTheDocument();
    expect(updates(api)).toEqual([
      { spec: { ...acidDb.spec, teamId: 'team-b' }, resourceVersion: '1040' },
    ]);
  });

  it('offers a few allowed values as radio buttons and a checkbox for a boolean', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    await renderManage(api);
    expect(screen.getByRole('radio', { name: 'prod' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'dev' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Backup enabled' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(
      await screen.findByText('Update sent to the platform'),
    ).toBeInTheDocument();
    expect(updates(api)).toEqual([
      {
        spec: { ...acidDb.spec, env: 'dev', backupEnabled: false },
        resourceVersion: '1040',
      },
    ]);
  });

  it('refuses an out-of-range value in the browser, without calling the backend', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    const storage = await renderManage(api);
    await userEvent.clear(storage);
    await userEvent.type(storage, '9000');
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByText(/must be <= 500/)).toBeInTheDocument();
    expect(updates(api)).toEqual([]);
  });

  it('shows server field errors at the field they name', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    api.failWith('updateResource', () =>
      backendError(400, 'InputError', 'The spec does not match', [
        { path: 'spec.teamId', message: 'team is archived' },
      ]),
    );
    await renderManage(api);
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(await screen.findByText('team is archived')).toBeInTheDocument();
  });

  it('explains a conflict and reloads on request', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    api.failWith('updateResource', () =>
      backendError(409, 'ConflictError', 'the object has been modified'),
    );
    await renderManage(api);
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(
      await screen.findByText('This resource changed since you opened it'),
    ).toBeInTheDocument();
    const loadsBefore = api.calls.filter(
      c => c.method === 'getResource',
    ).length;
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect(
        api.calls.filter(c => c.method === 'getResource').length,
      ).toBeGreaterThan(loadsBefore),
    );
  });

  it("shows the cluster's message when the platform forbids the change", async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    api.failWith('updateResource', () =>
      backendError(
        403,
        'NotAllowedError',
        'Kubernetes refused to update postgresql: User "bob" cannot patch',
      ),
    );
    await renderManage(api);
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    expect(
      await screen.findByText('The platform refused this change'),
    ).toBeInTheDocument();
    expect(screen.getByText(/User "bob" cannot patch/)).toBeInTheDocument();
  });

  it('deletes only after the name is typed in the confirmation dialog', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    await renderManage(api);
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = () =>
      screen
        .getAllByRole('button', { name: 'Delete' })
        .find(b => dialog.contains(b))!;
    expect(confirm()).toBeDisabled();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Resource name' }),
      'acid-d',
    );
    expect(confirm()).toBeDisabled();
    expect(api.calls.some(c => c.method === 'deleteResource')).toBe(false);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Resource name' }),
      'b',
    );
    await userEvent.click(confirm());
    expect(await screen.findByText('Deleting')).toBeInTheDocument();
    expect(
      api.calls.filter(c => c.method === 'deleteResource').map(c => c.args[0]),
    ).toEqual([
      {
        apiVersion: acidDb.apiVersion,
        kind: 'postgresql',
        name: 'acid-db',
        namespace: 'team-a',
      },
    ]);
  });

  it('explains missing annotations instead of loading a form', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    const entity = resourceEntity();
    delete entity.metadata.annotations!['kratix.io/namespace'];
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity }),
        skeEntityExtensions['resource-manage'],
      ],
      apis: [[skeApiRef, api]],
    });
    expect(
      await screen.findByText(/'kratix.io\/namespace'/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
    expect(api.calls).toEqual([]);
  });
});
