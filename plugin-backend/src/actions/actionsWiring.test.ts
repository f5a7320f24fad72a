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

describe('backend.add(import(@syntasso/plugin-ske-backend)) and the actions', () => {
  let platform: RunningPlatform;
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
  });

  it('installs the scaffolder module: the scaffolder lists both actions with their examples', async () => {
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
    expect(ske.map(a => a.id).sort()).toEqual(ACTION_IDS);
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
