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
import { NotImplementedError } from '@backstage/errors';
import type { ResourceEvent, ResourceRef } from '@syntasso/plugin-ske-common';
import type {
  KratixPlatform,
  PlatformRequestContext,
} from '../platform/KratixPlatform';
import type { ResourceService } from './ResourceService';

/** The object without `metadata.managedFields` (server-side apply bookkeeping, noise to a reader). */
function withoutManagedFields(
  manifest: Record<string, unknown>,
): Record<string, unknown> {
  const metadata = manifest.metadata as Record<string, unknown> | undefined;
  if (!metadata || !('managedFields' in metadata)) {
    return manifest;
  }
  const { managedFields: _dropped, ...rest } = metadata;
  return { ...manifest, metadata: rest };
}

/**
 * Day-two views of one resource request: what the platform holds, and more
 * to come. Every call first asks the ResourceScope gate (through
 * ResourceService), then the platform with the caller's credentials.
 */
export class ResourceInsights {
  constructor(
    private readonly platform: KratixPlatform,
    private readonly resources: ResourceService,
  ) {}

  /** The request as the platform holds it, `managedFields` removed. */
  async manifest(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<Record<string, unknown>> {
    await this.resources.requireOffered(ref, ctx);
    return withoutManagedFields(
      await this.platform.getResourceManifest(ref, ctx),
    );
  }

  /** Events of the request and of its Works, newest first. */
  async events(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<ResourceEvent[]> {
    await this.resources.requireOffered(ref, ctx);
    if (!this.platform.listResourceEvents) {
      throw needsLivePlatform('Events');
    }
    const events = await this.platform.listResourceEvents(ref, ctx);
    return [...events].sort((a, b) =>
      (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
    );
  }
}

/** What a view that only a live platform can answer says in GitOps mode. */
function needsLivePlatform(what: string) {
  return new NotImplementedError(
    `${what} need a live Kratix platform: this backend reads a GitOps repository, which holds only the requests' files`,
  );
}
