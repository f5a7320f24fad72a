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

import type {
  DiscoveryApi,
  FetchApi,
  OpenIdConnectApi,
} from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ListResult,
  PlatformAuthInfo,
  PromiseDetails,
  PromiseSummary,
  ResourceDetails,
  ResourceList,
  ResourceEventList,
  ResourceManifestResponse,
  ResourceManifest,
  ResourceRef,
  ResourceStatusCounts,
  UpdateResourceRequest,
} from '@syntasso/plugin-ske-common';
import type { ListResourcesOptions, SkeApi } from './SkeApi';
import { oidcTokenHeader } from '@syntasso/plugin-ske-common';

function resourcePath({ apiVersion, kind, namespace, name }: ResourceRef) {
  const [group, version] = apiVersion.split('/');
  return `/resources/${[group, version, kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** `?a=1&b=x` of the set values, or nothing. */
function queryOf(
  params: Record<string, string | number | boolean | undefined>,
) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) {
      query.set(key, String(value));
    }
  }
  return query.size ? `?${query}` : '';
}

/**
 * The signed-in user's OIDC ID token source for clusters with
 * `authProvider: oidc`: `provider` is the cluster's `oidcTokenProvider`.
 *
 * @public
 */
export interface SkeOidcTokenSource {
  provider: string;
  authApi: OpenIdConnectApi;
}

/** The header the backend reads the user's ID token for `provider` from (owned by plugin-common). @public */
export { oidcTokenHeader };

/**
 * Talks to `/api/ske` with the user's Backstage token (through FetchApi) and,
 * when `oidc` is given, the user's ID token in its own header (never in
 * `Authorization`). @public
 */
export class SkeClient implements SkeApi {
  constructor(
    private readonly deps: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
      oidc?: SkeOidcTokenSource;
    },
  ) {}

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('ske');
    const headers = new Headers(init?.headers);
    const { oidc } = this.deps;
    if (oidc) {
      headers.set(
        oidcTokenHeader(oidc.provider),
        await oidc.authApi.getIdToken(),
      );
    }
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`, {
      ...init,
      headers,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    return (await (await this.request(path, init)).json()) as T;
  }

  listPromises(): Promise<ListResult<PromiseSummary>> {
    return this.json('/promises');
  }

  getPromise(name: string): Promise<PromiseDetails> {
    return this.json(`/promises/${encodeURIComponent(name)}`);
  }

  listResources(
    promiseName: string,
    options: ListResourcesOptions = {},
  ): Promise<ResourceList> {
    const { continueToken, ...rest } = options;
    return this.json(
      `/promises/${encodeURIComponent(promiseName)}/resources${queryOf({
        ...rest,
        continue: continueToken,
      })}`,
    );
  }

  countResources(
    promiseName: string,
    options: { namespace?: string } = {},
  ): Promise<ResourceStatusCounts> {
    return this.json(
      `/promises/${encodeURIComponent(promiseName)}/resources/summary${queryOf(
        options,
      )}`,
    );
  }

  createResource(
    manifest: ResourceManifest,
    options: { dryRun?: boolean } = {},
  ): Promise<ResourceDetails> {
    return this.json(`/resources${queryOf({ dryRun: options.dryRun })}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(manifest),
    });
  }

  getPlatformAuth(): Promise<PlatformAuthInfo> {
    return this.json('/platform/auth');
  }

  getResource(ref: ResourceRef): Promise<ResourceDetails> {
    return this.json(resourcePath(ref));
  }

  updateResource(
    ref: ResourceRef,
    request: UpdateResourceRequest,
  ): Promise<ResourceDetails> {
    return this.json(resourcePath(ref), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  async deleteResource(ref: ResourceRef): Promise<void> {
    await this.request(resourcePath(ref), { method: 'DELETE' });
  }

  getResourceManifest(ref: ResourceRef): Promise<ResourceManifestResponse> {
    return this.json(`${resourcePath(ref)}/manifest`);
  }

  listResourceEvents(ref: ResourceRef): Promise<ResourceEventList> {
    return this.json(`${resourcePath(ref)}/events`);
  }
}
