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

import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  startSkeTestBackend,
  TestServer,
} from './__testUtils__/startSkeTestBackend';

describe('the /api/ske routes on the simulated platform', () => {
  let platform: RunningPlatform;
  let server: TestServer;

  beforeAll(async () => {
    platform = await startSkePlatform();
    server = await startSkeTestBackend({
      config: skeConfig(platformCluster(platform)),
    });
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const requestsSince = (start: number) => platform.requestLog.slice(start);

  describe('GET /promises', () => {
    it('lists the seeded Promises with their resource API', async () => {
      const res = await request(server).get('/api/ske/promises');
      expect(res.status).toBe(200);
      const items: { name: string }[] = res.body.items;
      expect(items.map(p => p.name).sort()).toEqual([
        'data-platform',
        'kafka',
        'namespace-baseline',
        'postgresql',
        'redis',
      ]);

      const postgresql = res.body.items.find(
        (p: { name: string }) => p.name === 'postgresql',
      );
      expect(postgresql).toMatchObject({
        name: 'postgresql',
        group: 'marketplace.kratix.io',
        kind: 'postgresql',
        version: 'v1alpha2',
        plural: 'postgresqls',
        scope: 'Namespaced',
        promiseVersion: 'v1.2.0',
        status: { status: 'Available' },
      });
      expect(postgresql.schema).toBeUndefined();

      const kafka = res.body.items.find(
        (p: { name: string }) => p.name === 'kafka',
      );
      expect(kafka).toMatchObject({
        group: 'streaming.syntasso.io',
        kind: 'Kafka',
        version: 'v1',
      });

      const baseline = res.body.items.find(
        (p: { name: string }) => p.name === 'namespace-baseline',
      );
      expect(baseline).toMatchObject({
        name: 'namespace-baseline',
        promiseVersion: 'v0.1.0',
        status: { status: 'Available' },
      });
      expect(baseline).not.toHaveProperty('group');
      expect(baseline).not.toHaveProperty('kind');
    });

    it('calls the platform as the configured service account', async () => {
      const start = platform.requestLog.length;
      expect((await request(server).get('/api/ske/promises')).status).toBe(200);
      expect(requestsSince(start)).toEqual([
        expect.objectContaining({
          method: 'GET',
          path: '/apis/platform.kratix.io/v1alpha1/promises',
          verb: 'list',
          user: 'system:serviceaccount:kratix-platform-system:backstage',
          code: 200,
        }),
      ]);
    });
  });

  describe('GET /promises/:name', () => {
    it('returns the Promise with the openAPIV3Schema of its storage version', async () => {
      const res = await request(server).get('/api/ske/promises/postgresql');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'postgresql',
        group: 'marketplace.kratix.io',
        kind: 'postgresql',
        version: 'v1alpha2',
        status: { status: 'Available' },
      });
      expect(res.body.schema.type).toBe('object');
      const spec = res.body.schema.properties.spec;
      expect(spec.required).toEqual(['teamId']);
      expect(Object.keys(spec.properties)).toEqual(
        expect.arrayContaining([
          'teamId',
          'env',
          'dbName',
          'backupEnabled',
          'storageGb',
          'extensions',
          'resources',
        ]),
      );
      expect(spec.properties.env).toMatchObject({
        type: 'string',
        enum: ['dev', 'staging', 'prod'],
        default: 'dev',
      });
    });

    it('answers 404 with the Kubernetes message for an unknown Promise', async () => {
      const start = platform.requestLog.length;
      const res = await request(server).get('/api/ske/promises/nope');
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({
        name: 'NotFoundError',
        message: `Kubernetes refused to get Promise 'nope': promises.platform.kratix.io "nope" not found`,
      });
      expect(requestsSince(start)).toEqual([
        expect.objectContaining({
          path: '/apis/platform.kratix.io/v1alpha1/promises/nope',
          code: 404,
        }),
      ]);
    });

    it.each([
      ['Bad_Name', 'Bad_Name'],
      ['UPPER', 'UPPER'],
      ['-leading-dash', '-leading-dash'],
      ['254 characters', 'a'.repeat(254)],
    ])(
      'answers 400 for the invalid name %s without calling the platform',
      async (_label, name) => {
        const start = platform.requestLog.length;
        const res = await request(server).get(`/api/ske/promises/${name}`);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toMatch(/^Invalid Promise name: /);
        expect(requestsSince(start)).toEqual([]);
      },
    );
  });

  describe('GET /health', () => {
    it('answers without any Backstage credentials', async () => {
      const res = await request(server)
        .get('/api/ske/health')
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('is the only route open to unauthenticated callers', async () => {
      const start = platform.requestLog.length;
      const res = await request(server)
        .get('/api/ske/promises')
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
      expect(requestsSince(start)).toEqual([]);
    });
  });

  it('answers 404 for unknown routes', async () => {
    const res = await request(server).get('/api/ske/nothing-here');
    expect(res.status).toBe(404);
  });
});
