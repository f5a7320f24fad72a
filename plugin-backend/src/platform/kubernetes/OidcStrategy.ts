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
import {
  ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER,
  KubernetesRequestAuth,
} from '@backstage/plugin-kubernetes-common';
import type {
  AuthMetadata,
  AuthenticationStrategy,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import { oidcTokenHeader } from '@syntasso/plugin-ske-common';

/** The header a frontend forwards the user's OIDC ID token in, per provider. */
export const oidcHeaderName = (provider: string) =>
  oidcTokenHeader(provider).toLowerCase();

/**
 * `authProvider: oidc`: every call carries the signed-in user's ID token for
 * the cluster's `oidcTokenProvider`, so Kubernetes RBAC decides per user.
 * Never falls back to another credential.
 */
export class OidcStrategy implements AuthenticationStrategy {
  async getCredential(
    cluster: ClusterDetails,
    auth: KubernetesRequestAuth,
  ): Promise<KubernetesCredential> {
    const provider =
      cluster.authMetadata[ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER];
    const tokens = (auth.oidc ?? {}) as Record<string, unknown>;
    // Header names arrive lower-cased, so providers match case-insensitively.
    const key = Object.keys(tokens).find(
      k => k.toLowerCase() === provider.toLowerCase(),
    );
    const token = key ? tokens[key] : undefined;
    if (typeof token !== 'string' || token === '') {
      throw new AuthenticationError(
        `Missing OIDC ID token for provider '${provider}': sign in with '${provider}' and send the token in the ${oidcHeaderName(
          provider,
        )} header`,
      );
    }
    return { type: 'bearer token', token };
  }

  validateCluster(authMetadata: AuthMetadata): Error[] {
    return authMetadata[ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER]
      ? []
      : [
          new Error(
            `Cluster with authProvider 'oidc' must set oidcTokenProvider`,
          ),
        ];
  }

  presentAuthMetadata(authMetadata: AuthMetadata): AuthMetadata {
    return {
      [ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER]:
        authMetadata[ANNOTATION_KUBERNETES_OIDC_TOKEN_PROVIDER],
    };
  }
}
