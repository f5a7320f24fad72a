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
