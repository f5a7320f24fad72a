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

import { InputError } from '@backstage/errors';
import type {
  PromiseDetails,
  ResourceDetails,
  ResourceList,
  ResourceManifest,
  ResourceRef,
  UpdateResourceRequest,
} from '@syntasso/plugin-ske-common';
import type {
  KratixPlatform,
  ListResourcesOptions,
  PlatformRequestContext,
  WriteReceipt,
} from '../platform/KratixPlatform';
import { PromiseCache } from './PromiseCache';
import { ResourceScope } from './ResourceScope';
import type { SpecValidator } from './SpecValidator';

/**
 * Resource requests: asks the {@link ResourceScope} whether a Promise offers
 * the resource's API (before anything else, for every operation), checks the
 * spec against the Promise's schema and the immutable fields, then asks the
 * platform.
 */
export class ResourceService {
  private readonly promises = new PromiseCache();

  constructor(
    private readonly platform: KratixPlatform,
    private readonly validator: SpecValidator,
    private readonly scope: ResourceScope = new ResourceScope(platform),
  ) {}

  /** The Promise whose API serves this resource, with its schema (404 when none offers it). */
  async promiseFor(
    ref: Pick<ResourceRef, 'apiVersion' | 'kind' | 'namespace'>,
    ctx: PlatformRequestContext,
  ): Promise<PromiseDetails> {
    const offer = await this.scope.require(ref, ctx);
    return this.platform.getPromise(offer.promiseName, ctx);
  }

  /** The gate alone, for routes that read more about a resource than the resource itself. */
  async requireOffered(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<void> {
    await this.scope.require(ref, ctx);
  }

  async list(
    promiseName: string,
    options: ListResourcesOptions,
    ctx: PlatformRequestContext,
  ): Promise<ResourceList> {
    const promise = await this.promises.get(promiseName, () =>
      this.platform.getPromise(promiseName, ctx),
    );
    this.scope.requireListable(promise);
    return this.platform.listResources(promise, options, ctx);
  }

  async get(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<ResourceDetails> {
    await this.scope.require(ref, ctx);
    return this.platform.getResource(ref, ctx);
  }

  async getManifest(ref: ResourceRef, ctx: PlatformRequestContext) {
    await this.scope.require(ref, ctx);
    return this.platform.getResourceManifest(ref, ctx);
  }

  async create(
    manifest: ResourceManifest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    const promise = await this.promiseFor(
      { ...manifest, namespace: manifest.metadata.namespace },
      ctx,
    );
    this.validator.validate(promise, manifest.spec);
    return this.platform.createResource(manifest, ctx, options);
  }

  /** With `dryRun`, checks the change and returns the resource unchanged, writing nothing. */
  async update(
    ref: ResourceRef,
    request: UpdateResourceRequest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ): Promise<ResourceDetails & WriteReceipt> {
    for (const field of ['name', 'namespace'] as const) {
      const requested = request.metadata?.[field];
      if (requested !== undefined && requested !== ref[field]) {
        throw new InputError(
          `The ${field} of a resource request cannot be changed (from '${ref[field]}' to '${requested}')`,
        );
      }
    }
    const promise = await this.promiseFor(ref, ctx);
    this.validator.validate(promise, request.spec);
    if (options?.dryRun) {
      return this.platform.getResource(ref, ctx);
    }
    return this.platform.updateResource(
      ref,
      { spec: request.spec, resourceVersion: request.resourceVersion },
      ctx,
    );
  }

  async delete(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    await this.scope.require(ref, ctx);
    return this.platform.deleteResource(ref, ctx, options);
  }
}
