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
import type { PlatformRequestContext } from '../platform/KratixPlatform';
import { PlatformCredentials } from '../platform/PlatformCredentials';
import { readClusterDetails } from '../platform/kubernetes/readClusterDetails';

/** The config key of the ingestion credential for OIDC platform clusters. */
const SERVICE_TOKEN_KEY = 'ske.catalog.serviceAccountToken';

/** The actor ingestion reads as, for the record. */
const CATALOG_ACTOR = 'plugin:catalog/ske-entities';

/**
 * How ingestion reaches the platform as the backend itself, or why it
 * cannot: GitOps mode and service-account clusters need nothing more; an
 * `authProvider: oidc` cluster needs `ske.catalog.serviceAccountToken`,
 * which the platform's service credential then uses.
 */
export function serviceContext(
  config: Config,
): { ok: true; ctx: PlatformRequestContext } | { ok: false; reason: string } {
  const plain = {
    ok: true as const,
    ctx: { credentials: PlatformCredentials.service(), actor: CATALOG_ACTOR },
  };
  if ((config.getOptionalString('ske.mode') ?? 'kubernetes') !== 'kubernetes') {
    return plain;
  }
  const cluster = readClusterDetails(config);
  if (cluster?.authMetadata['kubernetes.io/auth-provider'] !== 'oidc') {
    return plain;
  }
  const token = config.getOptionalString(SERVICE_TOKEN_KEY);
  if (!token) {
    return {
      ok: false,
      reason: `SKE catalog ingestion is off: the platform cluster '${cluster.name}' uses authProvider 'oidc', so ingestion needs a service account token of its own; set ${SERVICE_TOKEN_KEY} (or ske.catalog.enabled: false to silence this warning)`,
    };
  }
  return plain;
}
