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
import { screen, waitFor } from '@testing-library/react';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import { LIVE_REFRESH_MS } from '../../hooks/useLiveResource';
import { backendError, FakeSkeApi } from '../../testing/fakeSkeApi';
import {
  acidDb,
  postgresqlPromise,
  resourceEntity,
} from '../../testing/fixtures';

function renderOverview(entity: Entity, api: FakeSkeApi) {
  return renderTestApp({
    extensions: [
      createTestEntityPage({ entity }),
      skeEntityExtensions['resource-overview'],
    ],
    apis: [[skeApiRef, api]],
  });
}

/** A platform that cannot be reached: every resource read fails with 503. */
function unreachablePlatform() {
  const api = new FakeSkeApi([postgresqlPromise], []);
  api.failWith('getResource', () =>
    backendError(503, 'ServiceUnavailableError', 'Kratix platform unreachable'),
  );
  return api;
}

describe('ResourceOverview', () => {
  it('shows the resource identity, its Promise, the summary and live status', async () => {
    renderOverview(
      resourceEntity({
        'kratix.io/promise-summary':
          '## PostgreSQL\nSee the [runbook](https://example.com/rb) <b>raw</b><script>alert(1)</script>',
      }),
      new FakeSkeApi([postgresqlPromise], [acidDb]),
    );
    expect(
      await screen.findByText('Resource provisioned', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('ske-field-name')).toHaveTextContent('acid-db');
    expect(screen.getByTestId('ske-field-namespace')).toHaveTextContent(
      'team-a',
    );
    expect(screen.getByTestId('ske-field-kind')).toHaveTextContent(
      'postgresql',
    );
    expect(screen.getByTestId('ske-field-promise')).toHaveTextContent(
      'postgresql',
    );
    expect(
      screen.getByRole('heading', { name: 'PostgreSQL' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'runbook' })).toHaveAttribute(
      'href',
      'https://example.com/rb',
    );
    const summary = screen.getByTestId('ske-promise-summary');
    expect(summary.querySelector('script')).toBeNull();
    expect(summary.querySelector('b')).toBeNull();
    expect(screen.getByTestId('ske-status')).toHaveTextContent('Reconciled');
    expect(screen.getByTestId('ske-pipelines')).toHaveTextContent(
      'instance-configure: Succeeded',
    );
  });

  it('says when a change is still being applied', async () => {
    renderOverview(
      resourceEntity(),
      new FakeSkeApi([postgresqlPromise], [{ ...acidDb, generation: 2 }]),
    );
    expect(
      await screen.findByText('A change is being applied'),
    ).toBeInTheDocument();
  });

  it('shows a failing resource as failing', async () => {
    const failing = {
      ...acidDb,
      status: {
        ...acidDb.status,
        conditions: [
          {
            type: 'ConfigureWorkflowCompleted',
            status: 'False',
            reason: 'ConfigureWorkflowFailed',
            message: 'A Configure Pipeline has failed: instance-configure',
          },
          {
            type: 'Reconciled',
            status: 'False',
            reason: 'ConfigureWorkflowFailed',
            message: 'Failing',
          },
        ],
      },
    };
    renderOverview(
      resourceEntity(),
      new FakeSkeApi([postgresqlPromise], [failing]),
    );
    expect(
      await screen.findByText('Provisioning is failing'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('A Configure Pipeline has failed: instance-configure'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('ske-status')).toHaveAttribute(
      'data-tone',
      'failed',
    );
  });

  it('falls back to the status annotation, marked as not live', async () => {
    const api = unreachablePlatform();
    renderOverview(
      resourceEntity({
        'kratix.io/status': '{"message":"Resource provisioned"}',
      }),
      api,
    );
    expect(
      await screen.findByText('Kratix platform unreachable'),
    ).toBeInTheDocument();
    expect(screen.getByText('Not live')).toBeInTheDocument();
    expect(screen.getByTestId('ske-status-message')).toHaveTextContent(
      'Resource provisioned',
    );
  });

  it('follows the live status without a reload: Pending, then Reconciled', async () => {
    const pending = {
      ...acidDb,
      status: {
        ...acidDb.status,
        message: 'Pending',
        conditions: [
          {
            type: 'Reconciled',
            status: 'Unknown',
            reason: 'WorkflowPending',
            message: 'Pending',
          },
        ],
        pipelines: [{ name: 'instance-configure', phase: 'Running' as const }],
      },
    };
    const api = new FakeSkeApi([postgresqlPromise], [pending]);
    renderOverview(resourceEntity(), api);
    const status = await screen.findByTestId(
      'ske-status',
      {},
      { timeout: 5000 },
    );
    expect(status).toHaveAttribute('data-tone', 'pending');
    api.put(acidDb);
    await waitFor(
      () =>
        expect(screen.getByTestId('ske-status')).toHaveTextContent(
          'Reconciled',
        ),
      { timeout: LIVE_REFRESH_MS * 3 },
    );
    expect(screen.getByTestId('ske-pipelines')).toHaveTextContent(
      'instance-configure: Succeeded',
    );
  });

  it('tolerates an invalid status annotation when the platform is unreachable', async () => {
    const api = unreachablePlatform();
    renderOverview(resourceEntity({ 'kratix.io/status': '{"message": ' }), api);
    expect(
      await screen.findByText('Kratix platform unreachable'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('ske-field-name')).toHaveTextContent('acid-db');
    expect(screen.queryByTestId('ske-status-panel')).not.toBeInTheDocument();
  });

  it('explains missing annotations', async () => {
    const api = new FakeSkeApi();
    renderOverview(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'orphan',
          annotations: {
            'kratix.io/type': 'resource',
            'kratix.io/name': 'orphan',
          },
        },
        spec: { type: 'kratix-resource' },
      },
      api,
    );
    expect(
      await screen.findByText(/'kratix.io\/group', 'kratix.io\/version'/),
    ).toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });
});
