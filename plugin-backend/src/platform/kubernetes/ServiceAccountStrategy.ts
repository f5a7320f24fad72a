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

import fs from 'node:fs/promises';
import type {
  AuthMetadata,
  AuthenticationStrategy,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';

/** The pod's projected service account token, used when none is configured. */
const IN_CLUSTER_TOKEN_PATH =
  '/var/run/secrets/kubernetes.io/serviceaccount/token';

/**
 * `authProvider: serviceAccount`: the configured `serviceAccountToken`, else
 * the pod's own token (read on every call, since projected tokens rotate).
 */
export class ServiceAccountStrategy implements AuthenticationStrategy {
  constructor(private readonly tokenPath: string = IN_CLUSTER_TOKEN_PATH) {}

  async getCredential(cluster: ClusterDetails): Promise<KubernetesCredential> {
    const configured = cluster.authMetadata.serviceAccountToken;
    if (configured) {
      return { type: 'bearer token', token: configured };
    }
    const token = (await fs.readFile(this.tokenPath, 'utf8')).trim();
    return { type: 'bearer token', token };
  }

  validateCluster(): Error[] {
    return [];
  }

  presentAuthMetadata(_authMetadata: AuthMetadata): AuthMetadata {
    return {};
  }
}
