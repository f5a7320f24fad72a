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
import { screen } from '@testing-library/react';
import type { PromiseDetails } from '@syntasso/plugin-ske-common';
import { SkeApi, skeApiRef } from '../../api';
import { skeEntityExtensions } from '../../extensions';
import { backendError, FakeSkeApi } from '../../testing/fakeSkeApi';

const promiseEntity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'postgresql-promise',
    description: 'A PostgreSQL database',
    annotations,
  },
  spec: { type: 'kratix-promise' },
});

const livePromise: PromiseDetails = {
  name: 'postgresql',
  group: 'marketplace.kratix.io',
  kind: 'postgresql',
  version: 'v1alpha2',
  promiseVersion: 'v1.2.0',
  status: {
    status: 'Available',
    message: 'Promise is available',
    conditions: [
      {
        type: 'Available',
        status: 'True',
        reason: 'PromiseAvailable',
        message: 'Ready to fulfil resource requests',
      },
    ],
    pipelines: [],
    extra: {},
  },
};

function fakeSkeApi(getPromise: SkeApi['getPromise']): SkeApi {
  const api = new FakeSkeApi();
  api.getPromise = getPromise;
  return api;
}

function renderOverview(entity: Entity, api: SkeApi) {
  return renderTestApp({
    extensions: [
      createTestEntityPage({ entity }),
      skeEntityExtensions['promise-overview'],
    ],
    apis: [[skeApiRef, api]],
  });
}

describe('PromiseOverview', () => {
  it('shows the live API group, kind, version and status of the Promise', async () => {
    const requested: string[] = [];
    renderOverview(
      promiseEntity({ 'kratix.io/promise-name': 'postgresql' }),
      fakeSkeApi(async name => {
        requested.push(name);
        return livePromise;
      }),
    );
    expect(
      await screen.findByText('marketplace.kratix.io'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('ske-field-kind')).toHaveTextContent(
      'postgresql',
    );
    expect(screen.getByTestId('ske-field-version')).toHaveTextContent('v1.2.0');
    expect(screen.getByTestId('ske-status')).toHaveAttribute('data-tone', 'ok');
    expect(screen.getByTestId('ske-status')).toHaveTextContent('Available');
    expect(screen.getByTestId('ske-status-message')).toHaveTextContent(
      'Promise is available',
    );
    expect(screen.getByTestId('ske-conditions')).toHaveTextContent(
      'Available: True (PromiseAvailable) — Ready to fulfil resource requests',
    );
    expect(screen.getByText('A PostgreSQL database')).toBeInTheDocument();
    expect(requested).toEqual(['postgresql']);
  });

  it('falls back to the catalog annotations, saying the data is not live', async () => {
    renderOverview(
      promiseEntity({
        'kratix.io/promise-name': 'postgresql',
        'kratix.io/api-group': 'marketplace.kratix.io',
        'kratix.io/status': '{"status":"Unavailable"}',
      }),
      fakeSkeApi(async () => {
        throw await backendError(
          404,
          'NotFoundError',
          'Promise postgresql not found',
        );
      }),
    );
    expect(
      await screen.findByText('Live data from the platform is unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Promise postgresql not found'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('ske-field-api-group')).toHaveTextContent(
      'marketplace.kratix.io',
    );
    expect(screen.getByTestId('ske-status')).toHaveAttribute(
      'data-tone',
      'failed',
    );
    expect(screen.getByText('Not live')).toBeInTheDocument();
  });

  it('tolerates an invalid status annotation', async () => {
    renderOverview(
      promiseEntity({
        'kratix.io/promise-name': 'postgresql',
        'kratix.io/status': 'not json {',
      }),
      fakeSkeApi(async () => {
        throw new Error('platform down');
      }),
    );
    expect(await screen.findByText(/platform down/)).toBeInTheDocument();
    expect(screen.queryByTestId('ske-status')).not.toBeInTheDocument();
  });

  it('explains a missing promise-name annotation instead of calling the backend', async () => {
    const requested: string[] = [];
    renderOverview(
      promiseEntity({ 'kratix.io/type': 'promise' }),
      fakeSkeApi(async name => {
        requested.push(name);
        return livePromise;
      }),
    );
    expect(
      await screen.findByText('This entity is missing Kratix annotations'),
    ).toBeInTheDocument();
    expect(screen.getByText(/'kratix.io\/promise-name'/)).toBeInTheDocument();
    expect(requested).toEqual([]);
  });
});
