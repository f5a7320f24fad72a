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
  identity,
  succeeded,
  pgPlatformPath,
  pgRoute,
  useResourceHarness,
  writes,
} from '../__testUtils__/resourceHarness';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('updating resource requests through /api/ske', () => {
  const h = useResourceHarness();
  const { call, observe, stored, seed } = h;

  describe('PATCH /resources/:group/:version/:kind/:namespace/:name', () => {
    it('updates the spec based on the current resourceVersion; removed fields are removed', async () => {
      await seed('team-a', 'upd-db', {
        teamId: 'team-a',
        storageGb: 20,
        extensions: ['pgcrypto', 'postgis'],
      });
      const before = await call('get', pgRoute('team-a', 'upd-db'), {
        as: 'alice',
      });
      expect(before.body.generation).toBe(1);
      expect(before.body.spec.extensions).toEqual(['pgcrypto', 'postgis']);
      const { extensions: _dropped, ...rest } = before.body.spec;

      const { res, calls, events } = await observe(
        'patch',
        pgRoute('team-a', 'upd-db'),
        {
          as: 'alice',
          body: {
            spec: { ...rest, storageGb: 40, backupEnabled: true },
            resourceVersion: before.body.resourceVersion,
          },
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.generation).toBe(2);
      expect(res.body.resourceVersion).not.toBe(before.body.resourceVersion);
      expect(res.body.spec).toEqual({
        ...rest,
        storageGb: 40,
        backupEnabled: true,
      });
      expect(res.body.spec).not.toHaveProperty('extensions');

      const obj = stored('team-a', 'upd-db')!;
      expect(obj.metadata.generation).toBe(2);
      expect(obj.spec).toEqual({ ...rest, storageGb: 40, backupEnabled: true });
      expect(writes(calls)).toEqual([
        expect.objectContaining({
          user: 'alice',
          method: 'PATCH',
          path: pgPlatformPath('team-a', 'upd-db'),
          verb: 'patch',
          code: 200,
        }),
      ]);
      expect(events).toEqual([
        succeeded('resource-update', identity('team-a', 'upd-db')),
      ]);

      // The update was based on `before`: sending its resourceVersion again is refused.
      const stale = await observe('patch', pgRoute('team-a', 'upd-db'), {
        as: 'alice',
        body: {
          spec: { ...before.body.spec, storageGb: 99 },
          resourceVersion: before.body.resourceVersion,
        },
      });
      expect(stale.res.status).toBe(409);
      expect(stale.res.body.error).toMatchObject({
        name: 'ConflictError',
        message: `Kubernetes refused to update postgresql 'team-a/upd-db': Operation cannot be fulfilled on postgresqls.marketplace.kratix.io "upd-db": the object has been modified; please apply your changes to the latest version and try again`,
      });
      expect(stored('team-a', 'upd-db')).toMatchObject({
        metadata: { generation: 2 },
        spec: { ...rest, storageGb: 40, backupEnabled: true },
      });
      expect(stored('team-a', 'upd-db')!.spec).not.toHaveProperty('extensions');
      expect(stale.events).toEqual([
        expect.objectContaining({
          eventId: 'resource-update',
          outcome: 'fail',
          error: expect.objectContaining({ name: 'ConflictError' }),
        }),
      ]);
    });

    it('accepts metadata naming the resource itself', async () => {
      const current = await seed('team-a', 'same-name-db', {
        teamId: 'team-a',
      });
      const res = await call('patch', pgRoute('team-a', 'same-name-db'), {
        as: 'alice',
        body: {
          spec: { teamId: 'team-a', env: 'staging' },
          resourceVersion: current.metadata.resourceVersion,
          metadata: { name: 'same-name-db', namespace: 'team-a' },
        },
      });
      expect(res.status).toBe(200);
      expect(stored('team-a', 'same-name-db')?.spec).toMatchObject({
        env: 'staging',
      });
    });

    it.each([
      [
        'name',
        { name: 'renamed-db' },
        "The name of a resource request cannot be changed (from 'immutable-db' to 'renamed-db')",
      ],
      [
        'namespace',
        { namespace: 'team-b' },
        "The namespace of a resource request cannot be changed (from 'team-a' to 'team-b')",
      ],
    ])(
      'answers 400 when the %s would change, and sends no PATCH',
      async (_field, metadata, message) => {
        const current =
          stored('team-a', 'immutable-db') ??
          (await seed('team-a', 'immutable-db', { teamId: 'team-a' }));
        const { res, calls, events } = await observe(
          'patch',
          pgRoute('team-a', 'immutable-db'),
          {
            as: 'alice',
            body: {
              spec: { teamId: 'team-a', storageGb: 30 },
              resourceVersion: current.metadata.resourceVersion,
              metadata,
            },
          },
        );
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ name: 'InputError', message });
        expect(writes(calls)).toEqual([]);
        expect(stored('team-a', 'immutable-db')).toMatchObject({
          metadata: { generation: 1 },
          spec: { storageGb: 10 },
        });
        expect(stored('team-b', 'immutable-db')).toBeUndefined();
        expect(stored('team-a', 'renamed-db')).toBeUndefined();
        expect(events).toEqual([
          auditEvent(
            'resource-update',
            identity('team-a', 'immutable-db'),
            'fail',
          ),
        ]);
      },
    );

    it('answers 400 with fieldErrors for an invalid spec, and sends no PATCH', async () => {
      const current = await seed('team-a', 'valid-db', { teamId: 'team-a' });
      const { res, calls } = await observe(
        'patch',
        pgRoute('team-a', 'valid-db'),
        {
          as: 'alice',
          body: {
            spec: { env: 'qa', storageGb: 3000, backupEnabled: 1 },
            resourceVersion: current.metadata.resourceVersion,
          },
        },
      );
      expect(res.status).toBe(400);
      expect([...res.body.fieldErrors].sort(byPath)).toEqual(
        [
          { path: 'spec.teamId', message: 'is required' },
          {
            path: 'spec.env',
            message: 'must be one of "dev", "staging", "prod"',
          },
          { path: 'spec.storageGb', message: 'must be <= 500' },
          { path: 'spec.backupEnabled', message: 'must be boolean' },
        ].sort(byPath),
      );
      expect(writes(calls)).toEqual([]);
      expect(stored('team-a', 'valid-db')).toMatchObject({
        metadata: {
          generation: 1,
          resourceVersion: current.metadata.resourceVersion,
        },
        spec: current.spec as object,
      });
    });

    it.each([
      ['no resourceVersion', { spec: { teamId: 'team-a' } }],
      ['no spec', { resourceVersion: '1' }],
      ['a spec that is not an object', { spec: 'big', resourceVersion: '1' }],
    ])(
      'answers 400 for a body with %s without calling the platform',
      async (_label, body) => {
        const { res, calls } = await observe(
          'patch',
          pgRoute('team-a', 'acid-db'),
          { as: 'alice', body },
        );
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/^Invalid update: /);
        expect(calls).toEqual([]);
      },
    );

    it("answers 403 with the cluster's message for a read-only user, and changes nothing", async () => {
      const before = stored('team-a', 'acid-db')!;
      const { res, calls } = await observe(
        'patch',
        pgRoute('team-a', 'acid-db'),
        {
          as: 'bob',
          body: {
            spec: { ...(before.spec as object), storageGb: 100 },
            resourceVersion: before.metadata.resourceVersion,
          },
        },
      );
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        name: 'NotAllowedError',
        message: `Kubernetes refused to update postgresql 'team-a/acid-db': postgresqls.marketplace.kratix.io "acid-db" is forbidden: User "bob" cannot patch resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-a"`,
      });
      expect(writes(calls)).toEqual([
        expect.objectContaining({ user: 'bob', method: 'PATCH', code: 403 }),
      ]);
      expect(stored('team-a', 'acid-db')).toMatchObject({
        metadata: { generation: before.metadata.generation },
        spec: { storageGb: 50 },
      });
    });

    it('answers 403 when alice updates a resource in another team', async () => {
      const before = stored('team-b', 'broken-db')!;
      const res = await call('patch', pgRoute('team-b', 'broken-db'), {
        as: 'alice',
        body: {
          spec: { ...(before.spec as object), storageGb: 100 },
          resourceVersion: before.metadata.resourceVersion,
        },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'User "alice" cannot patch resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-b"',
      );
      expect(stored('team-b', 'broken-db')?.spec).toEqual(before.spec);
    });
  });
});
