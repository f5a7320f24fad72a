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
  auditEvent,
  byPath,
  FieldError,
  identity,
  succeeded,
  PG_API_VERSION,
  pgPlatformPath,
  pgRoute,
  postgresql,
  useResourceHarness,
  writes,
} from '../__testUtils__/resourceHarness';
import { RunningPlatform } from '../__testUtils__/startSkeTestBackend';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('creating resource requests through /api/ske', () => {
  const h = useResourceHarness();
  const { call, observe, stored, settled } = h;
  let platform: RunningPlatform;
  beforeAll(() => {
    ({ platform } = h);
  });

  describe('POST /resources', () => {
    it('creates a resource request as the caller, with the schema defaults applied', async () => {
      const { res, calls, events } = await observe(
        'post',
        '/api/ske/resources',
        {
          as: 'alice',
          body: postgresql('team-a', 'orders-db', { teamId: 'team-a' }),
        },
      );
      expect(res.status).toBe(201);
      const defaulted = {
        teamId: 'team-a',
        env: 'dev',
        dbName: 'postgres',
        backupEnabled: false,
        storageGb: 10,
      };
      expect(res.body).toMatchObject({
        apiVersion: PG_API_VERSION,
        kind: 'postgresql',
        namespace: 'team-a',
        name: 'orders-db',
        generation: 1,
        spec: defaulted,
      });
      expect(res.body.resourceVersion).toMatch(/^\d+$/);

      expect(stored('team-a', 'orders-db')?.spec).toEqual(defaulted);
      expect(writes(calls)).toEqual([
        expect.objectContaining({
          user: 'alice',
          method: 'POST',
          path: pgPlatformPath('team-a'),
          verb: 'create',
          code: 201,
        }),
      ]);
      expect(events).toEqual([
        succeeded('resource-create', identity('team-a', 'orders-db')),
      ]);

      // Kratix picks it up: the resource shows up with its Promise and a status.
      expect(await settled('team-a', 'orders-db')).toBe(true);
      const read = await call('get', pgRoute('team-a', 'orders-db'), {
        as: 'alice',
      });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        promiseName: 'postgresql',
        spec: defaulted,
        status: { message: 'Resource provisioned' },
      });
    });

    it('accepts the manifest wrapped as { manifest }, and keeps labels', async () => {
      const res = await call('post', '/api/ske/resources', {
        as: 'alice',
        body: {
          manifest: postgresql(
            'team-a',
            'wrapped-db',
            { teamId: 'team-a', storageGb: 20 },
            { labels: { tier: 'gold' } },
          ),
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.labels).toEqual({ tier: 'gold' });
      expect(stored('team-a', 'wrapped-db')).toMatchObject({
        metadata: { labels: { tier: 'gold' } },
        spec: { teamId: 'team-a', storageGb: 20 },
      });
    });

    it('puts only the identity of the resource into the audit event', async () => {
      const { res, events } = await observe('post', '/api/ske/resources', {
        as: 'alice',
        body: postgresql(
          'team-a',
          'labelled-db',
          { teamId: 'team-a' },
          {
            labels: { tier: 'gold' },
            annotations: { 'example.com/ticket': 'OPS-1234' },
          },
        ),
      });
      expect(res.status).toBe(201);
      expect(events).toHaveLength(1);
      expect(events[0].meta).toEqual({
        ...identity('team-a', 'labelled-db'),
        dryRun: false,
      });
    });

    it('with dryRun=true answers what would be created and creates nothing', async () => {
      const { res, calls, events } = await observe(
        'post',
        '/api/ske/resources?dryRun=true',
        {
          as: 'alice',
          body: postgresql('team-a', 'dry-db', {
            teamId: 'team-a',
            env: 'staging',
          }),
        },
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: 'dry-db',
        namespace: 'team-a',
        spec: { teamId: 'team-a', env: 'staging', storageGb: 10 },
      });
      expect(writes(calls)).toEqual([
        expect.objectContaining({ method: 'POST', user: 'alice', code: 201 }),
      ]);
      expect(stored('team-a', 'dry-db')).toBeUndefined();
      expect(events).toEqual([
        auditEvent('resource-create', identity('team-a', 'dry-db'), 'success', {
          dryRun: true,
        }),
      ]);
    });

    it('answers 409 with the Kubernetes message when the name is taken', async () => {
      const res = await call('post', '/api/ske/resources', {
        as: 'alice',
        body: postgresql('team-a', 'acid-db', { teamId: 'team-a' }),
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({
        name: 'ConflictError',
        message: `Kubernetes refused to create postgresql 'team-a/acid-db': postgresqls.marketplace.kratix.io "acid-db" already exists`,
      });
      expect(stored('team-a', 'acid-db')?.spec).toMatchObject({
        storageGb: 50,
      });
    });

    it.each<[string, Record<string, unknown>, FieldError[]]>([
      [
        'storageGb above its maximum',
        { teamId: 'team-a', storageGb: 3000 },
        [{ path: 'spec.storageGb', message: 'must be <= 500' }],
      ],
      [
        'env outside its enum',
        { teamId: 'team-a', env: 'qa' },
        [
          {
            path: 'spec.env',
            message: 'must be one of "dev", "staging", "prod"',
          },
        ],
      ],
      [
        'teamId missing',
        { env: 'dev' },
        [{ path: 'spec.teamId', message: 'is required' }],
      ],
      [
        'teamId not matching its pattern',
        { teamId: 'Team A' },
        [
          {
            path: 'spec.teamId',
            message: 'must match pattern "^[a-z][a-z0-9-]{2,29}$"',
          },
        ],
      ],
      [
        'storageGb of the wrong type',
        { teamId: 'team-a', storageGb: '10' },
        [{ path: 'spec.storageGb', message: 'must be integer' }],
      ],
      [
        'backupEnabled of the wrong type',
        { teamId: 'team-a', backupEnabled: 'yes' },
        [{ path: 'spec.backupEnabled', message: 'must be boolean' }],
      ],
      [
        'a nested field below its minimum',
        { teamId: 'team-a', resources: { memoryMi: 64 } },
        [{ path: 'spec.resources.memoryMi', message: 'must be >= 128' }],
      ],
    ])(
      'answers 400 with fieldErrors for %s and sends nothing to the platform',
      async (_label, spec, fieldErrors) => {
        const name = `invalid-${platform.requestLog.length}`;
        const { res, calls, events } = await observe(
          'post',
          '/api/ske/resources',
          { as: 'alice', body: postgresql('team-a', name, spec) },
        );
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.fieldErrors).toEqual(fieldErrors);
        expect(writes(calls)).toEqual([]);
        expect(stored('team-a', name)).toBeUndefined();
        expect(events).toEqual([
          expect.objectContaining({
            eventId: 'resource-create',
            outcome: 'fail',
          }),
        ]);
      },
    );

    it('lists every schema violation of a spec at once', async () => {
      const { res, calls } = await observe('post', '/api/ske/resources', {
        as: 'alice',
        body: postgresql('team-a', 'all-wrong-db', {
          env: 'qa',
          storageGb: 3000,
          backupEnabled: 'yes',
          extensions: ['pgcrypto', 'nope'],
          resources: { cpu: 'lots', memoryMi: 64 },
        }),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /^The spec does not match the Promise's schema: .*spec\.storageGb must be <= 500/,
      );
      expect([...res.body.fieldErrors].sort(byPath)).toEqual(
        [
          { path: 'spec.teamId', message: 'is required' },
          {
            path: 'spec.env',
            message: 'must be one of "dev", "staging", "prod"',
          },
          { path: 'spec.storageGb', message: 'must be <= 500' },
          { path: 'spec.backupEnabled', message: 'must be boolean' },
          {
            path: 'spec.extensions[1]',
            message:
              'must be one of "pgcrypto", "postgis", "uuid-ossp", "pg_stat_statements"',
          },
          {
            path: 'spec.resources.cpu',
            message: 'must match pattern "^[0-9]+m?$"',
          },
          { path: 'spec.resources.memoryMi', message: 'must be >= 128' },
        ].sort(byPath),
      );
      expect(writes(calls)).toEqual([]);
    });

    it('names fields inside arrays of objects, e.g. spec.topics[0].name', async () => {
      const { res, calls } = await observe('post', '/api/ske/resources', {
        as: 'alice',
        body: {
          apiVersion: 'streaming.syntasso.io/v1',
          kind: 'Kafka',
          metadata: { name: 'bad-topics', namespace: 'team-a' },
          spec: {
            tier: 'standard',
            topics: [{ name: 'Orders Created' }, { partitions: 3 }],
          },
        },
      });
      expect(res.status).toBe(400);
      expect(res.body.fieldErrors).toEqual([
        {
          path: 'spec.topics[0].name',
          message: 'must match pattern "^[a-z0-9.-]+$"',
        },
        { path: 'spec.topics[1].name', message: 'is required' },
      ]);
      expect(writes(calls)).toEqual([]);
    });

    it('creates a Kafka (another API group and kind)', async () => {
      const res = await call('post', '/api/ske/resources', {
        as: 'alice',
        body: {
          apiVersion: 'streaming.syntasso.io/v1',
          kind: 'Kafka',
          metadata: { name: 'audit-log', namespace: 'team-a' },
          spec: { tier: 'standard', topics: [{ name: 'audit.v1' }] },
        },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        apiVersion: 'streaming.syntasso.io/v1',
        kind: 'Kafka',
        spec: {
          tier: 'standard',
          topics: [{ name: 'audit.v1', partitions: 3, retentionHours: 168 }],
        },
      });
    });

    it('answers 404 for a kind no Promise offers, before writing anything', async () => {
      const { res, calls } = await observe('post', '/api/ske/resources', {
        as: 'alice',
        body: {
          apiVersion: 'marketplace.kratix.io/v1alpha2',
          kind: 'mysql',
          metadata: { name: 'my-db', namespace: 'team-a' },
          spec: {},
        },
      });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        "No Promise offers kind 'mysql' in API 'marketplace.kratix.io/v1alpha2'",
      );
      expect(writes(calls)).toEqual([]);
    });

    it.each([
      [
        'an uppercase name',
        postgresql('team-a', 'Orders-DB', { teamId: 'team-a' }),
        /^Invalid manifest: metadata\.name must be a lowercase RFC 1123 name/,
      ],
      [
        'no namespace',
        {
          apiVersion: PG_API_VERSION,
          kind: 'postgresql',
          metadata: { name: 'x-db' },
          spec: {},
        },
        /^Invalid manifest: metadata\.namespace /,
      ],
      [
        'a malformed apiVersion',
        { ...postgresql('team-a', 'x-db', {}), apiVersion: 'marketplace' },
        /^Invalid manifest: apiVersion must look like <group>\/<version>/,
      ],
      [
        'a spec that is not an object',
        { ...postgresql('team-a', 'x-db', {}), spec: ['teamId'] },
        /^Invalid manifest: spec /,
      ],
    ])(
      'answers 400 for a manifest with %s without calling the platform',
      async (_label, body, message) => {
        const { res, calls, events } = await observe(
          'post',
          '/api/ske/resources',
          { as: 'alice', body },
        );
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
        expect(calls).toEqual([]);
        expect(events).toEqual([]);
      },
    );

    it("answers 403 with the cluster's message for a read-only user, and creates nothing", async () => {
      const { res, calls, events } = await observe(
        'post',
        '/api/ske/resources',
        {
          as: 'bob',
          body: postgresql('team-a', 'bobs-db', { teamId: 'team-a' }),
        },
      );
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        name: 'NotAllowedError',
        message: `Kubernetes refused to create postgresql 'team-a/bobs-db': postgresqls.marketplace.kratix.io is forbidden: User "bob" cannot create resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-a"`,
      });
      expect(writes(calls)).toEqual([
        expect.objectContaining({ user: 'bob', method: 'POST', code: 403 }),
      ]);
      expect(stored('team-a', 'bobs-db')).toBeUndefined();
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'resource-create',
          meta: { ...identity('team-a', 'bobs-db'), dryRun: false },
          outcome: 'fail',
          error: expect.objectContaining({ name: 'NotAllowedError' }),
        }),
      ]);
    });

    it('answers 403 when alice creates outside her team namespace', async () => {
      const res = await call('post', '/api/ske/resources', {
        as: 'alice',
        body: postgresql('team-b', 'alices-db', { teamId: 'team-b' }),
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'User "alice" cannot create resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-b"',
      );
      expect(stored('team-b', 'alices-db')).toBeUndefined();
    });
  });
});
