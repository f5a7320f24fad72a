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
import type { RouteRef } from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import type { ResourceDetails } from '@syntasso/plugin-ske-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import {
  acidDb,
  postgresqlPromise,
  promiseEntity,
  resourceEntity,
} from '../../testing/fixtures';
import { backendError, FakeSkeApi } from '../../testing/fakeSkeApi';

const failing = {
  conditions: [
    {
      type: 'Reconciled',
      status: 'False',
      message: 'A Configure Pipeline has failed',
    },
  ],
  pipelines: [],
  extra: {},
};

const request = (
  namespace: string,
  name: string,
  extra: Partial<ResourceDetails> = {},
): ResourceDetails => ({ ...acidDb, namespace, name, ...extra });

// The catalog's entity page, where EntityRefLink points.
const entityRoute = entityRouteRef as unknown as RouteRef;

function renderRequests(api: FakeSkeApi, entities: Entity[] = []) {
  return renderTestApp({
    extensions: [
      createTestEntityPage({ entity: promiseEntity }),
      skeEntityExtensions['promise-overview'],
    ],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
    apis: [
      [skeApiRef, api],
      [catalogApiRef, catalogApiMock({ entities })],
    ],
  });
}

const rows = () =>
  within(screen.getByTestId('ske-requests')).getAllByRole('row').slice(1);

