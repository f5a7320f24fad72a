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
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
// The scaffolder backend comes from the workspace root (the e2e backend installs it); it is only needed here.
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import YAML from 'yaml';
import skeFeatures from '../index';
import { postgresql } from '../__testUtils__/resourceHarness';
import {
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import {
  BACKSTAGE_SA,
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
} from '../__testUtils__/startSkeTestBackend';

/** The e2e Template in the shape the SKE generator produces. */
const requestTemplate = YAML.parseAllDocuments(
  fs.readFileSync(
    path.resolve(__dirname, '../../../e2e/catalog/templates.yaml'),
    'utf8',
  ),
)
  .map(doc => doc.toJS())
  .find(entity => entity.metadata.name === 'postgresql-request');

const ACTION_IDS = ['ske:configure-resource', 'ske:delete-resource'];
const SCAFFOLDER_ACTION_IDS = [
  ...ACTION_IDS,
  'ske:publish-catalog',
  'ske:record-request',
  'ske:write-manifest',
].sort();
const STEP_TOKEN = 'glpat-never-shown-9876';

describe('backend.add(import(@syntasso/plugin-ske-backend)) and the actions', () => {
  let platform: RunningPlatform;
  let git: RunningGitServer;
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  const asUser = mockCredentials.user.header('user:default/alice');
  const postgresqlNames = (namespace: string) =>
    platform.store
      .list(
        platform.registry.find(
          'marketplace.kratix.io',
          'v1alpha2',
          'postgresqls',
        )!,
        namespace,
      )
      .map(o => o.metadata.name);

  beforeAll(async () => {
    platform = await startSkePlatform();
    git = await startSkeGitServer();
    ({ server } = await startTestBackend({
      features: [
        skeFeatures,
        scaffolderPlugin,
        mockServices.rootConfig.factory({
          data: skeConfig(platformCluster(platform)),
        }),
      ],
    }));
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
    await git?.stop();
  });

  it('installs the scaffolder module: the scaffolder lists every SKE action with its examples', async () => {
    const res = await request(server)
      .get('/api/scaffolder/v2/actions')
      .set('Authorization', asUser);

    expect(res.status).toBe(200);
    const ske = (
      res.body as {
        id: string;
        examples?: unknown[];
        schema?: { input?: { properties?: Record<string, unknown> } };
      }[]
    ).filter(a => a.id.startsWith('ske:'));
    expect(ske.map(a => a.id).sort()).toEqual(SCAFFOLDER_ACTION_IDS);
    for (const action of ske) {
      expect(action.examples?.length).toBeGreaterThan(0);
    }
    const configure = ske.find(a => a.id === 'ske:configure-resource');
    expect(Object.keys(configure?.schema?.input?.properties ?? {})).toEqual([
      'manifest',
      'yamlFields',
    ]);
  });

  it("runs the SKE-generated Template's step in the scaffolder's dry run, writing nothing", async () => {
    const start = platform.requestLog.length;
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', asUser)
      .send({
        template: requestTemplate,
        values: {
          objname: 'dry-run-db',
          objnamespace: 'team-a',
          spec: { teamId: 'team-a', env: 'prod' },
        },
        directoryContents: [],
      });

    expect(res.status).toBe(200);
    expect(
      (res.body.log as { body: { message: string } }[]).some(l =>
        l.body.message.endsWith(
          'Dry run: would have created marketplace.kratix.io/v1alpha2/postgresql/team-a/dry-run-db',
        ),
      ),
    ).toBe(true);
    expect(res.body.output.text[0].content).toBe(
      'created `marketplace.kratix.io/v1alpha2/postgresql/team-a/dry-run-db`',
    );
    // The platform checked the request (server-side dry run) and kept nothing.
    expect(
      platform.requestLog.slice(start).filter(c => c.method === 'POST'),
    ).toEqual([expect.objectContaining({ verb: 'create', code: 201 })]);
    expect(postgresqlNames('team-a')).not.toContain('dry-run-db');
  });

  it('writes and publishes a manifest in a scaffolder dry run; a refused token appears nowhere in the answer', async () => {
    const requests = git.requests.length;
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', asUser)
      .send({
        template: {
          apiVersion: 'scaffolder.backstage.io/v1beta3',
          kind: 'Template',
          metadata: { name: 'publish-request' },
          spec: {
            type: 'resource',
            steps: [
              {
                id: 'write',
                action: 'ske:write-manifest',
                input: {
                  manifest: postgresql('team-a', 'pub-db', {
                    teamId: 'team-a',
                  }),
                  targetPath: 'team-a/postgresql/pub-db.yaml',
                },
              },
              {
                id: 'publish',
                action: 'ske:publish-catalog',
                input: {
                  filePath: '${{ steps.write.output.manifestPath }}',
                  targetPath: 'team-a/postgresql/pub-db.yaml',
                  repoUrl: git.repoUrl,
                  branchName: 'main',
                  type: 'gitlab',
                  token: STEP_TOKEN,
                },
              },
            ],
          },
        },
        values: {},
        directoryContents: [],
      });

    const body = JSON.stringify(res.body);
    expect(body).toContain('Git server refused to fetch branch');
    expect(body).toContain('HTTP 401');
    expect(body).not.toContain(STEP_TOKEN);
    expect(body).not.toContain(
      Buffer.from(`oauth2:${STEP_TOKEN}`).toString('base64'),
    );
    // The publish step reached the git server and was refused.
    expect(res.status).toBe(401);
    expect(git.requests.slice(requests).map(r => r.status)).toContain(401);
    expect(git.log()).toHaveLength(1);
  });

  it("lists both actions in the ske plugin's actions registry for MCP clients", async () => {
    const res = await request(server)
      .get('/api/ske/.backstage/actions/v1/actions')
      .set('Authorization', asUser);

    expect(res.status).toBe(200);
    const actions = res.body.actions as {
      id: string;
      attributes: { destructive: boolean };
    }[];
    expect(actions.map(a => a.id).sort()).toEqual(ACTION_IDS);
    expect(
      actions.find(a => a.id === 'ske:delete-resource')?.attributes.destructive,
    ).toBe(true);
  });

  it('runs a registry action as the calling user, through to the platform', async () => {
    const start = platform.requestLog.length;
    const res = await request(server)
      .post(
        '/api/ske/.backstage/actions/v1/actions/ske:configure-resource/invoke',
      )
      .set('Authorization', asUser)
      .send({
        manifest: postgresql('team-a', 'registry-db', { teamId: 'team-a' }),
      });

    expect(res.status).toBe(200);
    expect(res.body.output).toEqual({
      resourceId:
        'marketplace.kratix.io/v1alpha2/postgresql/team-a/registry-db',
      operation: 'created',
    });
    expect(
      platform.requestLog
        .slice(start)
        .filter(c => c.method === 'POST')
        .map(c => c.user),
    ).toEqual([BACKSTAGE_SA]);
    expect(postgresqlNames('team-a')).toContain('registry-db');
  });
});
