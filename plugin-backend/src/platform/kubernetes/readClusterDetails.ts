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

import type { Config } from '@backstage/config';
import { ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';

/** Auth providers this plugin supports for the platform cluster. */
const SUPPORTED_AUTH_PROVIDERS = ['serviceAccount', 'oidc'] as const;

function readClusters(config: Config): Config[] {
  return (
    config.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? []
  )
    .filter(method => method.getString('type') === 'config')
    .flatMap(method => method.getOptionalConfigArray('clusters') ?? []);
}

/**
 * Reads the cluster named by `ske.kubernetes.platformName` from the standard
 * `kubernetes.clusterLocatorMethods` (type `config`), with the field names and
 * semantics of Backstage's Kubernetes backend. Returns `undefined` when there
 * is no `ske.kubernetes` section (in-cluster or local kubeconfig then).
 */
export function readClusterDetails(config: Config): ClusterDetails | undefined {
  const platformName = config.getOptionalString('ske.kubernetes.platformName');
  if (!platformName) {
    return undefined;
  }
  const clusters = readClusters(config);
  const cluster = clusters.find(c => c.getString('name') === platformName);
  if (!cluster) {
    const available = clusters.map(c => c.getString('name'));
    throw new Error(
      `ske.kubernetes.platformName '${platformName}' matches no cluster in kubernetes.clusterLocatorMethods (type: config); available clusters: ${
        available.length ? available.map(n => `'${n}'`).join(', ') : 'none'
      }`,
    );
  }
  const authProvider = cluster.getString('authProvider');
  if (!(SUPPORTED_AUTH_PROVIDERS as readonly string[]).includes(authProvider)) {
    throw new Error(
      `Cluster '${platformName}' has authProvider '${authProvider}', which the SKE plugin does not support; supported providers: ${SUPPORTED_AUTH_PROVIDERS.join(
        ', ',
      )}`,
    );
  }
  const authMetadata: Record<string, string> = {
    ...((cluster.getOptional('authMetadata') as Record<string, string>) ?? {}),
    'kubernetes.io/auth-provider': authProvider,
  };
  const serviceAccountToken = cluster.getOptionalString('serviceAccountToken');
  if (serviceAccountToken) {
    authMetadata.serviceAccountToken = serviceAccountToken;
  }
  const oidcTokenProvider = cluster.getOptionalString('oidcTokenProvider');
  if (oidcTokenProvider) {
    authMetadata[ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER] = oidcTokenProvider;
  }
  return {
    name: platformName,
    title: cluster.getOptionalString('title'),
    url: cluster.getString('url'),
    authMetadata,
    skipTLSVerify: cluster.getOptionalBoolean('skipTLSVerify') ?? false,
    caData: cluster.getOptionalString('caData'),
    caFile: cluster.getOptionalString('caFile'),
  };
}
