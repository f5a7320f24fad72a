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

import YAML from 'yaml';
import { actionsOn, runStep } from '../__testUtils__/actionHarness';
import {
  gitopsConfig,
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import { PG_API_VERSION, postgresql } from '../__testUtils__/resourceHarness';

jest.setTimeout(60_000);

describe('the scaffolder actions in GitOps mode (git http-backend)', () => {
  let git: RunningGitServer;
  let actions: ReturnType<typeof actionsOn>;
  const file = 'team-a/postgresql/gitops-db.yaml';
  const resourceId = `${PG_API_VERSION}/postgresql/team-a/gitops-db`;

  beforeAll(async () => {
    git = await startSkeGitServer();
    actions = actionsOn(gitopsConfig(git));
  });

  afterAll(async () => {
    await git?.stop();
  });

  it('creates, updates and deletes through commits, each named in commitSha, as the user who runs the Template', async () => {
    const spec = { teamId: 'team-a', env: 'dev' };
    const created = await runStep(actions.configure, {
      manifest: YAML.stringify(postgresql('team-a', 'gitops-db', spec)),
    });
    expect(created.outputs).toEqual({
      resourceId,
      entityRef: 'component:team-a/postgresql-gitops-db',
      operation: 'created',
      commitSha: git.log()[0].sha,
      commitsha: git.log()[0].sha,
    });
    expect(git.log()[0]).toMatchObject({
      message: expect.stringContaining(
        'Requested in Backstage by user:default/alice',
      ),
      files: [file],
    });
    expect(YAML.parse(git.read(file)!).spec).toEqual(spec);

    const updated = await runStep(actions.configure, {
      manifest: postgresql('team-a', 'gitops-db', { ...spec, env: 'prod' }),
    });
    expect(updated.outputs).toEqual({
      resourceId,
      entityRef: 'component:team-a/postgresql-gitops-db',
      operation: 'updated',
      commitSha: git.log()[0].sha,
      commitsha: git.log()[0].sha,
    });
    expect(YAML.parse(git.read(file)!).spec.env).toBe('prod');

    const deleted = await runStep(actions.remove, {
      apiVersion: PG_API_VERSION,
      kind: 'postgresql',
      namespace: 'team-a',
      name: 'gitops-db',
    });
    expect(deleted.outputs).toEqual({
      resourceId,
      commitSha: git.log()[0].sha,
    });
    expect(git.read(file)).toBeUndefined();
  });

  it('in a dry run, pushes no commit', async () => {
    const before = git.log()[0].sha;
    const { outputs } = await runStep(
      actions.configure,
      { manifest: postgresql('team-a', 'gitops-dry', { teamId: 'team-a' }) },
      { dryRun: true },
    );
    expect(outputs).toEqual({
      resourceId: `${PG_API_VERSION}/postgresql/team-a/gitops-dry`,
      entityRef: 'component:team-a/postgresql-gitops-dry',
      operation: 'created',
    });
    expect(git.log()[0].sha).toBe(before);
    expect(git.read('team-a/postgresql/gitops-dry.yaml')).toBeUndefined();
  });

  it('refuses an invalid spec with its field paths and pushes no commit', async () => {
    const before = git.log()[0].sha;
    const error = await runStep(actions.configure, {
      manifest: postgresql('team-a', 'gitops-bad', { teamId: 'X' }),
    }).catch(e => e);
    expect(error.fieldErrors).toEqual([
      expect.objectContaining({ path: 'spec.teamId' }),
    ]);
    expect(git.log()[0].sha).toBe(before);
  });
});
