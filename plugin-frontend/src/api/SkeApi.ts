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
  PromiseDetails,
  PromiseSummary,
  ResourceDetails,
  ResourceList,
  ResourceEventList,
  ResourceManifestResponse,
  ResourceRef,
  UpdateResourceRequest,
} from '@syntasso/plugin-ske-common';

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
    options?: { namespace?: string; limit?: number },
  ): Promise<ResourceList>;
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
