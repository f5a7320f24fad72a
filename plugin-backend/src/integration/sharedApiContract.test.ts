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

import request from 'supertest';
import { eventually } from '@syntasso/ske-platform-simulator';
import {
  gitopsConfig,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import { pgRoute, postgresql } from '../__testUtils__/resourceHarness';
import {
  platformCluster,
  skeConfig,
  startSkePlatform,
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(120_000);

/** A backend in one mode, on its real platform (simulated cluster or git server). */
interface Mode {
  name: string;
  start(): Promise<{ server: TestServer; stop(): Promise<void> }>;
}

const modes: Mode[] = [
  {
    name: 'kubernetes',
    async start() {
      const platform = await startSkePlatform();
      const server = await startSkeTestBackend({
        config: skeConfig(platformCluster(platform)),
      });
      return { server, stop: () => platform.stop() };
    },
  },
  {
    name: 'gitops',
    async start() {
      const git = await startSkeGitServer();
      const server = await startSkeTestBackend({ config: gitopsConfig(git) });
      return { server, stop: () => git.stop() };
    },
  },
];

// Every defaulted field is given: Kubernetes applies schema defaults on
// write, GitOps mode stores the request as sent (the cluster defaults it when
// Flux or Argo CD applies it).
const spec = {
  teamId: 'team-a',
  env: 'dev',
  dbName: 'contract',
  storageGb: 10,
};

/** The API behaviour both modes share: same requests, same answers. */
describe.each(modes)('the /api/ske contract in $name mode', mode => {
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, stop } = await mode.start());
  });

  afterAll(async () => {
    await stop?.();
  });

  it('lists the Promises and serves a Promise with its resource schema', async () => {
    const list = await request(server).get('/api/ske/promises');
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { name: string }) => p.name).sort()).toEqual(
      ['data-platform', 'kafka', 'namespace-baseline', 'postgresql', 'redis'],
    );
    const pg = await request(server).get('/api/ske/promises/postgresql');
    expect(pg.body).toMatchObject({
      group: 'marketplace.kratix.io',
      kind: 'postgresql',
      version: 'v1alpha2',
    });
    expect(Object.keys(pg.body.schema.properties.spec.properties)).toEqual(
      expect.arrayContaining(['teamId', 'env', 'dbName', 'backupEnabled']),
    );
    expect((await request(server).get('/api/ske/promises/nope')).status).toBe(
      404,
    );
  });

  it('creates, reads, updates with optimistic concurrency, and deletes', async () => {
    const route = pgRoute('team-a', 'contract-db');
    const manifest = postgresql('team-a', 'contract-db', spec);
    const created = await request(server)
      .post('/api/ske/resources')
      .send({ manifest });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'contract-db', spec });
    const again = await request(server)
      .post('/api/ske/resources')
      .send({ manifest });
    expect(again.status).toBe(409);

    // Kratix writes status after a create (a new resourceVersion); wait until
    // it has, so the update below races nothing. GitOps has no controller.
    const read = await eventually(async () => {
      const res = await request(server).get(route);
      const reconciled = res.body.status?.conditions?.some(
        (c: { type: string; status: string }) =>
          c.type === 'Reconciled' && c.status !== 'Unknown',
      );
      return reconciled || mode.name === 'gitops' ? res : undefined;
    });
    expect(read.body).toMatchObject({
      namespace: 'team-a',
      promiseName: 'postgresql',
      spec,
    });
    const updated = await request(server)
      .patch(route)
      .send({
        spec: { ...spec, backupEnabled: true },
        resourceVersion: read.body.resourceVersion,
      });
    expect(updated.status).toBe(200);
    expect(updated.body.spec).toEqual({ ...spec, backupEnabled: true });
    expect(updated.body.resourceVersion).not.toBe(read.body.resourceVersion);

    const stale = await request(server)
      .patch(route)
      .send({ spec, resourceVersion: read.body.resourceVersion });
    expect(stale.status).toBe(409);
    expect(stale.body.error.name).toBe('ConflictError');
    const moved = await request(server)
      .patch(route)
      .send({
        spec,
        resourceVersion: updated.body.resourceVersion,
        metadata: { namespace: 'team-b' },
      });
    expect(moved.status).toBe(400);

    expect((await request(server).delete(route)).status).toBe(204);
    // Kubernetes keeps it (deletionTimestamp set) until Kratix's delete
    // workflow releases its finalizer; git removes the file at once.
    const gone = async () => (await request(server).get(route)).status === 404;
    let deleted = await gone();
    for (let i = 0; i < 100 && !deleted; i++) {
      await new Promise(resolve => setTimeout(resolve, 50));
      deleted = await gone();
    }
    expect(deleted).toBe(true);
  });

  it('refuses a spec the Promise schema rejects, with field errors, creating nothing', async () => {
    const res = await request(server)
      .post('/api/ske/resources')
      .send({
        manifest: postgresql('team-a', 'invalid-db', { ...spec, env: 'qa' }),
      });
    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'spec.env' }),
    ]);
    expect(
      (await request(server).get(pgRoute('team-a', 'invalid-db'))).status,
    ).toBe(404);
  });
});
