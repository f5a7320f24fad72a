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
import {
  RunningGitServer,
  startGitServer,
} from '@syntasso/ske-platform-simulator';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runStep } from '../__testUtils__/actionHarness';
import type { JsonObject } from '../__testUtils__/startSkeTestBackend';
import { createPublishCatalogAction } from './publishCatalogAction';

jest.setTimeout(60_000);

const TOKEN = 'ghp-integration-token-1234';
const STEP_TOKEN = 'glpat-step-token-5678';
const CONTENT = 'apiVersion: backstage.io/v1alpha1\nkind: Component\n';

describe('ske:publish-catalog against git over smart HTTP', () => {
  let git: RunningGitServer;
  let workspacePath: string;

  /** The action with `integrations` of the given kind for the server's host. */
  const actionWith = (integrations: JsonObject = {}) =>
    createPublishCatalogAction({
      config: mockServices.rootConfig({ data: { integrations } }),
      logger: mockServices.logger.mock(),
    });
  const host = () => new URL(git.repoUrl).host;
  const showOn = (branch: string, format: string) =>
    execFileSync(
      'git',
      ['-C', git.bareDir, 'log', '-1', `--format=${format}`, branch],
      {
        encoding: 'utf8',
      },
    ).trim();
  const input = (overrides: Record<string, unknown> = {}) => ({
    filePath: 'catalog-info.yaml',
    targetPath: 'services/orders/catalog-info.yaml',
    repoUrl: git.repoUrl,
    branchName: 'main',
    type: 'github',
    ...overrides,
  });

  beforeAll(async () => {
    // GitHub's git accepts installation and integration tokens as `x-access-token`.
    git = await startGitServer({ username: 'x-access-token', password: TOKEN });
    workspacePath = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-ws-'));
    fs.writeFileSync(path.join(workspacePath, 'catalog-info.yaml'), CONTENT);
  });

  afterAll(async () => {
    await git?.stop();
    fs.rmSync(workspacePath, { recursive: true, force: true });
  });

  it("pushes with the integration's credentials, preferred over a token input, and outputs the commit", async () => {
    const action = actionWith({ github: [{ host: host(), token: TOKEN }] });
    const { outputs, logger } = await runStep(
      action,
      input({
        token: 'a-wrong-token-that-is-not-used',
        commitMessage: 'Add orders to the catalog',
        defaultAuthor: { name: 'Platform Bot', email: 'bot@example.com' },
      }),
      { workspacePath },
    );
    const [head] = git.log();
    expect(outputs).toEqual({
      commitSha: head.sha,
      targetPath: 'services/orders/catalog-info.yaml',
    });
    expect(head).toMatchObject({
      authorName: 'Platform Bot',
      authorEmail: 'bot@example.com',
      message: 'Add orders to the catalog',
      files: ['services/orders/catalog-info.yaml'],
    });
    expect(git.read('services/orders/catalog-info.yaml')).toBe(CONTENT);
    expect(JSON.stringify(logger.info.mock.calls)).toContain(
      'credentials: github-integration',
    );
  });

  it('without integrations, pushes with the token input to a new branch that starts from the default branch', async () => {
    const main = git.log()[0].sha;
    const { outputs, logger } = await runStep(
      actionWith(),
      input({
        branchName: 'request/orders',
        targetPath: 'requests/orders.yaml',
        token: TOKEN,
      }),
      { workspacePath },
    );
    expect(showOn('request/orders', '%H %P')).toBe(
      `${outputs.commitSha} ${main}`,
    );
    expect(git.log()[0].sha).toBe(main);
    const logged = JSON.stringify(logger.info.mock.calls);
    expect(logged).toContain('credentials: token');
    expect(logged).not.toContain(TOKEN);
  });

  it('refuses a wrong token with 401 in words that carry neither the token nor its encoding, and pushes nothing', async () => {
    const before = git.log()[0].sha;
    const result = await runStep(
      actionWith(),
      input({ type: 'gitlab', token: STEP_TOKEN }),
      { workspacePath },
    ).catch(e => e);
    expect(result.name).toBe('AuthenticationError');
    const basic = Buffer.from(`oauth2:${STEP_TOKEN}`).toString('base64');
    const everything = JSON.stringify({
      message: result.message,
      stack: result.stack,
      cause: result.cause,
    });
    expect(everything).not.toContain(STEP_TOKEN);
    expect(everything).not.toContain(basic);
    expect(git.log()[0].sha).toBe(before);
  });

  it('in a dry run, reads the branch with the credentials and pushes nothing', async () => {
    const before = git.log()[0].sha;
    const { outputs } = await runStep(
      actionWith({ github: [{ host: host(), token: TOKEN }] }),
      input({ targetPath: 'dry.yaml' }),
      { workspacePath, dryRun: true },
    );
    expect(outputs).toEqual({ targetPath: 'dry.yaml' });
    expect(git.log()[0].sha).toBe(before);
    expect(git.read('dry.yaml')).toBeUndefined();
  });

  it.each([
    [{ filePath: '../outside.yaml' }, "outside the task's workspace"],
    [{ filePath: 'missing.yaml' }, "is not a file in the task's workspace"],
    [{ targetPath: '../up.yaml' }, "without '..'"],
    [
      { repoUrl: 'http://user:pw@127.0.0.1/x.git' },
      'must not contain credentials',
    ],
  ])('refuses %j before any git call', async (overrides, message) => {
    const requests = git.requests.length;
    const error = await runStep(actionWith(), input(overrides), {
      workspacePath,
    }).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toContain(message);
    expect(error.message).not.toContain(':pw@');
    expect(git.requests.length).toBe(requests);
  });
});
