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

import { isError, NotAllowedError, NotFoundError } from '@backstage/errors';
import type { PromiseSummary, ResourceRef } from '@syntasso/plugin-ske-common';
import type {
  KratixPlatform,
  PlatformRequestContext,
} from '../platform/KratixPlatform';
import { PlatformCredentials } from '../platform/PlatformCredentials';

const DEFAULT_TTL_MS = 15_000;
/** A miss re-reads the Promises at most this often, so unknown kinds cannot flood the platform. */
const MIN_RECHECK_MS = 1_000;

/** An API a Promise offers: the coordinates a resource request must match. */
export interface OfferedApi {
  promiseName: string;
  group: string;
  version?: string;
  kind: string;
  scope?: 'Namespaced' | 'Cluster';
}

/**
 * More offered APIs beyond the platform's own Promises (GitOps mode: the
 * Promise entities of the catalog). Called with no user: it uses its own
 * credentials.
 */
export type OfferedApiSource = () => Promise<OfferedApi[]>;

/** API groups that never hold a Promise's API: Kratix's own and Kubernetes' built-in ones. */
function isReservedGroup(group: string): boolean {
  return (
    group === '' ||
    group === 'platform.kratix.io' ||
    group === 'k8s.io' ||
    group.endsWith('.k8s.io') ||
    !group.includes('.')
  );
}

const offeredBy = (p: PromiseSummary): OfferedApi[] =>
  p.group && p.kind
    ? [
        {
          promiseName: p.name,
          group: p.group,
          version: p.version,
          kind: p.kind,
          scope: p.scope,
        },
      ]
    : [];

function splitApiVersion(apiVersion: string) {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : {
        group: apiVersion.slice(0, slash),
        version: apiVersion.slice(slash + 1),
      };
}

/**
 * THE gate: decides whether a resource route or action may touch `<group,
 * version, kind>` at all. It may when a Promise offers exactly that API right
 * now (its group and kind, its version, namespaced as its CRD says); anything
 * else — Promises themselves, Kubernetes' own kinds, another custom kind,
 * even one in a Promise's group — is a 404 that says nothing about whether
 * the object exists. Every resource read, list, create, update and delete
 * (HTTP routes, SKE-compatible routes, actions) asks it before the platform.
 *
 * Promises are listed with the backend's service credential when the
 * platform has one (cached for `ttlMs`, re-read once when a kind is not
 * found), else with the caller's credential (not cached).
 */
export class ResourceScope {
  private cached?: { offers: Promise<OfferedApi[]>; loadedAt: number };

  constructor(
    private readonly platform: KratixPlatform,
    private readonly options: {
      extraOffers?: OfferedApiSource;
      ttlMs?: number;
      now?: () => number;
    } = {},
  ) {}

  /** The API `ref` belongs to, when a Promise offers it; else NotFoundError. */
  async require(
    ref: Pick<ResourceRef, 'apiVersion' | 'kind'> & { namespace?: string },
    ctx: PlatformRequestContext,
  ): Promise<OfferedApi> {
    const { group, version } = splitApiVersion(ref.apiVersion);
    const notOffered = () =>
      new NotFoundError(
        `No Promise offers kind '${ref.kind}' in API '${ref.apiVersion}'`,
      );
    if (isReservedGroup(group)) {
      throw notOffered();
    }
    const matches = (offer: OfferedApi) =>
      offer.group === group &&
      offer.kind === ref.kind &&
      (offer.version === undefined || offer.version === version) &&
      (offer.scope === 'Cluster') === (ref.namespace === undefined);
    let found = (await this.offers(ctx, false)).find(matches);
    if (!found && this.usesServiceCredentials()) {
      // A Promise installed since the cache was filled.
      found = (await this.offers(ctx, true)).find(matches);
    }
    if (!found) {
      throw notOffered();
    }
    return found;
  }

  /** The API the Promise named `promiseName` offers right now; else NotFoundError. */
  async requirePromise(
    promiseName: string,
    ctx: PlatformRequestContext,
  ): Promise<OfferedApi> {
    const named = (offer: OfferedApi) =>
      offer.promiseName === promiseName && !isReservedGroup(offer.group);
    let found = (await this.offers(ctx, false)).find(named);
    if (!found && this.usesServiceCredentials()) {
      found = (await this.offers(ctx, true)).find(named);
    }
    if (!found) {
      throw new NotFoundError(
        `No Promise '${promiseName}' offers a resource API`,
      );
    }
    return found;
  }

  /**
   * For listing a Promise's resources: the Promise was read from the platform
   * by name, so its API is offered, unless it names a reserved group.
   */
  requireListable(promise: PromiseSummary): void {
    if (promise.group && isReservedGroup(promise.group)) {
      throw new NotFoundError(
        `Promise '${promise.name}' offers no resource API`,
      );
    }
  }

  private usesServiceCredentials() {
    return this.platform.hasServiceCredentials();
  }

  /** What is offered now; `fresh` re-reads unless the cache was just filled. */
  private async offers(
    ctx: PlatformRequestContext,
    fresh: boolean,
  ): Promise<OfferedApi[]> {
    if (!this.usesServiceCredentials()) {
      return this.load(ctx);
    }
    const now = (this.options.now ?? Date.now)();
    const ttl = this.options.ttlMs ?? DEFAULT_TTL_MS;
    const age = this.cached ? now - this.cached.loadedAt : Infinity;
    const stale = age >= ttl || (fresh && age >= MIN_RECHECK_MS);
    if (!this.cached || stale) {
      const offers = this.load({
        ...ctx,
        credentials: PlatformCredentials.service(),
      });
      this.cached = { offers, loadedAt: now };
      offers.catch(() => {
        if (this.cached?.offers === offers) this.cached = undefined;
      });
    }
    return this.cached.offers;
  }

  private async load(ctx: PlatformRequestContext): Promise<OfferedApi[]> {
    const [promises, extra] = await Promise.all([
      this.platform.listPromises(ctx).catch(error => {
        throw explainPromiseListing(error);
      }),
      this.options.extraOffers?.() ?? [],
    ]);
    return [...promises.flatMap(offeredBy), ...extra];
  }
}

/** A caller who may not list Promises learns what is missing. */
function explainPromiseListing(error: unknown): unknown {
  if (isError(error) && error.name === NotAllowedError.name) {
    return new NotAllowedError(
      `Reaching Kratix resources requires permission to list Promises (platform.kratix.io/v1alpha1 promises, verb 'list') on the platform: ${error.message}`,
    );
  }
  return error;
}