describe('PromiseRequests', () => {
  it("lists the Promise's requests with namespace, status and age, and counts them by status", async () => {
    const api = new FakeSkeApi(
      [postgresqlPromise],
      [
        request('team-a', 'acid-db', {
          creationTimestamp: new Date(Date.now() - 3 * 3600_000).toISOString(),
        }),
        request('team-b', 'broken-db', { status: failing }),
      ],
    );
    renderRequests(api);
    expect(await screen.findByText('broken-db')).toBeInTheDocument();
    expect(rows()).toHaveLength(2);
    const acid = rows()[0];
    expect(acid).toHaveTextContent('acid-db');
    expect(acid).toHaveTextContent('team-a');
    expect(acid).toHaveTextContent('Reconciled');
    expect(acid).toHaveTextContent('3h');
    expect(within(rows()[1]).getByTestId('ske-status')).toHaveAttribute(
      'data-tone',
      'failed',
    );
    expect(rows()[1]).toHaveTextContent('A Configure Pipeline has failed');
    await waitFor(() =>
      expect(screen.getByTestId('ske-request-count-total')).toHaveTextContent(
        '2 requests',
      ),
    );
    expect(screen.getByTestId('ske-request-count-ok')).toHaveTextContent(
      'Ready: 1',
    );
    expect(screen.getByTestId('ske-request-count-failed')).toHaveTextContent(
      'Failing: 1',
    );
  });

  it("links a request to its catalog entity when there is one, else to the request's page", async () => {
    const api = new FakeSkeApi(
      [postgresqlPromise],
      [request('team-a', 'acid-db'), request('team-b', 'broken-db')],
    );
    renderRequests(api, [resourceEntity()]);
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'acid-db' })).toHaveAttribute(
        'href',
        '/catalog/default/component/acid-db',
      ),
    );
    expect(screen.getByRole('link', { name: 'broken-db' })).toHaveAttribute(
      'href',
      '/ske/resources/marketplace.kratix.io/v1alpha2/postgresql/team-b/broken-db',
    );
  });

  it('pages through the requests with the server’s continue token', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      request('team-a', `db-${String(i).padStart(2, '0')}`),
    );
    const api = new FakeSkeApi([postgresqlPromise], many);
    renderRequests(api);
    expect(await screen.findByText('db-19')).toBeInTheDocument();
    expect(rows()).toHaveLength(20);
    expect(screen.queryByText('db-20')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(await screen.findByText('db-24')).toBeInTheDocument();
    expect(rows()).toHaveLength(5);
    expect(api.calls).toContainEqual({
      method: 'listResources',
      args: [
        'postgresql',
        { limit: 20, continueToken: '20', namespace: undefined },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: /previous/i }));
    expect(await screen.findByText('db-00')).toBeInTheDocument();
  });

  it('filters by namespace, checking the name first', async () => {
    const api = new FakeSkeApi(
      [postgresqlPromise],
      [request('team-a', 'acid-db'), request('team-b', 'broken-db')],
    );
    renderRequests(api);
    expect(await screen.findByText('acid-db')).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: 'Namespace' });
    await userEvent.type(field, 'Team_B');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(
      await screen.findByText(/A namespace is a lowercase DNS-1123 label/),
    ).toBeInTheDocument();
    expect(
      api.calls.some(
        c => c.method === 'listResources' && (c.args[1] as any).namespace,
      ),
    ).toBe(false);
    await userEvent.clear(field);
    await userEvent.type(field, 'team-b');
    fireEvent.submit(field.closest('form')!);
    expect(await screen.findByText('broken-db')).toBeInTheDocument();
    expect(screen.queryByText('acid-db')).toBeNull();
    expect(api.calls).toContainEqual({
      method: 'countResources',
      args: ['postgresql', { namespace: 'team-b' }],
    });
  });

  it('asks for a namespace, saying why, when the caller may not list every namespace', async () => {
    const api = new FakeSkeApi(
      [postgresqlPromise],
      [request('team-b', 'broken-db')],
    );
    const list = api.listResources.bind(api);
    api.listResources = async (name, options = {}) => {
      if (!options.namespace) {
        throw await backendError(
          403,
          'NotAllowedError',
          'User "carol" cannot list resource "postgresqls" at the cluster scope',
        );
      }
      return list(name, options);
    };
    renderRequests(api);
    const notice = await screen.findByTestId('ske-requests-namespace-needed');
    expect(notice).toHaveTextContent('Choose a namespace');
    expect(notice).toHaveTextContent('User "carol" cannot list');
    expect(screen.queryByText('Could not list the requests')).toBeNull();
    const field = screen.getByRole('textbox', { name: 'Namespace' });
    await userEvent.type(field, 'team-b');
    fireEvent.submit(field.closest('form')!);
    expect(await screen.findByText('broken-db')).toBeInTheDocument();
    expect(screen.queryByTestId('ske-requests-namespace-needed')).toBeNull();
  });

  it('shows other failures as errors', async () => {
    const api = new FakeSkeApi([postgresqlPromise]);
    api.failWith('listResources', () =>
      backendError(503, 'ServiceUnavailableError', 'platform down'),
    );
    renderRequests(api);
    expect(
      await screen.findByText('Could not list the requests'),
    ).toBeInTheDocument();
    expect(screen.getByText('platform down')).toBeInTheDocument();
  });

  it('says "1,000+" when the server stopped counting', async () => {
    const api = new FakeSkeApi([postgresqlPromise], [request('team-a', 'a')]);
    api.countResources = async () => ({
      counts: { ok: 990, failed: 10, pending: 0, unknown: 0 },
      total: 1000,
      limit: 1000,
      atLimit: true,
    });
    renderRequests(api);
    await waitFor(() =>
      expect(screen.getByTestId('ske-request-count-total')).toHaveTextContent(
        '1,000+ requests',
      ),
    );
    expect(screen.getByTestId('ske-request-count-ok')).toHaveTextContent(
      'Ready: 990',
    );
  });

  it('shows no requests for a Promise without an API', async () => {
    const api = new FakeSkeApi([{ ...postgresqlPromise, kind: undefined }]);
    renderRequests(api);
    expect(await screen.findByText('Promise postgresql')).toBeInTheDocument();
    await waitFor(() =>
      expect(api.calls.map(c => c.method)).toContain('getPromise'),
    );
    expect(screen.queryByTestId('ske-requests')).toBeNull();
    expect(api.calls.map(c => c.method)).not.toContain('listResources');
  });
});
