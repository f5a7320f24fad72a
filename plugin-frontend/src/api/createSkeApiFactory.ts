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

import { coreApis, createApiFactory } from '@backstage/frontend-plugin-api';
import { skeApiRef } from './SkeApi';
import { SkeClient } from './SkeClient';
import { oidcAuthApiRefFor } from './oidcAuthApis';

/** The `api:ske` extension's config. @public */
export interface SkeApiConfig {
  /** The cluster's `oidcTokenProvider`; unset: no ID token is sent. */
  oidcProvider?: string;
  /** The ID of the auth API that issues its ID token, when not the default. */
  oidcAuthApiId?: string;
}

/**
 * The SKE API factory for a config: with `oidcProvider`, the client also
 * depends on that provider's auth API and forwards the user's ID token.
 */
export function createSkeApiFactory({
  oidcProvider,
  oidcAuthApiId,
}: SkeApiConfig) {
  const deps = { discoveryApi: coreApis.discovery, fetchApi: coreApis.fetch };
  if (!oidcProvider) {
    return createApiFactory({
      api: skeApiRef,
      deps,
      factory: apis => new SkeClient(apis),
    });
  }
  return createApiFactory({
    api: skeApiRef,
    deps: {
      ...deps,
      oidcAuthApi: oidcAuthApiRefFor(oidcProvider, oidcAuthApiId),
    },
    factory: ({ discoveryApi, fetchApi, oidcAuthApi }) =>
      new SkeClient({
        discoveryApi,
        fetchApi,
        oidc: { provider: oidcProvider, authApi: oidcAuthApi },
      }),
  });
}
