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

import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  auditEvent,
  identity,
  Method,
  OIDC_HEADER,
  pgPlatformPath,
  pgRoute,
  postgresql,
  useResourceHarness,
  writes,
} from '../__testUtils__/resourceHarness';
import {
  BACKSTAGE_SA,
  platformCallsDuring,
  platformCluster,
  RecordedAuditEvent,
  recordingAuditor,
  RunningPlatform,
  skeConfig,
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('who may call /api/ske, and what they see when they may not', () => {
  const h = useResourceHarness();
  const { call, observe, stored } = h;
  let platform: RunningPlatform;
  let server: TestServer;
  beforeAll(() => {
    ({ platform, server } = h);
  });
  const { audit } = h;
  const { errorBodies } = h;

  describe('without the OIDC ID token', () => {
    it.each<[Method, string, unknown]>([
      [
        'post',
        '/api/ske/resources',
        postgresql('team-a', 'anon-db', { teamId: 'team-a' }),
      ],
      [
        'patch',
        pgRoute('team-a', 'acid-db'),
        { spec: { teamId: 'team-a' }, resourceVersion: '1' },
      ],
      ['delete', pgRoute('team-a', 'acid-db'), undefined],
    ])(
      '%s answers 401 naming the provider, and nothing reaches the platform',
      async (method, path, body) => {
        const { res, calls, events } = await observe(method, path, { body });
        expect(res.status).toBe(401);
        expect(res.body.error.name).toBe('AuthenticationError');
        expect(res.body.error.message).toContain("provider 'test'");
        expect(res.body.error.message).toContain(
          'backstage-kubernetes-authorization-oidc-test header',
        );
        expect(calls).toEqual([]);
        expect(events).toEqual([
          expect.objectContaining({
            outcome: 'fail',
            error: expect.objectContaining({ name: 'AuthenticationError' }),
          }),
        ]);
        expect(stored('team-a', 'anon-db')).toBeUndefined();
        expect(stored('team-a', 'acid-db')?.metadata.deletionTimestamp).toBe(
          undefined,
        );
      },
    );
  });

  describe('when the permission policy denies', () => {
    let denied: TestServer;
    const deniedAudit = recordingAuditor();

    beforeAll(async () => {
      denied = await startSkeTestBackend({
        config: skeConfig(
          platformCluster(platform, {
            authProvider: 'oidc',
            oidcTokenProvider: 'test',
          }),
        ),
        features: [
          mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
          deniedAudit.factory,
        ],
      });
    });

    it.each<[Method, string, unknown, string]>([
      [
        'get',
        '/api/ske/promises/postgresql/resources',
        undefined,
        'ske.resource.read',
      ],
      ['get', pgRoute('team-a', 'acid-db'), undefined, 'ske.resource.read'],
      [
        'get',
        `${pgRoute('team-a', 'acid-db')}/manifest`,
        undefined,
        'ske.resource.read',
      ],
      [
        'get',
        `${pgRoute('team-a', 'acid-db')}/events`,
        undefined,
        'ske.resource.read',
      ],
      [
        'post',
        '/api/ske/resources',
        postgresql('team-a', 'denied-db', { teamId: 'team-a' }),
        'ske.resource.create',
      ],
      [
        'patch',
        pgRoute('team-a', 'acid-db'),
        { spec: { teamId: 'team-a' }, resourceVersion: '1' },
        'ske.resource.update',
      ],
      [
        'delete',
        pgRoute('team-a', 'acid-db'),
        undefined,
        'ske.resource.delete',
      ],
    ])(
      '%s %s answers 403 before anything reaches the platform',
      async (method, path, body, permission) => {
        const { result: res, calls } = await platformCallsDuring(platform, () =>
          call(method, path, { as: 'alice', body, to: denied }),
        );
        expect(res.status).toBe(403);
        expect(res.body.error).toMatchObject({
          name: 'NotAllowedError',
          message: `Permission '${permission}' is required`,
        });
        expect(calls).toEqual([]);
        expect(deniedAudit.events).toEqual([]);
      },
    );
  });

  describe('with a service account cluster', () => {
    let saServer: TestServer;
    const saAudit = recordingAuditor();

    beforeAll(async () => {
      saServer = await startSkeTestBackend({
        config: skeConfig(platformCluster(platform)),
        features: [saAudit.factory],
      });
    });

    it('creates as the configured service account, without any user token', async () => {
      const { result: res, calls } = await platformCallsDuring(platform, () =>
        call('post', '/api/ske/resources', {
          to: saServer,
          body: postgresql('team-b', 'sa-db', {
            teamId: 'team-b',
            env: 'prod',
          }),
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        namespace: 'team-b',
        name: 'sa-db',
        spec: { teamId: 'team-b', env: 'prod', storageGb: 10 },
      });
      expect(stored('team-b', 'sa-db')?.spec).toMatchObject({
        teamId: 'team-b',
        env: 'prod',
      });
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.every(c => c.user === BACKSTAGE_SA)).toBe(true);
      expect(writes(calls)).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: pgPlatformPath('team-b'),
          code: 201,
        }),
      ]);
      expect(saAudit.events).toEqual([
        auditEvent('resource-create', identity('team-b', 'sa-db'), 'success'),
      ]);
    });

    it('still validates the spec before writing', async () => {
      const { result: res, calls } = await platformCallsDuring(platform, () =>
        call('post', '/api/ske/resources', {
          to: saServer,
          body: postgresql('team-b', 'sa-bad-db', {
            teamId: 'team-b',
            storageGb: 0,
          }),
        }),
      );
      expect(res.status).toBe(400);
      expect(res.body.fieldErrors).toEqual([
        { path: 'spec.storageGb', message: 'must be >= 1' },
      ]);
      expect(writes(calls)).toEqual([]);
    });
  });

  it('never puts a credential in an audit event or an error response', async () => {
    // A few more failures of each kind, on top of those the tests above caused.
    await call('delete', pgRoute('team-a', 'acid-db'), { as: 'bob' });
    await call('patch', pgRoute('team-a', 'acid-db'), {
      as: 'alice',
      body: { spec: { teamId: 'team-a' }, resourceVersion: '1' },
    });
    await call('post', '/api/ske/resources', {
      as: 'alice',
      body: postgresql('team-a', 'leak-db', { storageGb: 'x' }),
    });
    const rejected = 'not-a-valid-id-token';
    const res = await request(server)
      .delete(pgRoute('team-a', 'acid-db'))
      .set(OIDC_HEADER, rejected);
    expect(res.status).toBe(401);
    errorBodies.push(res.text);

    const failed = audit.events.filter(e => e.outcome === 'fail');
    expect(failed.length).toBeGreaterThanOrEqual(4);
    expect(errorBodies.length).toBeGreaterThanOrEqual(4);
    const auditText = (e: RecordedAuditEvent) =>
      JSON.stringify({
        meta: e.meta,
        outcomeMeta: e.outcomeMeta,
        error: e.error && {
          name: e.error.name,
          message: e.error.message,
          cause: String((e.error as { cause?: unknown }).cause ?? ''),
        },
      });
    const texts = [...audit.events.map(auditText), ...errorBodies];
    for (const text of texts) {
      for (const token of [...Object.values(platform.tokens), rejected]) {
        expect(text).not.toContain(token);
      }
    }
  });
});
