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

import { AuthenticationError } from '@backstage/errors';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { OidcStrategy, oidcHeaderName } from './OidcStrategy';

const cluster = (provider?: string): ClusterDetails => ({
  name: 'kratix',
  url: 'https://platform.example.com',
  authMetadata: {
    'kubernetes.io/auth-provider': 'oidc',
    ...(provider ? { 'kubernetes.io/oidc-token-provider': provider } : {}),
  },
});

describe('OidcStrategy', () => {
  const strategy = new OidcStrategy();

  it("uses the token of the cluster's oidcTokenProvider as a bearer token", async () => {
    await expect(
      strategy.getCredential(cluster('okta'), {
        oidc: { google: 'google-token', okta: 'okta-token' },
      }),
    ).resolves.toEqual({ type: 'bearer token', token: 'okta-token' });
  });

  it('fails with an AuthenticationError naming the provider and header when the token is missing', async () => {
    const result = strategy.getCredential(cluster('okta'), {});
    await expect(result).rejects.toBeInstanceOf(AuthenticationError);
    await expect(result).rejects.toThrow(
      "Missing OIDC ID token for provider 'okta': sign in with 'okta' and send the token in the backstage-kubernetes-authorization-oidc-okta header",
    );
  });

  it('never uses a token for another provider', async () => {
    const result = strategy.getCredential(cluster('okta'), {
      oidc: { google: 'google-token' },
    });
    await expect(result).rejects.toBeInstanceOf(AuthenticationError);
    await expect(result).rejects.toThrow(/provider 'okta'/);
    await expect(result).rejects.not.toThrow(/google-token/);
  });

  it('treats an empty token as missing', async () => {
    await expect(
      strategy.getCredential(cluster('okta'), { oidc: { okta: '' } }),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('requires oidcTokenProvider on the cluster', () => {
    expect(strategy.validateCluster(cluster('okta').authMetadata)).toEqual([]);
    expect(
      strategy.validateCluster(cluster().authMetadata).map(e => e.message),
    ).toEqual(["Cluster with authProvider 'oidc' must set oidcTokenProvider"]);
  });

  it('presents only the token provider, never other metadata', () => {
    expect(
      strategy.presentAuthMetadata({
        ...cluster('okta').authMetadata,
        serviceAccountToken: 'secret',
      }),
    ).toEqual({ 'kubernetes.io/oidc-token-provider': 'okta' });
  });
});

describe('oidcHeaderName', () => {
  it('is the Kubernetes plugin header for the provider', () => {
    expect(oidcHeaderName('test')).toBe(
      'backstage-kubernetes-authorization-oidc-test',
    );
  });
});
