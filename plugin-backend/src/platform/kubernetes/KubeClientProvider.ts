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
  Configuration,
  createConfiguration,
  CustomObjectsApi,
  KubeConfig,
  ServerConfiguration,
} from '@kubernetes/client-node';
import { AuthenticationError } from '@backstage/errors';
import { ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER } from '@backstage/plugin-kubernetes-common';
import type {
  AuthenticationStrategy,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import type { PlatformAuthInfo } from '@syntasso/plugin-ske-common';
import type { PlatformCredentials } from '../PlatformCredentials';
import { ConnectionPool } from './ConnectionPool';
import { OidcStrategy } from './OidcStrategy';
import { ServiceAccountStrategy } from './ServiceAccountStrategy';

function userOf(credential: KubernetesCredential) {
  switch (credential.type) {
    case 'bearer token':
      return { token: credential.token };
    case 'x509 client certificate':
      return { certData: credential.cert, keyData: credential.key };
    default:
      return {};
  }
}

const STRATEGIES: Record<string, () => AuthenticationStrategy> = {
  serviceAccount: () => new ServiceAccountStrategy(),
  oidc: () => new OidcStrategy(),
};

/**
 * Makes `@kubernetes/client-node` clients for the platform cluster with the
 * right credential for each request. For a configured cluster, a client is
 * built per call from that call's credential (a user's token never outlives
 * its request); without one, the in-cluster or local kubeconfig is used.
 *
 * The backend's own (service) credential is the cluster's service account
 * with `authProvider: serviceAccount`, the configured `serviceToken` with
 * `authProvider: oidc`, and the in-cluster or local kubeconfig without a
 * configured cluster.
 */
export class KubeClientProvider {
  private readonly strategy?: AuthenticationStrategy;
  private defaultConfig?: KubeConfig;
  private readonly connections = new ConnectionPool();

  constructor(
    private readonly cluster: ClusterDetails | undefined,
    private readonly options: {
      /** Where the pod's service account files are mounted (prefix of /var/run/secrets/...); for tests. */
      inClusterPathPrefix?: string;
      /** The backend's own token when the cluster uses `authProvider: oidc` (`ske.catalog.serviceAccountToken`). */
      serviceToken?: string;
    } = {},
  ) {
    if (cluster) {
      const provider = cluster.authMetadata['kubernetes.io/auth-provider'];
      this.strategy = STRATEGIES[provider]();
      const errors = this.strategy.validateCluster(cluster.authMetadata);
      if (errors.length > 0) {
        throw new Error(errors.map(e => e.message).join('; '));
      }
    }
  }

  /** A description of the target for logs (never credentials). */
  describe(): string {
    return this.cluster
      ? `cluster '${this.cluster.name}' at ${this.cluster.url} (authProvider ${this.cluster.authMetadata['kubernetes.io/auth-provider']})`
      : 'the in-cluster or local kubeconfig';
  }

  /** Whether the backend can act as itself (see the class comment). */
  hasServiceCredentials(): boolean {
    return (
      !this.cluster ||
      this.authProvider() === 'serviceAccount' ||
      Boolean(this.options.serviceToken)
    );
  }

  /** What a user's browser must forward: the cluster's auth provider and its OIDC token provider. */
  authInfo(): PlatformAuthInfo {
    const metadata = this.cluster?.authMetadata ?? {};
    return {
      authProvider: this.authProvider() ?? 'kubeconfig',
      oidcProvider: metadata[ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER],
    };
  }

  private authProvider() {
    return this.cluster?.authMetadata['kubernetes.io/auth-provider'];
  }

  /** A client for custom resources, with this request's credential, over pooled connections. */
  async customObjects(
    credentials: PlatformCredentials,
  ): Promise<CustomObjectsApi> {
    return this.client(CustomObjectsApi, credentials);
  }

  /** Any generated API client (core, authorization, ...), with this request's credential. */
  async client<T>(
    ApiClass: new (configuration: Configuration) => T,
    credentials: PlatformCredentials,
  ): Promise<T> {
    const kc = await this.kubeConfig(credentials);
    const server = kc.getCurrentCluster()?.server;
    if (!server) {
      throw new Error(`No cluster to connect to in ${this.describe()}`);
    }
    return new ApiClass(
      createConfiguration({
        baseServer: new ServerConfiguration(server, {}),
        authMethods: { default: kc },
        promiseMiddleware: [this.connections.middleware],
      }),
    );
  }

  /** The Kubernetes credential `credentials` stand for on the configured cluster. */
  private async credentialFor(
    cluster: ClusterDetails,
    strategy: AuthenticationStrategy,
    credentials: PlatformCredentials,
  ): Promise<KubernetesCredential> {
    if (credentials.isService && this.authProvider() !== 'serviceAccount') {
      if (!this.options.serviceToken) {
        throw new AuthenticationError(
          `The SKE backend has no service credential for cluster '${
            cluster.name
          }' (authProvider ${this.authProvider()}): set ske.catalog.serviceAccountToken`,
        );
      }
      return { type: 'bearer token', token: this.options.serviceToken };
    }
    const provider =
      cluster.authMetadata[ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER];
    const token = provider ? credentials.oidcToken(provider) : undefined;
    return strategy.getCredential(
      cluster,
      token ? { oidc: { [provider]: token } } : {},
    );
  }

  private async kubeConfig(
    credentials: PlatformCredentials,
  ): Promise<KubeConfig> {
    if (!this.cluster || !this.strategy) {
      if (!this.defaultConfig) {
        this.defaultConfig = new KubeConfig();
        if (process.env.KUBERNETES_SERVICE_HOST) {
          this.defaultConfig.loadFromCluster(this.options.inClusterPathPrefix);
        } else {
          this.defaultConfig.loadFromDefault();
        }
      }
      return this.defaultConfig;
    }
    const credential = await this.credentialFor(
      this.cluster,
      this.strategy,
      credentials,
    );
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: this.cluster.name,
          server: this.cluster.url,
          skipTLSVerify: this.cluster.skipTLSVerify ?? false,
          caData: this.cluster.caData,
          caFile: this.cluster.caFile,
        },
      ],
      users: [{ name: 'user', ...userOf(credential) }],
      contexts: [
        { name: 'platform', cluster: this.cluster.name, user: 'user' },
      ],
      currentContext: 'platform',
    });
    return kc;
  }
}
