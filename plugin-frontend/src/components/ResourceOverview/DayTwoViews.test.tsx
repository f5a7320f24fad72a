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
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import { backendError, FakeSkeApi } from '../../testing/fakeSkeApi';
import {
  acidDb,
  postgresqlPromise,
  resourceEntity,
} from '../../testing/fixtures';

const withOutputs = {
  ...acidDb,
  status: {
    ...acidDb.status,
    extra: {
      instanceName: 'acid-db-instance',
      connectionDetails: { host: 'acid-db.team-a', password: 'hunter2' },
    },
  },
};

function render(
  name: 'resource-overview' | 'resource-manage',
  api: FakeSkeApi,
  entity: Entity = resourceEntity(),
) {
  return renderTestApp({
    extensions: [createTestEntityPage({ entity }), skeEntityExtensions[name]],
    apis: [[skeApiRef, api]],
  });
}

describe('day-two views of the Resource tab', () => {
  it('lists the outputs with secrets masked until revealed', async () => {
    render(
      'resource-overview',
      new FakeSkeApi([postgresqlPromise], [withOutputs]),
    );
    const outputs = await screen.findByTestId(
      'ske-outputs',
      {},
      { timeout: 5000 },
    );
    expect(screen.getByTestId('ske-output-instanceName')).toHaveTextContent(
      'acid-db-instance',
    );
    expect(
      screen.getByTestId('ske-output-connectionDetails.host'),
    ).toHaveTextContent('acid-db.team-a');
    const password = screen.getByTestId(
      'ske-output-connectionDetails.password',
    );
    expect(password).toHaveTextContent('********');
    expect(password).not.toHaveTextContent('hunter2');

    await userEvent.click(
      within(outputs).getByRole('button', { name: 'Reveal secrets' }),
    );
    expect(password).toHaveTextContent('hunter2');
    await userEvent.click(
      within(outputs).getByRole('button', { name: 'Hide secrets' }),
    );
    expect(password).not.toHaveTextContent('hunter2');
  });

  it('shows the YAML masked; copy and download take what is shown', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:yaml';
    });
    URL.revokeObjectURL = jest.fn();
    const clicked = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});

    render(
      'resource-overview',
      new FakeSkeApi([postgresqlPromise], [withOutputs]),
    );
    const yamlCard = await screen.findByTestId(
      'ske-resource-yaml',
      {},
      { timeout: 5000 },
    );
    const text = await within(yamlCard).findByTestId('ske-yaml-text');
    const shown = parse(text.textContent!);
    expect(shown).toMatchObject({
      apiVersion: 'marketplace.kratix.io/v1alpha2',
      kind: 'postgresql',
      metadata: { name: 'acid-db', namespace: 'team-a' },
      spec: acidDb.spec,
      status: {
        connectionDetails: { host: 'acid-db.team-a', password: '********' },
      },
    });
    expect(document.body).not.toHaveTextContent('hunter2');

    await userEvent.click(
      within(yamlCard).getByRole('button', { name: 'Copy' }),
    );
    expect(writeText).toHaveBeenCalledWith(text.textContent);
    expect(
      within(yamlCard).getByRole('button', { name: 'Copied' }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(yamlCard).getByRole('button', { name: 'Reveal secrets' }),
    );
    expect(text).toHaveTextContent('password: hunter2');
    await userEvent.click(
      within(yamlCard).getByRole('button', { name: 'Download' }),
    );
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(await blobs[0].text()).toContain('password: hunter2');
    clicked.mockRestore();
  });

  const deleting = {
    ...acidDb,
    deletionTimestamp: '2026-12-01T03:00:00.000Z',
    finalizers: ['kratix.io/resource-cleanup', 'kratix.io/work-cleanup'],
  };

  it('says a request is being deleted and what it waits for', async () => {
    render(
      'resource-overview',
      new FakeSkeApi([postgresqlPromise], [deleting]),
    );
    const notice = await screen.findByTestId(
      'ske-deleting',
      {},
      { timeout: 5000 },
    );
    expect(notice).toHaveTextContent('Being deleted since');
    expect(notice).toHaveTextContent(
      'The platform waits for: kratix.io/resource-cleanup, kratix.io/work-cleanup',
    );
  });

  it('shows no deleting notice for a request that is not being deleted', async () => {
    render('resource-overview', new FakeSkeApi([postgresqlPromise], [acidDb]));
    await screen.findByText('Resource provisioned', {}, { timeout: 5000 });
    expect(screen.queryByTestId('ske-deleting')).toBeNull();
  });

  it('makes Manage read-only while the request is being deleted', async () => {
    render('resource-manage', new FakeSkeApi([postgresqlPromise], [deleting]));
    const notice = await screen.findByTestId(
      'ske-deleting',
      {},
      { timeout: 5000 },
    );
    expect(notice).toHaveTextContent(
      'It is being deleted: it can no longer be changed.',
    );
    expect(notice).toHaveTextContent('kratix.io/work-cleanup');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled(),
    );
    expect(screen.queryByRole('textbox', { name: /Storage GB/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
  });

  it('lists the events newest first as the backend answers them, warnings marked', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    api.events = [
      {
        type: 'Warning',
        reason: 'ScheduleFailed',
        message: 'No Destination matches the selectors',
        involvedObject: { kind: 'Work', name: 'acid-db-instance-configure' },
        lastSeen: '2026-12-01T03:02:00.000Z',
      },
      {
        type: 'Normal',
        reason: 'PipelineStarted',
        message: 'Configure pipeline started',
        involvedObject: { kind: 'postgresql', name: 'acid-db' },
        lastSeen: '2026-12-01T03:00:00.000Z',
      },
    ];
    render('resource-overview', api);
    const list = await screen.findByTestId(
      'ske-event-list',
      {},
      { timeout: 5000 },
    );
    const items = within(list).getAllByRole('listitem');
    expect(items.map(i => i.getAttribute('data-event-type'))).toEqual([
      'Warning',
      'Normal',
    ]);
    expect(items[0]).toHaveTextContent(
      'WarningScheduleFailedWork/acid-db-instance-configureNo Destination matches the selectors',
    );
    expect(items[1]).not.toHaveTextContent('Warning');
    expect(items[1]).toHaveTextContent('PipelineStarted');
  });

  it('says why events are unavailable, e.g. without a live platform', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [acidDb]);
    api.failWith('listResourceEvents', () =>
      backendError(
        501,
        'NotImplementedError',
        'Events need a live Kratix platform: this backend reads a GitOps repository',
      ),
    );
    render('resource-overview', api);
    const events = await screen.findByTestId(
      'ske-events',
      {},
      { timeout: 5000 },
    );
    expect(
      await within(events).findByText(/Events need a live Kratix platform/),
    ).toBeInTheDocument();
  });
});
