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

import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import YAML from 'yaml';
import { runStep } from '../__testUtils__/actionHarness';
import {
  gitopsConfig,
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import { postgresql } from '../__testUtils__/resourceHarness';
import {
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';
import { createRecordRequestAction } from './recordRequestAction';

jest.setTimeout(60_000);

const PR = 'https://github.com/acme/platform-requests/pull/7';

describe('ske:record-request records pending requests in the ske plugin database', () => {
  let git: RunningGitServer;
  let server: TestServer;
  let action: ReturnType<typeof createRecordRequestAction>;

  const pending = async (query: Record<string, string> = {}) => {
    const res = await request(server)
      .get('/api/ske/pending-requests')
      .query(query)
      .set('Authorization', mockCredentials.user.header('user:default/bob'));
    expect(res.status).toBe(200);
    return res.body.items as Record<string, unknown>[];
  };

  beforeAll(async () => {
    git = await startSkeGitServer();
    server = await startSkeTestBackend({ config: gitopsConfig(git) });
    const { port } = server.address() as AddressInfo;
    action = createRecordRequestAction({
      discovery: {
        getBaseUrl: async plugin => `http://127.0.0.1:${port}/api/${plugin}`,
        getExternalBaseUrl: async plugin =>
          `http://127.0.0.1:${port}/api/${plugin}`,
      },
      auth: mockServices.auth(),
    });
  });

  afterAll(async () => {
    await git?.stop();
  });

  it('records the request of a pull request once, as the user who runs the Template, and lists it as open', async () => {
    const manifest = postgresql('team-a', 'orders-db', { teamId: 'team-a' });
    const input = {
      promiseName: 'postgresql',
      name: 'orders-db',
      namespace: 'team-a',
      action: 'Request',
      pullRequestUrl: PR,
      requestsRepoUrl: 'https://github.com/acme/platform-requests',
      manifest,
    };
    const first = await runStep(action, input);
    // The same change recorded again (a retried step, another replica) keeps one row.
    const again = await runStep(action, input);
    expect(again.outputs.pendingRequestId).toBe(first.outputs.pendingRequestId);

    expect(await pending({ promiseName: 'postgresql' })).toEqual([
      {
        id: first.outputs.pendingRequestId,
        promiseName: 'postgresql',
        namespace: 'team-a',
        name: 'orders-db',
        action: 'Request',
        pullRequestUrl: PR,
        requestsRepoUrl: 'https://github.com/acme/platform-requests',
        manifest: YAML.stringify(manifest),
        recordedBy: 'user:default/alice',
        state: 'open',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
  });

  it('records nothing in a dry run', async () => {
    await runStep(
      action,
      {
        promiseName: 'redis',
        name: 'dry',
        namespace: 'team-a',
        action: 'Delete',
      },
      { dryRun: true },
    );
    expect(await pending({ promiseName: 'redis' })).toEqual([]);
  });

  it('refuses a Promise that offers no resource API (404) and a manifest of another request (400)', async () => {
    const unknown = await runStep(action, {
      promiseName: 'nope',
      name: 'x',
      namespace: 'team-a',
      action: 'Request',
    }).catch(e => e);
    expect(unknown.name).toBe('NotFoundError');
    expect(unknown.message).toContain(
      "No Promise 'nope' offers a resource API",
    );

    const mismatch = await runStep(action, {
      promiseName: 'postgresql',
      name: 'other-db',
      namespace: 'team-a',
      action: 'Update',
      manifest: postgresql('team-a', 'orders-db', { teamId: 'team-a' }),
    }).catch(e => e);
    expect(mismatch.name).toBe('InputError');
    expect(mismatch.message).toContain("not the request 'team-a/other-db'");
    expect(await pending({ name: 'other-db' })).toEqual([]);
    expect(await pending({ name: 'x' })).toEqual([]);
  });
});
