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

import request from 'supertest';
import {
  gitopsConfig,
  RunningGitServer,
  startSkeGitServer,
} from '../__testUtils__/gitopsBackend';
import { PG_API_VERSION, postgresql } from '../__testUtils__/resourceHarness';
import {
  platformCallsDuring,
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  startSkeTestBackend,
  TestServer,
} from '../__testUtils__/startSkeTestBackend';
import { parseManifest } from '../actions/resourceInput';

jest.setTimeout(60_000);

/** `{ a: { a: … } }` nested `depth` levels. */
const nested = (depth: number) => {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
/** The JSON text of a manifest whose spec nests `depth` levels (built as text: too deep for JSON.stringify). */
const deepJson = (depth: number) =>
  JSON.stringify(postgresql('team-a', 'deep-db', { teamId: 'team-a' })).replace(
    '"teamId"',
    `"extra":${'{"a":'.repeat(depth)}{}${'}'.repeat(depth)},"teamId"`,
  );
const deepManifest = (depth: number) =>
  postgresql('team-a', 'deep-db', { teamId: 'team-a', extra: nested(depth) });
const hugeManifest = () =>
  postgresql('team-a', 'huge-db', {
    teamId: 'team-a',
    blob: 'x'.repeat(1024 * 1024 + 1),
  });

const expectNoStack = (res: request.Response) => {
  expect(res.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
};

describe.each(['kubernetes', 'gitops'] as const)(
  'input limits in %s mode, before any work',
  mode => {
    let platform: RunningPlatform | undefined;
    let git: RunningGitServer | undefined;
    let server: TestServer;

    beforeAll(async () => {
      if (mode === 'kubernetes') {
        platform = await startSkePlatform();
        server = await startSkeTestBackend({
          config: skeConfig(platformCluster(platform)),
        });
      } else {
        git = await startSkeGitServer();
        server = await startSkeTestBackend({ config: gitopsConfig(git) });
      }
    }, 60_000);

    afterAll(async () => {
      await platform?.stop();
      await git?.stop();
    });

    const post = (body: unknown) =>
      request(server)
        .post('/api/ske/resources')
        .send(body as object);

    it('answers 400 to a spec nested deeper than 100 levels, without a platform call', async () => {
      const send = () =>
        request(server)
          .post('/api/ske/resources')
          .set('content-type', 'application/json')
          .send(deepJson(10_000));
      const res = platform
        ? (await platformCallsDuring(platform, send)).result
        : await send();
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Invalid request body: nested deeper than 100 levels',
      );
      expectNoStack(res);
    });

    it('answers 413 to a body above 1 MB', async () => {
      const res = await post(hugeManifest());
      expect(res.status).toBe(413);
      expectNoStack(res);
    });

    it.each([
      ['GET /resource', (s: TestServer) => request(s).get('/api/ske/resource')],
      [
        'POST /delete-resource',
        (s: TestServer) => request(s).post('/api/ske/delete-resource'),
      ],
    ])('answers 400 to apiVersion v1 on %s', async (_route, start) => {
      const ref = {
        apiVersion: 'v1',
        kind: 'Secret',
        name: 'x',
        namespace: 'team-a',
      };
      const req = start(server);
      const res = await (req.method === 'GET' ? req.query(ref) : req.send(ref));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /^Invalid (query|body): apiVersion must look like <group>\/<version>/,
      );
    });

    it('answers 400 to malformed JSON without echoing it', async () => {
      const res = await request(server)
        .post('/api/ske/resources')
        .set('content-type', 'application/json')
        .send('{"secret-looking-body": ');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Invalid request body: not valid JSON',
      );
      expect(res.text).not.toContain('secret-looking-body');
    });
  },
);

describe('input limits of the actions manifest', () => {
  it('refuses a YAML manifest above 1 MB with 413', () => {
    expect(() => parseManifest(JSON.stringify(hugeManifest()))).toThrow(
      expect.objectContaining({ statusCode: 413 }),
    );
  });

  it('refuses a manifest nested deeper than 100 levels', () => {
    expect(() => parseManifest(deepManifest(101))).toThrow(
      'Invalid manifest: nested deeper than 100 levels',
    );
    expect(() => parseManifest(deepJson(10_000))).toThrow(
      /^Invalid manifest: nested (too deeply|deeper than 100 levels)/,
    );
  });

  it('accepts kinds whose lowercase form is a DNS-1035 label, refuses group-less apiVersions', () => {
    const manifest = { ...deepManifest(1), kind: 'argocd-application' };
    expect(parseManifest(manifest).kind).toBe('argocd-application');
    expect(() => parseManifest({ ...manifest, apiVersion: 'v1' })).toThrow(
      /apiVersion must look like <group>\/<version>/,
    );
    expect(parseManifest({ ...manifest }).apiVersion).toBe(PG_API_VERSION);
  });
});
