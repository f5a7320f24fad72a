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
  KratixPlatform,
  PlatformRequestContext,
} from '../platform/KratixPlatform';
import { KratixPromiseObject, toPromiseSummary } from '../platform/promiseView';
import type { PlatformInventory } from './catalogEntities';
import type { PromiseObject, RequestObject } from './platformObjects';

const isNamed = (manifest: Record<string, unknown>) => {
  const metadata = manifest.metadata as { name?: unknown } | undefined;
  return typeof metadata?.name === 'string' && metadata.name !== '';
};

/** A request the catalog can place: kind, apiVersion, name and namespace present. */
const isPlaceableRequest = (
  manifest: Record<string, unknown>,
): manifest is Record<string, unknown> & RequestObject => {
  const metadata = manifest.metadata as { namespace?: unknown } | undefined;
  return (
    isNamed(manifest) &&
    typeof manifest.kind === 'string' &&
    typeof manifest.apiVersion === 'string' &&
    typeof metadata?.namespace === 'string' &&
    metadata.namespace !== ''
  );
};

/**
 * Everything ingestion needs from the platform, as the backend itself: every
 * Promise in one listing, then every request of each Promise with an API,
 * page by page (`pageSize` per call). Any failure fails the whole read, so a
 * platform outage never empties the catalog.
 */
export async function readInventory(
  platform: KratixPlatform,
  ctx: PlatformRequestContext,
  pageSize: number,
): Promise<PlatformInventory> {
  const manifests = (await platform.listPromiseManifests(ctx)).filter(isNamed);
  const promises = await Promise.all(
    manifests.map(async manifest => {
      const promise = manifest as unknown as PromiseObject;
      const summary = toPromiseSummary(
        manifest as unknown as KratixPromiseObject,
      );
      const requests: RequestObject[] = [];
      if (summary.group && summary.version && summary.plural) {
        let continueToken: string | undefined;
        do {
          const page = await platform.listResourceManifests(
            summary,
            { limit: pageSize, continueToken },
            ctx,
          );
          requests.push(...page.items.filter(isPlaceableRequest));
          continueToken = page.continueToken;
        } while (continueToken);
      }
      return { promise, requests };
    }),
  );
  return { promises };
}
