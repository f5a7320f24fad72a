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

import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { closedPort } from '../__testUtils__/closedPort';
import { gitopsConfig } from '../__testUtils__/gitopsBackend';
import { PG_API_VERSION } from '../__testUtils__/resourceHarness';
import {
  JsonObject,
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';
import type { KratixPlatform } from '../platform/KratixPlatform';
import { ResourceService } from '../service/ResourceService';
import { skeServicesRef } from '../service/skeServices';
import { SpecValidator } from '../service/SpecValidator';

jest.setTimeout(60_000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What our own bug's message holds: it must reach the log only. */
const DETAIL = 'internal-detail-4711';

/** A platform whose every call fails with a bug of our own (a TypeError). */
const brokenPlatform = new Proxy(
  {},
  {
    get: (_target, method) =>
      method === 'then'
        ? undefined
        : () => {
            throw new TypeError(
              `Cannot read properties of undefined (reading '${DETAIL}')`,
            );
          },
  },
) as KratixPlatform;

const expectNoDetail = (res: request.Response, ...details: string[]) => {
  expect(res.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
  for (const detail of details) {
    expect(res.text).not.toContain(detail);
  }
};

describe('error responses', () => {
  describe('an error of our own (no HTTP status, not a network failure)', () => {
    const logger = mockServices.logger.mock();
    let server: TestServer;

    beforeAll(async () => {
      server = await startSkeTestBackend({
        config: {},
        features: [
          logger.factory,
          createServiceFactory({
            service: skeServicesRef,
            deps: {},
            factory: () => ({
              platform: brokenPlatform,
              resources: new ResourceService(
                brokenPlatform,
                new SpecValidator(),
              ),
            }),
          }),
        ],
      });
    });

    it.each([
      ['GET', '/api/ske/promises'],
      [
        'GET',
        `/api/ske/resources/marketplace.kratix.io/v1alpha2/postgresql/team-a/x`,
      ],
      ['POST', '/api/ske/delete-resource'],
    ])(
      '%s %s is a 500 with a request id, the detail only in the log',
      async (method, path) => {
        logger.error.mockClear();
        const res = await request(server)
          [method === 'GET' ? 'get' : 'post'](path)
          .send({
            apiVersion: PG_API_VERSION,
            kind: 'postgresql',
            namespace: 'team-a',
            name: 'x',
          });
        expect(res.status).toBe(500);
        expect(res.body.error.name).toBe('InternalError');
        expect(res.body.requestId).toMatch(UUID);
        expect(res.body.error.message).toContain(res.body.requestId);
        expect(res.text).not.toMatch(/unreachable/i);
        expectNoDetail(res, DETAIL, 'TypeError');
        expect(logger.error).toHaveBeenCalledWith(
          expect.stringContaining(res.body.requestId),
          expect.objectContaining({
            message: expect.stringContaining(DETAIL),
          }),
        );
      },
    );
  });

  describe('a server that refuses the connection', () => {
    const logger = mockServices.logger.mock();
    let platform: RunningPlatform | undefined;
    let port: number;

    beforeAll(async () => {
      platform = await startSkePlatform();
      port = await closedPort();
    });

    afterAll(async () => {
      await platform?.stop();
    });

    it.each([
      [
        'kubernetes',
        'Kratix platform unreachable while trying to list Promises',
        (): JsonObject =>
          skeConfig(
            platformCluster(platform!, { url: `https://127.0.0.1:${port}` }),
          ),
      ],
      [
        'gitops',
        "Git server unreachable while trying to fetch branch 'main'",
        (): JsonObject =>
          gitopsConfig({
            repoUrl: `http://127.0.0.1:${port}/kratix.git`,
            username: 'git',
            password: 'secret-password',
          } as Parameters<typeof gitopsConfig>[0]),
      ],
    ])(
      'in %s mode is a 503 naming no address; the failure is logged',
      async (_mode, message, config) => {
        logger.warn.mockClear();
        const server = await startSkeTestBackend({
          config: config(),
          features: [logger.factory],
        });
        const res = await request(server).get('/api/ske/promises');
        expect(res.status).toBe(503);
        expect(res.body.error).toEqual({
          name: 'ServiceUnavailableError',
          message,
        });
        expect(res.body.requestId).toMatch(UUID);
        expectNoDetail(res, '127.0.0.1', String(port), 'ECONNREFUSED');
        expect(logger.warn).toHaveBeenCalledWith(
          expect.stringContaining(res.body.requestId),
          expect.objectContaining({ code: 'ECONNREFUSED' }),
        );
      },
    );
  });
});
