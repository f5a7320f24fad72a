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
import { inspect } from 'node:util';
import request from 'supertest';
import YAML from 'yaml';
import {
  gitopsConfig,
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import { pgRoute, postgresql } from '../__testUtils__/resourceHarness';
import {
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(120_000);

const spec = (storageGb: number) => ({ teamId: 'team-a', storageGb });
const ROUTE = '/api/ske/resources';

describe('GitOps mode: concurrent writers and credentials', () => {
  let git: RunningGitServer;
  /** Two backends with their own copies of the repository, as two replicas would be. */
  let replicas: TestServer[];
  /** Everything any backend logged, to check no credential appears. */
  const logged: string[] = [];
  const errorBodies: string[] = [];

  const start = (scm: Record<string, unknown> = {}) =>
    startSkeTestBackend({
      config: gitopsConfig(git, scm),
      features: [mockServices.rootLogger.factory({ level: 'debug' })],
    });

  beforeAll(async () => {
    for (const level of ['error', 'warn', 'info', 'debug'] as const) {
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(a => inspect(a, { depth: 5 })).join(' '));
      });
    }
    git = await startSkeGitServer();
    replicas = [await start(), await start()];
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await git?.stop();
  });

  const send = async (test: request.Test) => {
    const res = await test;
    if (res.status >= 400) errorBodies.push(res.text);
    return res;
  };

  it('keeps both of two concurrent updates made through different replicas', async () => {
    for (const name of ['left', 'right']) {
      const res = await send(
        request(replicas[0])
          .post(ROUTE)
          .send({ manifest: postgresql('team-a', name, spec(10)) }),
      );
      expect(res.status).toBe(201);
    }
    const versions = await Promise.all(
      ['left', 'right'].map(
        async name =>
          (
            await request(replicas[1]).get(pgRoute('team-a', name))
          ).body.resourceVersion,
      ),
    );
    const before = git.log()[0].sha;

    const [left, right] = await Promise.all(
      (['left', 'right'] as const).map((name, i) =>
        send(
          request(replicas[i])
            .patch(pgRoute('team-a', name))
            .send({ spec: spec(20 + i), resourceVersion: versions[i] }),
        ),
      ),
    );
    expect([left.status, right.status]).toEqual([200, 200]);

    const log = git.log();
    const since = log.slice(
      0,
      log.findIndex(c => c.sha === before),
    );
    expect(since.map(c => c.message.split('\n')[0]).sort()).toEqual([
      'Update postgresql team-a/left',
      'Update postgresql team-a/right',
    ]);
    expect(since.map(c => c.sha).sort()).toEqual(
      [left.body.commitSha, right.body.commitSha].sort(),
    );
    const stored = (name: string) =>
      YAML.parse(git.read(`team-a/postgresql/${name}.yaml`)!).spec.storageGb;
    expect([stored('left'), stored('right')]).toEqual([20, 21]);
  });

  it('lets only one of two concurrent updates of the same resource version win; the other gets 409', async () => {
    const { resourceVersion } = (
      await request(replicas[0]).get(pgRoute('team-a', 'left'))
    ).body;
    const results = await Promise.all(
      replicas.map((replica, i) =>
        send(
          request(replica)
            .patch(pgRoute('team-a', 'left'))
            .send({ spec: spec(30 + i), resourceVersion }),
        ),
      ),
    );
    expect(results.map(r => r.status).sort()).toEqual([200, 409]);
    const winner = results.findIndex(r => r.status === 200);
    expect(
      YAML.parse(git.read('team-a/postgresql/left.yaml')!).spec.storageGb,
    ).toBe(30 + winner);
    expect(results[1 - winner].body.error.name).toBe('ConflictError');
  });

  it('answers 401 with a clear message for credentials the git server rejects, writing nothing', async () => {
    const wrong = await start({ token: 'wrong-git-token-42' });
    const before = git.log()[0].sha;
    const list = await send(request(wrong).get('/api/ske/promises'));
    expect(list.status).toBe(401);
    expect(list.body.error).toMatchObject({
      name: 'AuthenticationError',
      message:
        "Git server refused to fetch branch 'main': HTTP 401 (the credentials configured in ske.scm were not accepted)",
    });
    const create = await send(
      request(wrong)
        .post(ROUTE)
        .send({ manifest: postgresql('team-a', 'nope', spec(1)) }),
    );
    expect(create.status).toBe(401);
    expect(git.log()[0].sha).toBe(before);
    expect(
      git.requests.filter(r => r.status === 401).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('never puts a git credential in an error body or a log line', async () => {
    expect(errorBodies.length).toBeGreaterThanOrEqual(3);
    const secrets = [
      git.password,
      'wrong-git-token-42',
      Buffer.from(`${git.username}:${git.password}`).toString('base64'),
      Buffer.from(`${git.username}:wrong-git-token-42`).toString('base64'),
    ];
    expect(logged.join('\n')).toContain('SKE plugin in gitops mode');
    for (const text of [...errorBodies, ...logged]) {
      for (const secret of secrets) {
        expect(text).not.toContain(secret);
      }
    }
  });
});
