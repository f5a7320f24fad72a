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
  eventually,
  identity,
  succeeded,
  PG_API_VERSION,
  pgPlatformPath,
  pgRoute,
  useResourceHarness,
  writes,
} from '../__testUtils__/resourceHarness';

// Each test starts a backend and talks to a platform; on a loaded 2-core
// machine that takes longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('deleting resource requests through /api/ske', () => {
  const h = useResourceHarness();
  const { call, observe, stored, seed } = h;

  describe('DELETE /resources/:group/:version/:kind/:namespace/:name', () => {
    it('deletes the resource request; it is gone once Kratix has cleaned up', async () => {
      await seed('team-a', 'del-db', { teamId: 'team-a' });
      expect(stored('team-a', 'del-db')?.metadata.finalizers).toEqual([
        'kratix.io/resource-cleanup',
      ]);
      const { res, calls, events } = await observe(
        'delete',
        pgRoute('team-a', 'del-db'),
        { as: 'alice' },
      );
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(writes(calls)).toEqual([
        expect.objectContaining({
          user: 'alice',
          method: 'DELETE',
          path: pgPlatformPath('team-a', 'del-db'),
          verb: 'delete',
          code: 200,
        }),
      ]);
      expect(events).toEqual([
        succeeded('resource-delete', identity('team-a', 'del-db')),
      ]);

      expect(await eventually(() => !stored('team-a', 'del-db'))).toBe(true);
      const read = await call('get', pgRoute('team-a', 'del-db'), {
        as: 'alice',
      });
      expect(read.status).toBe(404);
    });

    it('with dryRun=true deletes nothing', async () => {
      await seed('team-a', 'keep-db', { teamId: 'team-a' });
      const { res, events } = await observe(
        'delete',
        `${pgRoute('team-a', 'keep-db')}?dryRun=true`,
        { as: 'alice' },
      );
      expect(res.status).toBe(204);
      expect(stored('team-a', 'keep-db')?.metadata.deletionTimestamp).toBe(
        undefined,
      );
      expect(events).toEqual([
        expect.objectContaining({
          meta: { ...identity('team-a', 'keep-db'), dryRun: true },
          outcome: 'success',
        }),
      ]);
    });

    it("answers 403 with the cluster's message for a read-only user, and deletes nothing", async () => {
      const { res, calls, events } = await observe(
        'delete',
        pgRoute('team-a', 'acid-db'),
        { as: 'bob' },
      );
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        name: 'NotAllowedError',
        message: `Kubernetes refused to delete postgresql 'team-a/acid-db': postgresqls.marketplace.kratix.io "acid-db" is forbidden: User "bob" cannot delete resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-a"`,
      });
      expect(writes(calls)).toEqual([
        expect.objectContaining({ user: 'bob', method: 'DELETE', code: 403 }),
      ]);
      expect(stored('team-a', 'acid-db')?.metadata.deletionTimestamp).toBe(
        undefined,
      );
      expect(events).toEqual([
        expect.objectContaining({
          eventId: 'resource-delete',
          meta: { ...identity('team-a', 'acid-db'), dryRun: false },
          outcome: 'fail',
          error: expect.objectContaining({ name: 'NotAllowedError' }),
        }),
      ]);
    });

    it('answers 403 when alice deletes in another team', async () => {
      const res = await call('delete', pgRoute('team-b', 'broken-db'), {
        as: 'alice',
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'User "alice" cannot delete resource "postgresqls" in API group "marketplace.kratix.io" in the namespace "team-b"',
      );
      expect(stored('team-b', 'broken-db')?.metadata.deletionTimestamp).toBe(
        undefined,
      );
    });

    it('answers 404 with the Kubernetes message for a missing resource', async () => {
      const res = await call('delete', pgRoute('team-a', 'nope'), {
        as: 'alice',
      });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        `Kubernetes refused to delete postgresql 'team-a/nope': postgresqls.marketplace.kratix.io "nope" not found`,
      );
    });
  });

  describe('routes kept from SKE', () => {
    const refQuery = (name: string, namespace = 'team-a') =>
      `name=${name}&namespace=${namespace}&kind=postgresql&apiVersion=${encodeURIComponent(
        PG_API_VERSION,
      )}`;

    it('GET /resource returns the manifest as stored', async () => {
      const res = await call(
        'get',
        `/api/ske/resource?${refQuery('acid-db')}`,
        {
          as: 'bob',
        },
      );
      expect(res.status).toBe(200);
      expect(res.body.manifest).toMatchObject({
        apiVersion: PG_API_VERSION,
        kind: 'postgresql',
        metadata: {
          name: 'acid-db',
          namespace: 'team-a',
          labels: { 'kratix.io/promise-name': 'postgresql' },
          finalizers: ['kratix.io/resource-cleanup'],
        },
        spec: { teamId: 'team-a', storageGb: 50 },
        status: { message: 'Resource provisioned' },
      });
      expect(res.body.manifest.metadata.uid).toBe(
        stored('team-a', 'acid-db')!.metadata.uid,
      );
    });

    it('GET /resource reads from the default namespace when the query names none, as SKE does', async () => {
      await seed('default', 'shared-db', { teamId: 'team-a' });
      const res = await call(
        'get',
        `/api/ske/resource?name=shared-db&kind=postgresql&apiVersion=${encodeURIComponent(
          PG_API_VERSION,
        )}`,
        { as: 'alice' },
      );
      expect(res.status).toBe(200);
      expect(res.body.manifest.metadata).toMatchObject({
        name: 'shared-db',
        namespace: 'default',
      });
    });

    it('GET /resource answers 404 for a missing resource', async () => {
      const res = await call('get', `/api/ske/resource?${refQuery('nope')}`, {
        as: 'bob',
      });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain(
        'postgresqls.marketplace.kratix.io "nope" not found',
      );
    });

    it('GET /resource answers 400 for an incomplete query', async () => {
      const { res, calls } = await observe(
        'get',
        '/api/ske/resource?name=acid-db&namespace=team-a',
        { as: 'bob' },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Invalid query: /);
      expect(calls).toEqual([]);
    });

    it('POST /delete-resource deletes the resource request', async () => {
      await seed('team-a', 'compat-db', { teamId: 'team-a' });
      const ref = {
        name: 'compat-db',
        namespace: 'team-a',
        kind: 'postgresql',
        apiVersion: PG_API_VERSION,
      };
      const { res, calls, events } = await observe(
        'post',
        '/api/ske/delete-resource',
        { as: 'alice', body: ref },
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ deleted: ref });
      expect(writes(calls)).toEqual([
        expect.objectContaining({
          user: 'alice',
          method: 'DELETE',
          path: pgPlatformPath('team-a', 'compat-db'),
        }),
      ]);
      expect(events).toEqual([
        auditEvent(
          'resource-delete',
          identity('team-a', 'compat-db'),
          'success',
        ),
      ]);
      expect(await eventually(() => !stored('team-a', 'compat-db'))).toBe(true);
    });

    it('POST /delete-resource answers 403 for a read-only user', async () => {
      const res = await call('post', '/api/ske/delete-resource', {
        as: 'bob',
        body: {
          name: 'acid-db',
          namespace: 'team-a',
          kind: 'postgresql',
          apiVersion: PG_API_VERSION,
        },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'User "bob" cannot delete resource "postgresqls"',
      );
      expect(stored('team-a', 'acid-db')?.metadata.deletionTimestamp).toBe(
        undefined,
      );
    });

    it('POST /delete-resource answers 400 for an incomplete body', async () => {
      const { res, calls, events } = await observe(
        'post',
        '/api/ske/delete-resource',
        { as: 'alice', body: { name: 'acid-db', namespace: 'team-a' } },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Invalid body: /);
      expect(calls).toEqual([]);
      expect(events).toEqual([]);
    });
  });
});
