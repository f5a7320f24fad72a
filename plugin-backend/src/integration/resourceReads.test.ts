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
  PG_API_VERSION,
  PG_ROUTE,
  pgPlatformPath,
  pgRoute,
  useResourceHarness,
} from '../__testUtils__/resourceHarness';
import type { RunningPlatform } from '../__testUtils__/startSkeTestBackend';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('reading resource requests through /api/ske', () => {
  const h = useResourceHarness();
  const { call, observe, postgresqls } = h;
  let platform: RunningPlatform;
  beforeAll(() => {
    ({ platform } = h);
  });

  describe('GET /promises/:name/resources', () => {
    it('lists the resources of a Promise in every namespace, as the caller', async () => {
      const { res, calls } = await observe(
        'get',
        '/api/ske/promises/postgresql/resources',
        { as: 'alice' },
      );
      expect(res.status).toBe(200);
      const names = res.body.items.map(
        (r: { namespace: string; name: string }) => `${r.namespace}/${r.name}`,
      );
      expect(names).toEqual(
        platform.store
          .list(postgresqls())
          .map(o => `${o.metadata.namespace}/${o.metadata.name}`),
      );
      expect(names).toEqual(
        expect.arrayContaining(['team-a/acid-db', 'team-b/broken-db']),
      );
      expect(res.body.continueToken).toBeUndefined();

      const acid = res.body.items.find(
        (r: { name: string }) => r.name === 'acid-db',
      );
      expect(acid).toMatchObject({
        apiVersion: PG_API_VERSION,
        kind: 'postgresql',
        namespace: 'team-a',
        promiseName: 'postgresql',
        generation: 1,
        spec: {
          env: 'prod',
          teamId: 'team-a',
          storageGb: 50,
          extensions: ['pgcrypto'],
        },
        status: { message: 'Resource provisioned' },
      });
      expect(acid.resourceVersion).toMatch(/^\d+$/);

      expect(calls).toEqual([
        expect.objectContaining({
          user: 'alice',
          method: 'GET',
          path: '/apis/platform.kratix.io/v1alpha1/promises/postgresql',
          code: 200,
        }),
        expect.objectContaining({
          user: 'alice',
          method: 'GET',
          path: '/apis/marketplace.kratix.io/v1alpha2/postgresqls',
          verb: 'list',
          code: 200,
        }),
      ]);
    });

    it('lists one namespace only when asked', async () => {
      const { res, calls } = await observe(
        'get',
        '/api/ske/promises/postgresql/resources?namespace=team-a',
        { as: 'alice' },
      );
      expect(res.status).toBe(200);
      const items: { namespace: string; name: string }[] = res.body.items;
      expect(items.map(r => r.name)).toContain('acid-db');
      expect(items.map(r => r.name)).not.toContain('broken-db');
      expect(items.every(r => r.namespace === 'team-a')).toBe(true);
      expect(calls[calls.length - 1]).toMatchObject({
        user: 'alice',
        path: pgPlatformPath('team-a'),
        verb: 'list',
      });
    });

    it('pages with limit and the continueToken of the previous page', async () => {
      const all = (
        await call('get', '/api/ske/promises/postgresql/resources', {
          as: 'alice',
        })
      ).body.items.map((r: { name: string }) => r.name);
      expect(all.length).toBeGreaterThanOrEqual(2);

      const first = await call(
        'get',
        '/api/ske/promises/postgresql/resources?limit=1',
        { as: 'alice' },
      );
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(1);
      expect(typeof first.body.continueToken).toBe('string');

      const second = await call(
        'get',
        `/api/ske/promises/postgresql/resources?limit=1&continue=${encodeURIComponent(
          first.body.continueToken,
        )}`,
        { as: 'alice' },
      );
      expect(second.status).toBe(200);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0].name).not.toBe(first.body.items[0].name);

      // Walking every page gives the whole list, in order, once.
      const paged: string[] = [];
      let token: string | undefined;
      for (let page = 0; page < all.length + 1; page++) {
        const res = await call(
          'get',
          `/api/ske/promises/postgresql/resources?limit=1${
            token ? `&continue=${encodeURIComponent(token)}` : ''
          }`,
          { as: 'alice' },
        );
        paged.push(...res.body.items.map((r: { name: string }) => r.name));
        token = res.body.continueToken;
        if (!token) break;
      }
      expect(token).toBeUndefined();
      expect(paged).toEqual(all);
    });

    it('lets a read-only user list', async () => {
      const res = await call('get', '/api/ske/promises/redis/resources', {
        as: 'bob',
      });
      expect(res.status).toBe(200);
      expect(
        res.body.items.map((r: { name: string }) => r.name).sort(),
      ).toEqual(['cache', 'sessions']);
    });

    it('answers 404 with the Kubernetes message for an unknown Promise', async () => {
      const res = await call('get', '/api/ske/promises/nope/resources', {
        as: 'alice',
      });
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({
        name: 'NotFoundError',
        message: `Kubernetes refused to get Promise 'nope': promises.platform.kratix.io "nope" not found`,
      });
    });

    it('answers 400 for a Promise without an API', async () => {
      const res = await call(
        'get',
        '/api/ske/promises/namespace-baseline/resources',
        { as: 'alice' },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        "Promise 'namespace-baseline' has no API, so it has no resources",
      );
    });

    it.each([
      ['limit=0', /^Invalid query: limit /],
      ['limit=many', /^Invalid query: limit /],
      ['limit=501', /^Invalid query: limit /],
      ['namespace=Team_A', /^Invalid query: namespace /],
    ])(
      'answers 400 for %s without calling the platform',
      async (query, message) => {
        const { res, calls } = await observe(
          'get',
          `/api/ske/promises/postgresql/resources?${query}`,
          { as: 'alice' },
        );
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toMatch(message);
        expect(calls).toEqual([]);
      },
    );
  });

  describe('GET /resources/:group/:version/:kind/:namespace/:name', () => {
    it('returns the resource request with its status', async () => {
      const res = await call('get', pgRoute('team-b', 'broken-db'), {
        as: 'bob',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        apiVersion: PG_API_VERSION,
        kind: 'postgresql',
        namespace: 'team-b',
        name: 'broken-db',
        promiseName: 'postgresql',
        spec: { env: 'dev', teamId: 'team-b' },
        status: {
          message: 'A Configure Pipeline has failed',
          pipelines: [expect.objectContaining({ phase: 'Failed' })],
        },
      });
    });

    it('answers 404 with the Kubernetes message for a missing resource', async () => {
      const { res, calls } = await observe('get', pgRoute('team-a', 'nope'), {
        as: 'alice',
      });
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({
        name: 'NotFoundError',
        message: `Kubernetes refused to get postgresql 'team-a/nope': postgresqls.marketplace.kratix.io "nope" not found`,
      });
      expect(calls[calls.length - 1]).toMatchObject({
        path: pgPlatformPath('team-a', 'nope'),
        code: 404,
      });
    });

    it('answers 404 for a kind the API group does not serve', async () => {
      const res = await call(
        'get',
        '/api/ske/resources/marketplace.kratix.io/v1alpha2/mysql/team-a/acid-db',
        { as: 'alice' },
      );
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({
        name: 'NotFoundError',
        message:
          "No Promise offers kind 'mysql' in API 'marketplace.kratix.io/v1alpha2'",
      });
    });

    it('answers 401 naming the provider when the caller sends no ID token', async () => {
      const { res, calls } = await observe('get', pgRoute('team-a', 'acid-db'));
      expect(res.status).toBe(401);
      expect(res.body.error.name).toBe('AuthenticationError');
      expect(res.body.error.message).toContain("provider 'test'");
      expect(calls).toEqual([]);
    });

    it.each([
      ['an uppercase name', `${PG_ROUTE}/team-a/Acid-DB`, /name /],
      [
        'a bad group',
        '/api/ske/resources/Marketplace_kratix/v1alpha2/postgresql/team-a/acid-db',
        /group must be an API group/,
      ],
      [
        'a bad version',
        '/api/ske/resources/marketplace.kratix.io/1alpha2/postgresql/team-a/acid-db',
        /version must be an API version/,
      ],
      [
        'a bad kind',
        '/api/ske/resources/marketplace.kratix.io/v1alpha2/post_gresql/team-a/acid-db',
        /kind must be a Kubernetes kind/,
      ],
      [
        'a bad namespace',
        `${PG_ROUTE}/team.a/acid-db`,
        /namespace must be a lowercase RFC 1123 label/,
      ],
    ])(
      'answers 400 for %s without calling the platform',
      async (_label, path, message) => {
        for (const method of ['get', 'patch', 'delete'] as const) {
          const { res, calls, events } = await observe(method, path, {
            as: 'alice',
            body:
              method === 'patch'
                ? { spec: { teamId: 'team-a' }, resourceVersion: '1' }
                : undefined,
          });
          expect(res.status).toBe(400);
          expect(res.body.error.name).toBe('InputError');
          expect(res.body.error.message).toMatch(/^Invalid resource path: /);
          expect(res.body.error.message).toMatch(message);
          expect(calls).toEqual([]);
          expect(events).toEqual([]);
        }
      },
    );
  });
});
