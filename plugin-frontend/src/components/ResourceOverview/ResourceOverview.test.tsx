import type { Entity } from '@backstage/catalog-model';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
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
    const api = new FakeSkeApi([postgresqlPromise], []);
    api.failWith('getResource', () =>
      backendError(
        503,
        'ServiceUnavailableError',
        'Kratix platform unreachable',
      ),
    );
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
