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
import net from 'node:net';
import type { HttpClient } from 'isomorphic-git';
import nodeHttp from 'isomorphic-git/http/node';
import {
  RunningGitServer,
  startSkeGitServer,
} from '../../__testUtils__/gitopsBackend';
import { GitRepository, GitRepositoryOptions } from './GitRepository';

jest.setTimeout(60_000);

describe('GitRepository against git http-backend', () => {
  let server: RunningGitServer;

  beforeAll(async () => {
    server = await startSkeGitServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  const repository = (overrides: Partial<GitRepositoryOptions> = {}) =>
    new GitRepository({
      url: server.repoUrl,
      branch: 'main',
      author: { name: 'SKE', email: 'ske@backstage.io' },
      credentials: {
        kind: 'token',
        get: async () => ({
          username: server.username,
          password: server.password,
        }),
      },
      logger: mockServices.logger.mock(),
      ...overrides,
    });

  /** An HTTP client that runs `before` ahead of each receive-pack request of the given stage. */
  const interceptingPush = (
    stage: 'discovery' | 'upload',
    before: () => void,
  ): HttpClient => ({
    request: async req => {
      const isStage =
        stage === 'discovery'
          ? req.url.endsWith('info/refs?service=git-receive-pack')
          : req.url.endsWith('/git-receive-pack');
      if (isStage) before();
      return nodeHttp.request(req);
    },
  });

  it.each(['discovery', 'upload'] as const)(
    'replans and pushes again when another writer moved the branch (at %s)',
    async stage => {
      let raced = false;
      const repo = repository({
        http: interceptingPush(stage, () => {
          if (raced) return;
          raced = true;
          server.commit('Someone else', { [`other/${stage}.yaml`]: 'a: 1\n' });
        }),
      });
      const plannedOn: (string | undefined)[] = [];
      const { commit, result } = await repo.change(async snapshot => {
        plannedOn.push(snapshot.commit);
        return {
          files: { [`ours/${stage}.yaml`]: 'b: 2\n' },
          message: `Ours at ${stage}`,
          result: 'done',
        };
      });

      expect(result).toBe('done');
      expect(plannedOn).toHaveLength(2);
      const [ours, theirs] = server.log();
      expect(ours).toMatchObject({
        sha: commit,
        message: `Ours at ${stage}`,
        authorName: 'SKE',
        authorEmail: 'ske@backstage.io',
        files: [`ours/${stage}.yaml`],
      });
      expect(theirs).toMatchObject({
        message: 'Someone else',
        files: [`other/${stage}.yaml`],
      });
      expect(plannedOn[1]).toBe(theirs.sha);
    },
  );

  it('gives up with 409 after the bounded number of attempts, leaving the branch to the others', async () => {
    let moves = 0;
    const repo = repository({
      maxPushAttempts: 3,
      http: interceptingPush('discovery', () =>
        server.commit(`Move ${++moves}`, { [`moves/${moves}.yaml`]: 'x: 1\n' }),
      ),
    });
    await expect(
      repo.change(async () => ({
        files: { 'never.yaml': 'x: 1\n' },
        message: 'Never lands',
        result: undefined,
      })),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message:
        "Could not push to branch 'main': it kept moving during 3 attempts; try again",
    });
    expect(moves).toBe(3);
    expect(server.read('never.yaml')).toBeUndefined();
    expect(server.log()[0].message).toBe('Move 3');
  });

  it('neither commits nor pushes a dry run or a change of no file', async () => {
    const before = server.log()[0].sha;
    const repo = repository();
    const cases: [Record<string, string>, boolean][] = [
      [{ 'dry.yaml': 'x: 1\n' }, true],
      [{}, false],
    ];
    for (const [files, dryRun] of cases) {
      await expect(
        repo.change(async () => ({ files, message: 'No', result: 'planned' }), {
          dryRun,
        }),
      ).resolves.toEqual({ result: 'planned' });
    }
    expect(server.log()[0].sha).toBe(before);
  });

  it('maps rejected credentials to a 401 that names the setting, not the token', async () => {
    const repo = repository({
      credentials: {
        kind: 'token',
        get: async () => ({
          username: server.username,
          password: 'wrong-token-xyz',
        }),
      },
    });
    const error = await repo.snapshot().catch(e => e);
    expect(error).toMatchObject({
      name: 'AuthenticationError',
      message:
        "Git server refused to fetch branch 'main': HTTP 401 (the credentials configured in ske.scm were not accepted)",
    });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(
      'wrong-token-xyz',
    );
  });

  it('answers 503 when the server accepts but never answers', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer(socket => sockets.push(socket));
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const repo = repository({
        url: `http://127.0.0.1:${port}/kratix.git`,
        timeoutMs: 300,
      });
      await expect(repo.snapshot()).rejects.toMatchObject({
        name: 'ServiceUnavailableError',
        message:
          "Git server did not answer within 300 ms while trying to fetch branch 'main'",
      });
    } finally {
      sockets.forEach(socket => socket.destroy());
      silent.close();
    }
  });

  it('maps an unreachable server to 503', async () => {
    const closedPort = await new Promise<number>(resolve => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const repo = repository({
      url: `http://127.0.0.1:${closedPort}/kratix.git`,
    });
    await expect(repo.snapshot()).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: "Git server unreachable while trying to fetch branch 'main'",
    });
  });
});
