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
import path from 'node:path';
import { writeKubeconfig } from '@syntasso/ske-platform-simulator';
import {
  BACKSTAGE_SA,
  platformCallsDuring,
  RunningPlatform,
  startSkePlatform,
} from '../../__testUtils__/startSkeTestBackend';
import { withEnv } from '../../__testUtils__/withEnv';
import { PlatformCredentials } from '../PlatformCredentials';
import { KubeClientProvider } from './KubeClientProvider';
import { KubernetesKratixPlatform } from './KubernetesKratixPlatform';

describe('KubeClientProvider without a configured cluster', () => {
  let platform: RunningPlatform;
  let dir: string;

  beforeAll(async () => {
    platform = await startSkePlatform();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-kubeconfig-'));
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Lists Promises through a platform built on `clients`; who the platform saw. */
  const listPromisesWith = async (clients: KubeClientProvider) => {
    const kratix = new KubernetesKratixPlatform(clients);
    const { result, calls } = await platformCallsDuring(platform, () =>
      kratix.listPromises({ credentials: PlatformCredentials.service() }),
    );
    return { names: result.map(p => p.name), users: calls.map(c => c.user) };
  };

  it("uses the pod's service account when running in a cluster", async () => {
    const secrets = path.join(
      dir,
      'pod',
      'var/run/secrets/kubernetes.io/serviceaccount',
    );
    fs.mkdirSync(secrets, { recursive: true });
    fs.writeFileSync(path.join(secrets, 'token'), platform.tokens.backstage);
    fs.writeFileSync(path.join(secrets, 'ca.crt'), platform.caCert);
    fs.writeFileSync(path.join(secrets, 'namespace'), 'backstage');
    const { port } = new URL(platform.url);

    const seen = await withEnv(
      { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: port },
      () =>
        listPromisesWith(
          new KubeClientProvider(undefined, {
            inClusterPathPrefix: path.join(dir, 'pod'),
          }),
        ),
    );
    expect(seen.names).toContain('postgresql');
    expect(seen.users).toEqual([BACKSTAGE_SA]);
  });

  it('uses the current context of the local kubeconfig outside a cluster', async () => {
    const kubeconfig = path.join(dir, 'kubeconfig');
    writeKubeconfig(kubeconfig, platform);

    const seen = await withEnv({ KUBECONFIG: kubeconfig }, () =>
      listPromisesWith(new KubeClientProvider(undefined)),
    );
    expect(seen.names).toContain('postgresql');
    expect(seen.users).toEqual(['kubernetes-admin']);
  });

  it('describes where it connects without naming a credential', () => {
    expect(new KubeClientProvider(undefined).describe()).toBe(
      'the in-cluster or local kubeconfig',
    );
  });
});

describe('KubeClientProvider service credential', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await startSkePlatform();
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const cluster = (authProvider: string) => ({
    name: 'kratix',
    url: platform.url,
    caData: Buffer.from(platform.caCert).toString('base64'),
    authMetadata: {
      'kubernetes.io/auth-provider': authProvider,
      'kubernetes.io/oidc-token-provider': 'test',
      serviceAccountToken: platform.tokens.backstage,
    },
  });

  const usersSeenListingWith = async (
    clients: KubeClientProvider,
    credentials: PlatformCredentials,
  ) => {
    const kratix = new KubernetesKratixPlatform(clients);
    const { calls } = await platformCallsDuring(platform, () =>
      kratix.listPromises({ credentials }),
    );
    return calls.map(c => c.user);
  };

  it("is the cluster's service account with authProvider serviceAccount", async () => {
    const clients = new KubeClientProvider(cluster('serviceAccount'));
    expect(clients.hasServiceCredentials()).toBe(true);
    expect(
      await usersSeenListingWith(clients, PlatformCredentials.service()),
    ).toEqual([BACKSTAGE_SA]);
  });

  it('is the configured service token with authProvider oidc, never for user calls', async () => {
    const clients = new KubeClientProvider(cluster('oidc'), {
      serviceToken: platform.tokens.backstage,
    });
    expect(clients.hasServiceCredentials()).toBe(true);
    expect(
      await usersSeenListingWith(clients, PlatformCredentials.service()),
    ).toEqual([BACKSTAGE_SA]);
    await expect(
      clients.customObjects(PlatformCredentials.anonymousUser()),
    ).rejects.toThrow(/Missing OIDC ID token for provider 'test'/);
  });

  it('is absent with authProvider oidc and no service token', async () => {
    const clients = new KubeClientProvider(cluster('oidc'));
    expect(clients.hasServiceCredentials()).toBe(false);
    await expect(
      clients.customObjects(PlatformCredentials.service()),
    ).rejects.toThrow(
      "The SKE backend has no service credential for cluster 'kratix' (authProvider oidc): set ske.catalog.serviceAccountToken",
    );
  });
});
