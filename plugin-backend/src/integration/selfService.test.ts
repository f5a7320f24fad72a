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

import { summariseStatus } from '@syntasso/plugin-ske-common';
import {
  Authenticator,
  KubeObject,
  startPlatform,
} from '@syntasso/ske-platform-simulator';
import request from 'supertest';
import { OIDC_HEADER, postgresql } from '../__testUtils__/resourceHarness';
import {
  platformCallsDuring,
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

/** carol reads requests in team-b only (see the simulator's bindings). */
const CAROL_TOKEN = 'carol-reads-team-b-only';
const carol: Authenticator = {
  authenticate: async token =>
    token === CAROL_TOKEN
      ? { name: 'carol', groups: ['team-b-readers', 'system:authenticated'] }
      : undefined,
};

const SUMMARY = '/api/ske/promises/postgresql/resources/summary';

describe('self-service routes', () => {
  let platform: RunningPlatform;
  let server: TestServer;

  beforeAll(async () => {
    platform = await startPlatform({
      port: 0,
      pipelineDelayMs: 10,
      authenticators: [carol],
    });
    await platform.settled();
    server = await startSkeTestBackend({
      config: skeConfig(
        platformCluster(platform, {
          authProvider: 'oidc',
          oidcTokenProvider: 'test',
        }),
      ),
    });
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const get = (path: string, token?: string) => {
    const req = request(server).get(path);
    return token ? req.set(OIDC_HEADER, token) : req;
  };
  const asAlice = (path: string) => get(path, platform.tokens.alice);

  /** The counts by tone of what the list route returns: the oracle for the summary. */
  const countedFromList = async (query = '') => {
    const res = await asAlice(
      `/api/ske/promises/postgresql/resources?limit=500${query}`,
    );
    const counts = { ok: 0, failed: 0, pending: 0, unknown: 0 };
    for (const item of res.body.items) {
      counts[summariseStatus(item.status).tone] += 1;
    }
    return { counts, total: res.body.items.length };
  };

  describe('GET /platform/auth', () => {
    it('names the auth provider and OIDC token provider of the platform cluster', async () => {
      const res = await asAlice('/api/ske/platform/auth');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ authProvider: 'oidc', oidcProvider: 'test' });
    });

    it('names no OIDC provider for a service-account cluster', async () => {
      const saServer = await startSkeTestBackend({
        config: skeConfig(platformCluster(platform)),
      });
      const res = await request(saServer).get('/api/ske/platform/auth');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ authProvider: 'serviceAccount' });
    });
  });

  describe('GET /promises/:name/resources/summary', () => {
    it('counts the requests of every namespace by status, as the caller', async () => {
      const { result: res, calls } = await platformCallsDuring(platform, () =>
        asAlice(SUMMARY),
      );
      expect(res.status).toBe(200);
      const expected = await countedFromList();
      expect(expected.counts.ok).toBeGreaterThan(0);
      expect(expected.counts.failed).toBeGreaterThan(0);
      expect(res.body).toEqual({
        ...expected,
        limit: 1000,
        atLimit: false,
      });
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.every(c => c.user === 'alice')).toBe(true);
    });

    it('counts one namespace when asked', async () => {
      const res = await asAlice(`${SUMMARY}?namespace=team-b`);
      expect(res.status).toBe(200);
      const expected = await countedFromList('&namespace=team-b');
      expect(res.body).toMatchObject(expected);
      const everywhere = await asAlice(SUMMARY);
      expect(res.body.total).toBeLessThan(everywhere.body.total);
    });

    it('answers 400 for a bad namespace without calling the platform', async () => {
      const { result: res, calls } = await platformCallsDuring(platform, () =>
        asAlice(`${SUMMARY}?namespace=Team_B`),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Invalid query: namespace /);
      expect(calls).toEqual([]);
    });

    it('stops counting at 1,000 requests and says there may be more', async () => {
      platform.apply({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'team-c' },
      } as KubeObject);
      for (let i = 0; i < 1001; i++) {
        platform.apply(
          postgresql('team-c', `bulk-${i}`, {
            env: 'dev',
            teamId: 'team-c',
          }) as KubeObject,
        );
      }
      const res = await asAlice(`${SUMMARY}?namespace=team-c`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 1000, atLimit: true });
      const { ok, failed, pending, unknown } = res.body.counts;
      expect(ok + failed + pending + unknown).toBe(1000);
    });
  });

  describe('a caller who may list one namespace only', () => {
    it('is refused the cluster-wide list with 403 and the cluster message', async () => {
      const res = await get(
        '/api/ske/promises/postgresql/resources',
        CAROL_TOKEN,
      );
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
      expect(res.body.error.message).toContain('User "carol" cannot list');
      const summary = await get(SUMMARY, CAROL_TOKEN);
      expect(summary.status).toBe(403);
    });

    it('lists and counts the namespace they may read', async () => {
      const res = await get(
        '/api/ske/promises/postgresql/resources?namespace=team-b',
        CAROL_TOKEN,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((r: { name: string }) => r.name)).toContain(
        'broken-db',
      );
      const summary = await get(`${SUMMARY}?namespace=team-b`, CAROL_TOKEN);
      expect(summary.status).toBe(200);
      expect(summary.body.total).toBe(res.body.items.length);
    });
  });
});
