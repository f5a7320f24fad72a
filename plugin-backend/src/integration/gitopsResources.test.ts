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
import YAML from 'yaml';
import {
  gitopsConfig,
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import {
  PG_API_VERSION,
  pgRoute,
  postgresql,
} from '../__testUtils__/resourceHarness';
import {
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header('user:default/alice');
const spec = { teamId: 'team-a', env: 'dev', dbName: 'orders', storageGb: 10 };

describe('GitOps mode: /api/ske on a git repository (path "catalog")', () => {
  let git: RunningGitServer;
  let server: TestServer;

  beforeAll(async () => {
    // Promises at the default <path>/promises; resources under catalog/.
    git = await startSkeGitServer();
    git.commit('Move the Promises under catalog/', {
      ...Object.fromEntries(git.files().map(f => [f, null])),
      ...Object.fromEntries(
        git.files().map(f => [`catalog/${f}`, git.read(f) ?? '']),
      ),
    });
    server = await startSkeTestBackend({
      config: gitopsConfig(git, {
        path: 'catalog',
        defaultAuthor: { name: 'Platform Bot', email: 'bot@example.com' },
      }),
    });
  });

  afterAll(async () => {
    await git?.stop();
  });

  const head = () => git.log()[0];

  it('lists the Promises defined in the repository, with status not live', async () => {
    const res = await request(server).get('/api/ske/promises');
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { name: string }) => p.name).sort()).toEqual([
      'data-platform',
      'kafka',
      'namespace-baseline',
      'postgresql',
      'redis',
    ]);
    expect(
      res.body.items.find((p: { name: string }) => p.name === 'postgresql'),
    ).toEqual({
      name: 'postgresql',
      kind: 'postgresql',
      group: 'marketplace.kratix.io',
      version: 'v1alpha2',
      plural: 'postgresqls',
      scope: 'Namespaced',
      promiseVersion: 'v1.2.0',
      status: {
        message: 'Not live in GitOps mode',
        conditions: [],
        pipelines: [],
        extra: {},
      },
    });
    const one = await request(server).get('/api/ske/promises/postgresql');
    expect(one.body.schema.properties.spec.properties.env.enum).toEqual([
      'dev',
      'staging',
      'prod',
    ]);
    const missing = await request(server).get('/api/ske/promises/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      "Promise 'nope' not found in 'catalog/promises' of the repository",
    );
  });

  it('creates, reads, updates and deletes a resource request as commits by the configured author', async () => {
    const before = head().sha;
    const created = await request(server)
      .post('/api/ske/resources')
      .set('Authorization', alice)
      .send({ manifest: postgresql('team-a', 'orders-db', spec) });
    expect(created.status).toBe(201);

    const path = 'catalog/team-a/postgresql/orders-db.yaml';
    expect(YAML.parse(git.read(path)!)).toEqual(
      postgresql('team-a', 'orders-db', spec),
    );
    const [create] = git.log();
    expect(git.log()[1].sha).toBe(before);
    expect(create).toEqual({
      sha: created.body.commitSha,
      authorName: 'Platform Bot',
      authorEmail: 'bot@example.com',
      message:
        'Create postgresql team-a/orders-db\n\nRequested in Backstage by user:default/alice',
      files: [path],
    });
    expect(created.body).toMatchObject({
      apiVersion: PG_API_VERSION,
      kind: 'postgresql',
      name: 'orders-db',
      namespace: 'team-a',
      promiseName: 'postgresql',
      spec,
      status: { message: 'Not live in GitOps mode' },
    });

    const read = await request(server).get(pgRoute('team-a', 'orders-db'));
    expect(read.status).toBe(200);
    expect(read.body.resourceVersion).toBe(created.body.resourceVersion);
    const listed = await request(server).get(
      '/api/ske/promises/postgresql/resources?namespace=team-a',
    );
    expect(listed.body.items.map((r: { name: string }) => r.name)).toEqual([
      'orders-db',
    ]);
    const compat = await request(server).get('/api/ske/resource').query({
      name: 'orders-db',
      namespace: 'team-a',
      kind: 'postgresql',
      apiVersion: PG_API_VERSION,
    });
    expect(compat.body.manifest).toEqual(
      postgresql('team-a', 'orders-db', spec),
    );

    const updated = await request(server)
      .patch(pgRoute('team-a', 'orders-db'))
      .set('Authorization', alice)
      .send({
        spec: { ...spec, storageGb: 40 },
        resourceVersion: read.body.resourceVersion,
      });
    expect(updated.status).toBe(200);
    expect(updated.body.resourceVersion).not.toBe(read.body.resourceVersion);
    expect(YAML.parse(git.read(path)!).spec.storageGb).toBe(40);
    expect(head()).toMatchObject({
      sha: updated.body.commitSha,
      message:
        'Update postgresql team-a/orders-db\n\nRequested in Backstage by user:default/alice',
      files: [path],
    });

    const stale = await request(server)
      .patch(pgRoute('team-a', 'orders-db'))
      .send({
        spec: { ...spec, storageGb: 99 },
        resourceVersion: read.body.resourceVersion,
      });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(
      `postgresql 'team-a/orders-db' was changed in the repository after resourceVersion '${read.body.resourceVersion}' (now '${updated.body.resourceVersion}'); reload it and apply your change again`,
    );
    expect(head().sha).toBe(updated.body.commitSha);

    const deleted = await request(server)
      .delete(pgRoute('team-a', 'orders-db'))
      .set('Authorization', alice);
    expect(deleted.status).toBe(204);
    expect(git.read(path)).toBeUndefined();
    expect(git.files().some(f => f.startsWith('catalog/team-a'))).toBe(false);
    expect(head()).toMatchObject({
      authorName: 'Platform Bot',
      message:
        'Delete postgresql team-a/orders-db\n\nRequested in Backstage by user:default/alice',
      files: [path],
    });
    expect(
      (await request(server).get(pgRoute('team-a', 'orders-db'))).status,
    ).toBe(404);
  });

  it('keeps the rest of the file, comments included, when it updates the spec', async () => {
    const path = 'catalog/team-b/postgresql/commented.yaml';
    git.commit('Hand-written request', {
      [path]: [
        '# owned by team-b',
        `apiVersion: ${PG_API_VERSION}`,
        'kind: postgresql',
        'metadata:',
        '  name: commented',
        '  namespace: team-b',
        '  labels: { tier: gold } # keep me',
        'spec:',
        '  teamId: team-b',
        '',
      ].join('\n'),
    });
    const read = await request(server).get(pgRoute('team-b', 'commented'));
    expect(read.body.labels).toEqual({ tier: 'gold' });
    const res = await request(server)
      .patch(pgRoute('team-b', 'commented'))
      .send({
        spec: { teamId: 'team-b', env: 'prod' },
        resourceVersion: read.body.resourceVersion,
      });
    expect(res.status).toBe(200);
    const text = git.read(path)!;
    expect(text).toContain('# owned by team-b');
    expect(text).toContain('# keep me');
    expect(YAML.parse(text).spec).toEqual({ teamId: 'team-b', env: 'prod' });
  });

  it('refuses a second create of the same resource with 409 and writes nothing', async () => {
    const manifest = postgresql('team-a', 'twice', spec);
    expect(
      (await request(server).post('/api/ske/resources').send({ manifest }))
        .status,
    ).toBe(201);
    const before = head().sha;
    const again = await request(server)
      .post('/api/ske/resources')
      .send({ manifest });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      "postgresql 'team-a/twice' already exists in the repository (catalog/team-a/postgresql/twice.yaml)",
    );
    expect(head().sha).toBe(before);
  });

  it('neither commits a dry run nor a spec the Promise schema refuses', async () => {
    const before = head().sha;
    const dry = await request(server)
      .post('/api/ske/resources?dryRun=true')
      .send({ manifest: postgresql('team-a', 'dry', spec) });
    expect(dry.status).toBe(201);
    expect(dry.body.commitSha).toBeUndefined();
    const invalid = await request(server)
      .post('/api/ske/resources')
      .send({ manifest: postgresql('team-a', 'bad', { ...spec, env: 'qa' }) });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fieldErrors).toEqual([
      expect.objectContaining({ path: 'spec.env' }),
    ]);
    expect(head().sha).toBe(before);
    expect(git.read('catalog/team-a/postgresql/dry.yaml')).toBeUndefined();
  });

  it.each(['../x', 'a/b', '..'])(
    'refuses the path-escaping name %j with 400 and writes nothing',
    async name => {
      const before = head().sha;
      const files = git.files();
      const res = await request(server)
        .post('/api/ske/resources')
        .send({ manifest: postgresql('team-a', name, spec) });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      const del = await request(server).delete(
        pgRoute('team-a', encodeURIComponent(name)),
      );
      expect([400, 404]).toContain(del.status);
      expect(head().sha).toBe(before);
      expect(git.files()).toEqual(files);
    },
  );
});
