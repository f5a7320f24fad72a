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
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The scaffolder backend comes from the workspace root (the e2e backend installs it); it is only needed here.
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import request from 'supertest';
import skeFeatures from '../index';
import {
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';

jest.setTimeout(60_000);

/** A one-step Template that runs `ske:configure-resource` with `manifest`. */
const templateWith = (name: string, manifest: JsonObject): Entity => ({
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'resource',
    steps: [
      {
        id: 'configure',
        name: 'Configure',
        action: 'ske:configure-resource',
        input: { manifest },
      },
    ],
  },
});

const UNOFFERED = templateWith('unoffered-kind', {
  apiVersion: 'marketplace.kratix.io/v1alpha2',
  kind: 'unoffered',
  metadata: { name: 'x', namespace: 'team-a' },
  spec: {},
});

interface TaskEvent {
  type: string;
  body: { message?: string; status?: string; stepId?: string };
}

/** Runs a real scaffolder task (task worker, database, task log) of the ske actions. */
describe('a scaffolder task running the SKE actions', () => {
  let platform: RunningPlatform;
  let server: TestServer;
  const asUser = mockCredentials.user.header('user:default/alice');

  beforeAll(async () => {
    platform = await startSkePlatform();
    ({ server } = await startTestBackend({
      features: [
        skeFeatures,
        scaffolderPlugin,
        catalogServiceMock.factory({ entities: [UNOFFERED] }),
        mockServices.rootConfig.factory({
          data: skeConfig(platformCluster(platform)),
        }),
      ],
    }));
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  /** Starts the task of `template` and returns its events once it has ended. */
  const runTask = async (
    template: Entity,
    secrets: Record<string, string> = {},
  ): Promise<TaskEvent[]> => {
    const created = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set('Authorization', asUser)
      .send({
        templateRef: `template:default/${template.metadata.name}`,
        values: {},
        secrets,
      });
    expect(created.status).toBe(201);
    const events = async () =>
      (
        await request(server)
          .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
          .set('Authorization', asUser)
      ).body as TaskEvent[];
    for (;;) {
      const sofar = await events();
      if (sofar.some(e => e.type === 'completion')) return sofar;
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  };

  it("writes a failing step's error into the task log with its message and no stack", async () => {
    const events = await runTask(UNOFFERED);

    const failed = events.filter(
      e => e.type === 'log' && e.body.status === 'failed',
    );
    expect(failed.map(e => e.body.message)).toEqual([
      "NotFoundError: No Promise offers kind 'unoffered' in API 'marketplace.kratix.io/v1alpha2'",
    ]);
    expect(JSON.stringify(events)).not.toMatch(/\n\s+at |\.ts:\d+|\.js:\d+/);
  });
});
