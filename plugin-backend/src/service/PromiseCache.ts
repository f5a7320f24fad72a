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

import type { PromiseDetails } from '@syntasso/plugin-ske-common';

const DEFAULT_TTL_MS = 30_000;
const MAX_ENTRIES = 500;

/**
 * Remembers Promises for a short while, so that listing a Promise's
 * resources costs one cluster call instead of two. Only the Promise's API
 * coordinates are used from it (group, version, plural), which API discovery
 * shows every authenticated user anyway; the listing itself still goes to
 * the platform with the caller's credential.
 */
export class PromiseCache {
  private readonly entries = new Map<
    string,
    { promise: Promise<PromiseDetails>; expiresAt: number }
  >();

  constructor(
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached Promise named `name`, else what `load` returns (failures are not cached). */
  get(name: string, load: () => Promise<PromiseDetails>) {
    const cached = this.entries.get(name);
    if (cached && cached.expiresAt > this.now()) {
      return cached.promise;
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const promise = load();
    this.entries.set(name, { promise, expiresAt: this.now() + this.ttlMs });
    promise.catch(() => this.entries.delete(name));
    return promise;
  }
}
