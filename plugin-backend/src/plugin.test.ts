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

import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import {
  startPlatform,
  writeKubeconfig,
} from '@syntasso/ske-platform-simulator';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import skeFeatures from './index';
import { closedPort } from './__testUtils__/closedPort';
import {
  BackendFeature,
  BACKSTAGE_SA,
  JsonObject,
  platformCallsDuring,
  platformCluster,
  RunningPlatform,
  skeConfig,
  startSkePlatform,
  startSkeTestBackend,
} from './__testUtils__/startSkeTestBackend';
import { withEnv } from './__testUtils__/withEnv';

describe('the SKE backend plugin wired into a Backstage backend', () => {
  let platform: RunningPlatform;
  /** Every error response body any test received, to check none leaks a credential. */
  const errorBodies: string[] = [];

  beforeAll(async () => {
    platform = await startSkePlatform();
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const cluster = (
    overrides: Parameters<typeof platformCluster>[1] = {},
  ): JsonObject => platformCluster(platform, overrides);
  const config = skeConfig;
  const startBackend = (data: JsonObject, ...features: BackendFeature[]) =>
    startSkeTestBackend({ config: data, features });

  /** Sends a request and records the body when it is an error. */
  const get = async (
    server: unknown,
    path: string,
    headers: Record<string, string> = {},
  ) => {
    const res = await request(server as Parameters<typeof request>[0])
      .get(path)
      .set(headers);
    if (res.status >= 400) {
      errorBodies.push(res.text);
    }
    return res;
  };

  const callsDuring = <T>(fn: () => Promise<T>) =>
    platformCallsDuring(platform, fn);

  it('is installed by the default export of the package', async () => {
    const backend = await startTestBackend({
      features: [
        skeFeatures,
        mockServices.rootConfig.factory({ data: config(cluster()) }),
      ],
    });
    const res = await get(backend.server, '/api/ske/promises');
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { name: string }) => p.name).sort()).toEqual([
      'data-platform',
      'kafka',
      'namespace-baseline',
      'postgresql',
      'redis',
    ]);
    expect(
      res.body.items.find((p: { name: string }) => p.name === 'postgresql'),
    ).toMatchObject({
      group: 'marketplace.kratix.io',
      kind: 'postgresql',
      version: 'v1alpha2',
      status: { status: 'Available' },
    });
  });

  describe('when the permission policy denies', () => {
    let server: unknown;

    beforeAll(async () => {
      server = await startBackend(
        config(cluster()),
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      );
    });

    it.each(['/api/ske/promises', '/api/ske/promises/postgresql'])(
      'answers 403 for %s before any request reaches the platform',
      async path => {
        const { result: res, calls } = await callsDuring(() =>
          get(server, path),
        );
        expect(res.status).toBe(403);
        expect(res.body.error).toMatchObject({
          name: 'NotAllowedError',
          message: "Permission 'ske.promise.read' is required",
        });
        expect(calls).toEqual([]);
      },
    );

    it('still serves /health', async () => {
      const res = await get(server, '/api/ske/health', {
        Authorization: mockCredentials.none.header(),
      });
      expect(res.status).toBe(200);
    });
  });

  describe('with an OIDC cluster', () => {
    let server: unknown;
    const header = 'Backstage-Kubernetes-Authorization-oidc-test';

    beforeAll(async () => {
      // A service account token is configured too: OIDC must never fall back to it.
      server = await startBackend(
        config(cluster({ authProvider: 'oidc', oidcTokenProvider: 'test' })),
      );
    });

    it('answers 401 naming the provider and header when the caller sends no ID token', async () => {
      const { result: res, calls } = await callsDuring(() =>
        get(server, '/api/ske/promises'),
      );
      expect(res.status).toBe(401);
      expect(res.body.error.name).toBe('AuthenticationError');
      expect(res.body.error.message).toContain("provider 'test'");
      expect(res.body.error.message).toContain(
        'backstage-kubernetes-authorization-oidc-test header',
      );
      expect(calls).toEqual([]);
    });

    it('does not use a token sent for another provider', async () => {
      const { result: res, calls } = await callsDuring(() =>
        get(server, '/api/ske/promises', {
          'Backstage-Kubernetes-Authorization-oidc-google': platform.tokens.bob,
        }),
      );
      expect(res.status).toBe(401);
      expect(res.body.error.message).toContain("provider 'test'");
      expect(calls).toEqual([]);
    });

    it('calls the platform as the user whose ID token is forwarded', async () => {
      const { result: res, calls } = await callsDuring(() =>
        get(server, '/api/ske/promises', { [header]: platform.tokens.bob }),
      );
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(5);
      expect(calls).toEqual([
        expect.objectContaining({
          user: 'bob',
          path: '/apis/platform.kratix.io/v1alpha1/promises',
          code: 200,
        }),
      ]);
    });

    it('accepts a Bearer-prefixed ID token and keeps users apart between requests', async () => {
      const { result, calls } = await callsDuring(async () => [
        await get(server, '/api/ske/promises/postgresql', {
          [header]: `Bearer ${platform.tokens.alice}`,
        }),
        await get(server, '/api/ske/promises/redis', {
          [header]: platform.tokens.bob,
        }),
        await get(server, '/api/ske/promises/kafka'),
      ]);
      expect(result.map(r => r.status)).toEqual([200, 200, 401]);
      expect(result[0].body.schema.properties.spec.properties).toHaveProperty(
        'teamId',
      );
      expect(calls.map(c => [c.user, c.path])).toEqual([
        ['alice', '/apis/platform.kratix.io/v1alpha1/promises/postgresql'],
        ['bob', '/apis/platform.kratix.io/v1alpha1/promises/redis'],
      ]);
      expect(calls.map(c => c.user)).not.toContain(BACKSTAGE_SA);
    });

    it('maps a token the cluster rejects to 401 without repeating it', async () => {
      const res = await get(server, '/api/ske/promises', {
        [header]: 'expired-id-token',
      });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({
        name: 'AuthenticationError',
        message:
          "Kubernetes refused to list Promises: HTTP 401 Unauthorized (the cluster did not accept the credential: the configured service account token or the signed-in user's ID token)",
      });
      expect(res.text).not.toContain('expired-id-token');
    });
  });

  it('maps a service account token the cluster rejects to 401', async () => {
    const server = await startBackend(
      config(cluster({ serviceAccountToken: 'wrong-service-account-token' })),
    );
    const { result: res, calls } = await callsDuring(() =>
      get(server, '/api/ske/promises'),
    );
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      name: 'AuthenticationError',
      message:
        "Kubernetes refused to list Promises: HTTP 401 Unauthorized (the cluster did not accept the credential: the configured service account token or the signed-in user's ID token)",
    });
    expect(res.text).not.toContain('wrong-service-account-token');
    expect(calls).toEqual([
      expect.objectContaining({
        code: 401,
        path: '/apis/platform.kratix.io/v1alpha1/promises',
      }),
    ]);
    expect(calls[0].user).toBeUndefined();
  });

  it('answers 503 naming no address when the platform cannot be reached', async () => {
    const port = await closedPort();
    const server = await startBackend(
      config(cluster({ url: `https://127.0.0.1:${port}` })),
    );
    const res = await get(server, '/api/ske/promises/postgresql');
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({
      name: 'ServiceUnavailableError',
      message:
        "Kratix platform unreachable while trying to get Promise 'postgresql'",
    });
    expect(res.text).not.toContain(`127.0.0.1:${port}`);
  });

  it('rejects a platform whose certificate is not signed by the configured CA, naming no TLS detail', async () => {
    const other = await startPlatform({
      port: 0,
      pipelineDelayMs: 10,
      seed: false,
    });
    try {
      const server = await startBackend(config(cluster({ url: other.url })));
      const res = await get(server, '/api/ske/promises');
      expect(res.status).toBe(503);
      expect(res.body.error.message).toBe(
        'Kratix platform unreachable while trying to list Promises',
      );
      expect(res.text).not.toContain(new URL(other.url).host);
      expect(res.text).not.toMatch(/certificate|self[- ]signed|verify/i);
      expect(other.requestLog).toEqual([]);
    } finally {
      await other.stop();
    }
  }, 60_000);

  it('never puts a credential in an error response body', async () => {
    const server = await startBackend(config(cluster()));
    await get(server, '/api/ske/promises/nope');
    await get(server, '/api/ske/promises/Bad_Name');
    await get(server, '/api/ske/promises', {
      Authorization: mockCredentials.none.header(),
    });

    // Checks these and every error body the other tests in this file received.
    expect(errorBodies.length).toBeGreaterThanOrEqual(3);
    for (const body of errorBodies) {
      for (const token of Object.values(platform.tokens)) {
        expect(body).not.toContain(token);
      }
      expect(body).not.toContain('wrong-service-account-token');
      expect(body).not.toContain('expired-id-token');
    }
  });

  it('uses the local kubeconfig when there is no ske.kubernetes section', async () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'ske-plugin-'));
    const kubeconfig = join(dir, 'kubeconfig');
    writeKubeconfig(kubeconfig, platform);
    try {
      await withEnv({ KUBECONFIG: kubeconfig }, async () => {
        const server = await startBackend({});
        const { result: res, calls } = await callsDuring(() =>
          get(server, '/api/ske/promises'),
        );
        expect(res.status).toBe(200);
        expect(res.body.items.map((p: { name: string }) => p.name)).toContain(
          'postgresql',
        );
        expect(calls.map(c => c.user)).toEqual(['kubernetes-admin']);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('fails to start on bad configuration', () => {
    it('names the available clusters when platformName matches none', async () => {
      await expect(
        startBackend(config(cluster({ name: 'dev' }), 'kratix')),
      ).rejects.toThrow(
        /ske\.kubernetes\.platformName 'kratix' matches no cluster .*available clusters: 'dev'/,
      );
    });

    it('names the supported providers for an unsupported authProvider', async () => {
      await expect(
        startBackend(config(cluster({ authProvider: 'aws' }))),
      ).rejects.toThrow(
        /authProvider 'aws'.*supported providers: serviceAccount, oidc/,
      );
    });

    it('requires oidcTokenProvider for an OIDC cluster', async () => {
      await expect(
        startBackend(config(cluster({ authProvider: 'oidc' }))),
      ).rejects.toThrow(
        /Cluster with authProvider 'oidc' must set oidcTokenProvider/,
      );
    });

    it('rejects an unknown ske.mode, listing the supported ones', async () => {
      await expect(
        startBackend({ ...config(cluster()), ske: { mode: 'flux' } }),
      ).rejects.toThrow(
        /ske\.mode 'flux' is not supported; supported modes: kubernetes, gitops/,
      );
    });

    it('names what GitOps mode is missing', async () => {
      await expect(
        startBackend({ ...config(cluster()), ske: { mode: 'gitops' } }),
      ).rejects.toThrow(
        /ske\.mode 'gitops' needs an ske\.scm section with at least repoUrl and one of username or type/,
      );
      await expect(
        startBackend({
          ske: { mode: 'gitops', scm: { repoUrl: 'https://example.com/r' } },
        }),
      ).rejects.toThrow(/ske\.scm needs username or type/);
    });
  });
});
