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

import { NotFoundError } from '@backstage/errors';
import type { CustomObjectsApi } from '@kubernetes/client-node';

const DEFAULT_TTL_MS = 5 * 60_000;

interface Discovered {
  /** kind (as served, and lower-cased) → plural resource name */
  plurals: Map<string, string>;
  expiresAt: number;
}

/**
 * Maps a kind to its resource (plural) name through API discovery, like
 * kubectl's discovery cache: one discovery call per group/version every few
 * minutes instead of one per request. Discovery data is the same for every
 * caller, so it is shared; the calls themselves still use each caller's
 * credential.
 */
export class KindResolver {
  private readonly cache = new Map<string, Discovered>();

  constructor(
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async plural(
    api: CustomObjectsApi,
    apiVersion: string,
    kind: string,
  ): Promise<string> {
    const cached = this.cache.get(apiVersion);
    const fresh = cached && cached.expiresAt > this.now();
    const hit = fresh ? this.lookup(cached, kind) : undefined;
    if (hit) return hit;
    // Unknown or stale: discover again (a new Promise may have added the kind).
    const discovered = await this.discover(api, apiVersion);
    const plural = this.lookup(discovered, kind);
    if (!plural) {
      throw new NotFoundError(
        `the server has no kind '${kind}' in ${apiVersion}`,
      );
    }
    return plural;
  }

  private lookup(discovered: Discovered, kind: string) {
    return (
      discovered.plurals.get(kind) ?? discovered.plurals.get(kind.toLowerCase())
    );
  }

  private async discover(api: CustomObjectsApi, apiVersion: string) {
    const [group, version] = apiVersion.split('/');
    const list = await api.getAPIResources({ group, version });
    const plurals = new Map<string, string>();
    for (const resource of list.resources ?? []) {
      if (resource.name.includes('/')) continue; // subresources such as status
      plurals.set(resource.kind, resource.name);
      plurals.set(resource.kind.toLowerCase(), resource.name);
    }
    const discovered = { plurals, expiresAt: this.now() + this.ttlMs };
    this.cache.set(apiVersion, discovered);
    return discovered;
  }
}
