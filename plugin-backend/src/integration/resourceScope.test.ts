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
import type { KubeObject } from '@syntasso/ske-platform-simulator';
import request from 'supertest';
import YAML from 'yaml';
import {
  gitopsConfig,
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import { crdFor } from '../__testUtils__/testPromises';
import {
  platformCallsDuring,
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(60_000);

const SECRET = 'hunter2-do-not-leak';
const alice = mockCredentials.user.header('user:default/alice');

/** A custom resource type that no Promise offers. */
const crd = (group: string, kind: string, plural: string) =>
  crdFor(group, kind, plural, {
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
  });

/** Objects the plugin must never reach: an unrelated kind, and one in a Promise's group. */
const UNOFFERED = [
  {
    what: 'an unrelated custom kind',
    crd: crd('vault.example.io', 'VaultSecret', 'vaultsecrets'),
    object: {
      apiVersion: 'vault.example.io/v1',
      kind: 'VaultSecret',
      metadata: { name: 'db-password', namespace: 'team-a' },
      spec: { password: SECRET },
    },
  },
  {
    what: "a kind in a Promise's group that no Promise offers",
    crd: crd('marketplace.kratix.io', 'mysql', 'mysqls'),
    object: {
      apiVersion: 'marketplace.kratix.io/v1',
      kind: 'mysql',
      metadata: { name: 'legacy-db', namespace: 'team-a' },
      spec: { rootPassword: SECRET },
    },
  },
];

type Target = (typeof UNOFFERED)[number]['object'];

/** Every read and delete route of the API, aimed at `o`. */
const routes = (o: Target) => {
  const [group, version] = o.apiVersion.split('/');
  const path = `/api/ske/resources/${group}/${version}/${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
  const ref = {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.metadata.name,
    namespace: o.metadata.namespace,
  };
  return [
    ['GET /resources/…', (s: TestServer) => request(s).get(path)],
    [
      'GET /resources/…/manifest',
      (s: TestServer) => request(s).get(`${path}/manifest`),
    ],
    [
      'GET /resources/…/events',
      (s: TestServer) => request(s).get(`${path}/events`),
    ],
    [
      'GET /resource',
      (s: TestServer) => request(s).get('/api/ske/resource').query(ref),
    ],
    ['DELETE /resources/…', (s: TestServer) => request(s).delete(path)],
    [
      'POST /delete-resource',
      (s: TestServer) => request(s).post('/api/ske/delete-resource').send(ref),
    ],
    [
      'PATCH /resources/…',
      (s: TestServer) =>
        request(s)
          .patch(path)
          .send({ spec: { password: 'x' }, resourceVersion: '1' }),
    ],
  ] as const;
};

const cases = UNOFFERED.flatMap(u =>
  routes(u.object).map(([route, send]) => [u.what, route, send, u] as const),
);

const expectHidden = (res: request.Response) => {
  expect(res.status).toBe(404);
  expect(res.body.error.name).toBe('NotFoundError');
  expect(res.body.error.message).toMatch(/^No Promise offers kind '/);
  expect(res.text).not.toContain(SECRET);
};

describe('Kubernetes mode: only what a Promise offers is reachable', () => {
  let platform: RunningPlatform;
  let server: TestServer;

  beforeAll(async () => {
    platform = await startSkePlatform();
    for (const u of UNOFFERED) {
      platform.apply(u.crd as unknown as KubeObject);
    }
    for (const u of UNOFFERED) {
      platform.apply(u.object as unknown as KubeObject);
    }
    // The backend's service account may read and delete everything in these groups.
    server = await startSkeTestBackend({
      config: skeConfig(platformCluster(platform)),
    });
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  /** The object as the platform stores it, unless it is gone or being deleted. */
  const stillThere = (o: Target) => {
    const group = o.apiVersion.split('/')[0];
    const type = platform.registry
      .all()
      .find(t => t.group === group && t.kind === o.kind)!;
    return platform.store
      .list(type, o.metadata.namespace)
      .find(
        s =>
          s.metadata.name === o.metadata.name && !s.metadata.deletionTimestamp,
      );
  };

  it.each(cases)(
    '%s: %s answers 404 and touches nothing',
    async (_what, _route, send, u) => {
      const { result: res, calls } = await platformCallsDuring(platform, () =>
        send(server),
      );
      expectHidden(res);
      expect(
        calls.filter(c => c.path.includes(u.object.metadata.name)),
      ).toEqual([]);
      expect(stillThere(u.object)).toBeTruthy();
    },
  );

  it.each([
    [
      'a Promise',
      '/api/ske/resources/platform.kratix.io/v1alpha1/Promise/default/postgresql',
    ],
    ['a core kind', '/api/ske/resources/apps/v1/Deployment/team-a/web'],
    [
      'a Kubernetes group',
      '/api/ske/resources/apiextensions.k8s.io/v1/CustomResourceDefinition/default/promises.platform.kratix.io',
    ],
    [
      'an offered kind at a version its Promise does not offer',
      '/api/ske/resources/marketplace.kratix.io/v9/postgresql/team-a/acid-db',
    ],
  ])(
    '%s is never reachable through the resource routes',
    async (_what, path) => {
      const res = await request(server).get(path);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/^No Promise offers kind '/);
    },
  );

  it('still reaches the kinds Promises offer', async () => {
    const res = await request(server).get(
      '/api/ske/resources/marketplace.kratix.io/v1alpha2/postgresql/team-a/acid-db',
    );
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('acid-db');
  });
});

describe('GitOps mode: only what a Promise in the repository offers is reachable', () => {
  let git: RunningGitServer;
  let server: TestServer;

  beforeAll(async () => {
    git = await startSkeGitServer();
    git.commit(
      'Files that look like resources of kinds no Promise offers',
      Object.fromEntries(
        UNOFFERED.map(u => [
          `team-a/${u.object.kind.toLowerCase()}/${
            u.object.metadata.name
          }.yaml`,
          YAML.stringify(u.object),
        ]),
      ),
    );
    server = await startSkeTestBackend({ config: gitopsConfig(git) });
  });

  afterAll(async () => {
    await git?.stop();
  });

  it.each(cases)(
    '%s: %s answers 404 and commits nothing',
    async (_what, _route, send) => {
      const before = git.log()[0];
      const res = await send(server).set('authorization', alice);
      expectHidden(res);
      expect(git.log()[0]).toEqual(before);
    },
  );
});
