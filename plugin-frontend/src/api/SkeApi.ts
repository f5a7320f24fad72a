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

import { createApiRef } from '@backstage/frontend-plugin-api';
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

/** Which of a Promise's requests to list: a namespace, a page size, the next page's token. @public */
export interface ListResourcesOptions {
  namespace?: string;
  limit?: number;
  continueToken?: string;
}

/**
 * The SKE backend as the frontend sees it. The frontend never knows the
 * platform mode; the backend decides. Failures are `ResponseError`s; see
 * `describeSkeError`.
 *
 * @public
 */
export interface SkeApi {
  listPromises(): Promise<ListResult<PromiseSummary>>;
  getPromise(name: string): Promise<PromiseDetails>;
  listResources(
    promiseName: string,
    options?: ListResourcesOptions,
  ): Promise<ResourceList>;
  /** A Promise's requests counted by status tone, by the backend (bounded). */
  countResources(
    promiseName: string,
    options?: { namespace?: string },
  ): Promise<ResourceStatusCounts>;
  /** Creates a request as the signed-in user; `dryRun` checks it on the platform, writing nothing. */
  createResource(
    manifest: ResourceManifest,
    options?: { dryRun?: boolean },
  ): Promise<ResourceDetails>;
  /** Which auth provider the platform cluster needs from the browser. */
  getPlatformAuth(): Promise<PlatformAuthInfo>;
  getResource(ref: ResourceRef): Promise<ResourceDetails>;
  updateResource(
    ref: ResourceRef,
    request: UpdateResourceRequest,
  ): Promise<ResourceDetails>;
  deleteResource(ref: ResourceRef): Promise<void>;
  /** The request as the platform holds it (`managedFields` removed), unmasked. */
  getResourceManifest(ref: ResourceRef): Promise<ResourceManifestResponse>;
  /** Events of the request and of the Works Kratix made for it, newest first (live platforms only). */
  listResourceEvents(ref: ResourceRef): Promise<ResourceEventList>;
}

/** @public */
export const skeApiRef = createApiRef<SkeApi>().with({
  id: 'plugin.ske.api',
  pluginId: 'ske',
});
