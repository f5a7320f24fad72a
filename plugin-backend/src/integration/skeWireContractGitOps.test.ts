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
import { PG_API_VERSION, postgresql } from '../__testUtils__/resourceHarness';
import {
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header('user:default/alice');

describe("GitOps mode answers SKE's routes as SKE does", () => {
  let git: RunningGitServer;
  let server: TestServer;

  beforeAll(async () => {
    git = await startSkeGitServer();
    git.commit('A request in the default namespace', {
      'default/postgresql/shared-db.yaml': YAML.stringify(
        postgresql('default', 'shared-db', { teamId: 'team-a' }),
      ),
      'team-a/postgresql/old-db.yaml': YAML.stringify(
        postgresql('team-a', 'old-db', { teamId: 'team-a' }),
      ),
    });
    server = await startSkeTestBackend({ config: gitopsConfig(git) });
  });

  afterAll(async () => {
    await git?.stop();
  });

  it('GET /resource reads from the default namespace when the query names none', async () => {
    const res = await request(server)
      .get('/api/ske/resource')
      .set('Authorization', alice)
      .query({
        name: 'shared-db',
        kind: 'postgresql',
        apiVersion: PG_API_VERSION,
      });
    expect(res.status).toBe(200);
    expect(res.body.manifest).toEqual(
      postgresql('default', 'shared-db', { teamId: 'team-a' }),
    );
  });

  it('POST /delete-resource answers { commitHash } naming the commit that removes the file', async () => {
    const res = await request(server)
      .post('/api/ske/delete-resource')
      .set('Authorization', alice)
      .send({
        apiVersion: PG_API_VERSION,
        kind: 'postgresql',
        namespace: 'team-a',
        name: 'old-db',
      });
    expect(res.status).toBe(200);
    const [head] = git.log();
    expect(res.body).toEqual({ commitHash: head.sha });
    expect(head.files).toEqual(['team-a/postgresql/old-db.yaml']);
    expect(git.read('team-a/postgresql/old-db.yaml')).toBeUndefined();
  });
});
