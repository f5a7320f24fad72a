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

import { ConfigReader } from '@backstage/config';
import { ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER } from '@backstage/plugin-kubernetes-common';
import { readClusterDetails } from './readClusterDetails';

/** `JsonObject` from `@backstage/types`, which this package does not depend on directly. */
type Cluster = NonNullable<ConstructorParameters<typeof ConfigReader>[0]>;

const configWith = (
  clusters: Cluster[],
  platformName = 'kratix',
  extraMethods: Cluster[] = [],
) =>
  new ConfigReader({
    kubernetes: {
      clusterLocatorMethods: [...extraMethods, { type: 'config', clusters }],
    },
    ske: { kubernetes: { platformName } },
  });

const kratixCluster = (overrides: Cluster = {}): Cluster => ({
  name: 'kratix',
  url: 'https://platform.example.com:6443',
  authProvider: 'serviceAccount',
  ...overrides,
});

describe('readClusterDetails', () => {
  it('returns undefined when there is no ske.kubernetes section', () => {
    expect(readClusterDetails(new ConfigReader({}))).toBeUndefined();
    expect(
      readClusterDetails(
        new ConfigReader({
          kubernetes: {
            clusterLocatorMethods: [
              { type: 'config', clusters: [kratixCluster()] },
            ],
          },
          ske: { mode: 'kubernetes' },
        }),
      ),
    ).toBeUndefined();
  });

  it('reads url, caData, skipTLSVerify and serviceAccountToken of the named cluster', () => {
    const details = readClusterDetails(
      configWith([
        kratixCluster({ name: 'other', url: 'https://other.example.com' }),
        kratixCluster({
          title: 'Kratix platform',
          caData: 'LS0tLS1CRUdJTi0tLS0t',
          skipTLSVerify: true,
          serviceAccountToken: 'sa-token-123',
        }),
      ]),
    );
    expect(details).toEqual({
      name: 'kratix',
      title: 'Kratix platform',
      url: 'https://platform.example.com:6443',
      caData: 'LS0tLS1CRUdJTi0tLS0t',
      caFile: undefined,
      skipTLSVerify: true,
      authMetadata: {
        'kubernetes.io/auth-provider': 'serviceAccount',
        serviceAccountToken: 'sa-token-123',
      },
    });
  });

  it('defaults skipTLSVerify to false and leaves absent credentials out of authMetadata', () => {
    const details = readClusterDetails(
      configWith([kratixCluster({ caFile: '/etc/ca.crt' })]),
    );
    expect(details?.skipTLSVerify).toBe(false);
    expect(details?.caFile).toBe('/etc/ca.crt');
    expect(details?.caData).toBeUndefined();
    expect(details?.authMetadata).toEqual({
      'kubernetes.io/auth-provider': 'serviceAccount',
    });
  });

  it('only looks at clusters from locator methods of type config', () => {
    const details = readClusterDetails(
      configWith(
        [kratixCluster({ url: 'https://from-config.example.com' })],
        'kratix',
        [{ type: 'catalog' }, { type: 'gke', projectId: 'p' }],
      ),
    );
    expect(details?.url).toBe('https://from-config.example.com');
  });

  it('puts a top-level oidcTokenProvider into authMetadata', () => {
    const details = readClusterDetails(
      configWith([
        kratixCluster({ authProvider: 'oidc', oidcTokenProvider: 'okta' }),
      ]),
    );
    expect(details?.authMetadata).toEqual({
      'kubernetes.io/auth-provider': 'oidc',
      [ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER]: 'okta',
    });
    expect(ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER).toBe(
      'kubernetes.io/oidc-token-provider',
    );
  });

  it('keeps an oidcTokenProvider given through authMetadata', () => {
    const details = readClusterDetails(
      configWith([
        kratixCluster({
          authProvider: 'oidc',
          authMetadata: { 'kubernetes.io/oidc-token-provider': 'microsoft' },
        }),
      ]),
    );
    expect(details?.authMetadata).toEqual({
      'kubernetes.io/auth-provider': 'oidc',
      'kubernetes.io/oidc-token-provider': 'microsoft',
    });
  });

  it('lets authProvider win over an auth-provider given in authMetadata', () => {
    const details = readClusterDetails(
      configWith([
        kratixCluster({
          authMetadata: { 'kubernetes.io/auth-provider': 'aws' },
        }),
      ]),
    );
    expect(details?.authMetadata['kubernetes.io/auth-provider']).toBe(
      'serviceAccount',
    );
  });

  it('throws listing the available clusters when platformName matches none', () => {
    const config = configWith(
      [kratixCluster({ name: 'dev' }), kratixCluster({ name: 'prod' })],
      'kratix',
    );
    expect(() => readClusterDetails(config)).toThrow(
      "ske.kubernetes.platformName 'kratix' matches no cluster in kubernetes.clusterLocatorMethods (type: config); available clusters: 'dev', 'prod'",
    );
  });

  it('says none are available when no cluster is configured', () => {
    const config = new ConfigReader({
      ske: { kubernetes: { platformName: 'kratix' } },
    });
    expect(() => readClusterDetails(config)).toThrow(
      /available clusters: none$/,
    );
  });

  it('throws naming the supported providers for an unsupported authProvider', () => {
    const config = configWith([kratixCluster({ authProvider: 'aws' })]);
    expect(() => readClusterDetails(config)).toThrow(
      "Cluster 'kratix' has authProvider 'aws', which the SKE plugin does not support; supported providers: serviceAccount, oidc",
    );
  });
});
