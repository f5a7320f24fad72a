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

import { CustomErrorBase, InputError, NotFoundError } from '@backstage/errors';
import {
  CoreV1Api,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import type {
  PromiseDetails,
  PromiseSummary,
  ResourceDetails,
  ResourceEvent,
  ResourceList,
  ResourceManifest,
  ResourceRef,
} from '@syntasso/plugin-ske-common';
import type {
  KratixPlatform,
  ListResourcesOptions,
  ManifestPage,
  PlatformRequestContext,
  ResourceSpecUpdate,
} from '../KratixPlatform';
import {
  KratixPromiseObject,
  toPromiseDetails,
  toPromiseSummary,
} from '../promiseView';
import { ResourceObject, toResourceDetails } from '../resourceView';
import { mergePatchBetween } from '../specMergePatch';
import { withTimeout } from '../withTimeout';
import { KindResolver } from './KindResolver';
import type { KubeClientProvider } from './KubeClientProvider';
import { mapKubernetesError } from './mapKubernetesError';
import { EVENT_LIST_LIMIT, eventsAbout, workNamesOf } from './resourceEvents';

const PROMISES = {
  group: 'platform.kratix.io',
  version: 'v1alpha1',
  plural: 'promises',
};
const DEFAULT_TIMEOUT_MS = 30_000;

const FIELD_MANAGER = 'backstage-ske';
const dryRunOf = (options?: { dryRun?: boolean }) =>
  options?.dryRun ? 'All' : undefined;

/** Kubernetes mode: reads and writes the Kratix platform cluster's API. */
export class KubernetesKratixPlatform implements KratixPlatform {
  private readonly kinds = new KindResolver();

  constructor(
    private readonly clients: KubeClientProvider,
    private readonly timeoutMs: number = DEFAULT_TIMEOUT_MS,
  ) {}

  hasServiceCredentials(): boolean {
    return this.clients.hasServiceCredentials();
  }

  authInfo() {
    return this.clients.authInfo();
  }

  /** The client for this request and the route of `ref`'s object (kind resolved by discovery). */
  private async route(ref: ResourceRef, ctx: PlatformRequestContext) {
    const api = await this.clients.customObjects(ctx.credentials);
    const [group, version] = ref.apiVersion.split('/');
    const plural = await this.kinds.plural(api, ref.apiVersion, ref.kind);
    return {
      api,
      route: { group, version, plural, namespace: ref.namespace },
    };
  }

  /** Runs one cluster call with a timeout, mapping failures to @backstage/errors. */
  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(
        fn,
        this.timeoutMs,
        `Kratix platform did not answer within ${this.timeoutMs} ms while trying to ${action}`,
      );
    } catch (error) {
      if (error instanceof NotFoundError) {
        // A kind that discovery does not know.
        throw new NotFoundError(
          `Kubernetes refused to ${action}: ${error.message}`,
        );
      }
      // Our own errors (a missing user token, a timeout) are already clear.
      throw error instanceof CustomErrorBase
        ? error
        : mapKubernetesError(error, action);
    }
  }

  async listPromiseManifests(
    ctx: PlatformRequestContext,
  ): Promise<Record<string, unknown>[]> {
    const api = await this.clients.customObjects(ctx.credentials);
    const list = await this.call('list Promises', () =>
      api.listClusterCustomObject(PROMISES),
    );
    return list.items as Record<string, unknown>[];
  }

  async listPromises(ctx: PlatformRequestContext): Promise<PromiseSummary[]> {
    const items = await this.listPromiseManifests(ctx);
    return (items as unknown as KratixPromiseObject[]).map(toPromiseSummary);
  }

  async getPromise(
    name: string,
    ctx: PlatformRequestContext,
  ): Promise<PromiseDetails> {
    const api = await this.clients.customObjects(ctx.credentials);
    const promise = await this.call(`get Promise '${name}'`, () =>
      api.getClusterCustomObject({ ...PROMISES, name }),
    );
    return toPromiseDetails(promise as KratixPromiseObject);
  }

  async listResourceManifests(
    promise: PromiseSummary,
    options: ListResourcesOptions,
    ctx: PlatformRequestContext,
  ): Promise<ManifestPage> {
    if (!promise.group || !promise.version || !promise.plural) {
      throw new InputError(
        `Promise '${promise.name}' has no API, so it has no resources`,
      );
    }
    const api = await this.clients.customObjects(ctx.credentials);
    const query = {
      group: promise.group,
      version: promise.version,
      plural: promise.plural,
      limit: options.limit,
      _continue: options.continueToken,
    };
    const list = await this.call(
      `list ${promise.plural}.${promise.group}`,
      () =>
        options.namespace
          ? api.listNamespacedCustomObject({
              ...query,
              namespace: options.namespace,
            })
          : api.listClusterCustomObject(query),
    );
    return {
      items: list.items as Record<string, unknown>[],
      continueToken: list.metadata?.continue || undefined,
    };
  }

  async listResources(
    promise: PromiseSummary,
    options: ListResourcesOptions,
    ctx: PlatformRequestContext,
  ): Promise<ResourceList> {
    const page = await this.listResourceManifests(promise, options, ctx);
    return {
      items: (page.items as ResourceObject[]).map(toResourceDetails),
      continueToken: page.continueToken,
    };
  }

  async getResourceManifest(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<Record<string, unknown>> {
    return this.call(
      `get ${ref.kind} '${ref.namespace}/${ref.name}'`,
      async () => {
        const { api, route } = await this.route(ref, ctx);
        return api.getNamespacedCustomObject({ ...route, name: ref.name });
      },
    );
  }

  async getResource(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<ResourceDetails> {
    return toResourceDetails(
      (await this.getResourceManifest(ref, ctx)) as ResourceObject,
    );
  }

  async createResource(
    manifest: ResourceManifest,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    const { name, namespace } = manifest.metadata;
    const ref = { ...manifest, name, namespace };
    const created = await this.call(
      `create ${manifest.kind} '${namespace}/${name}'`,
      async () => {
        const { api, route } = await this.route(ref, ctx);
        return api.createNamespacedCustomObject({
          ...route,
          body: manifest,
          dryRun: dryRunOf(options),
          fieldManager: FIELD_MANAGER,
        });
      },
    );
    return toResourceDetails(created as ResourceObject);
  }

  async updateResource(
    ref: ResourceRef,
    update: ResourceSpecUpdate,
    ctx: PlatformRequestContext,
  ) {
    const updated = await this.call(
      `update ${ref.kind} '${ref.namespace}/${ref.name}'`,
      async () => {
        const { api, route } = await this.route(ref, ctx);
        const current = (await api.getNamespacedCustomObject({
          ...route,
          name: ref.name,
        })) as ResourceObject;
        const patch = {
          metadata: { resourceVersion: update.resourceVersion },
          spec: mergePatchBetween(current.spec ?? {}, update.spec),
        };
        return api.patchNamespacedCustomObject(
          {
            ...route,
            name: ref.name,
            body: patch,
            fieldManager: FIELD_MANAGER,
          },
          setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
        );
      },
    );
    return toResourceDetails(updated as ResourceObject);
  }

  async deleteResource(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
    options?: { dryRun?: boolean },
  ) {
    await this.call(
      `delete ${ref.kind} '${ref.namespace}/${ref.name}'`,
      async () => {
        const { api, route } = await this.route(ref, ctx);
        return api.deleteNamespacedCustomObject({
          ...route,
          name: ref.name,
          dryRun: dryRunOf(options),
        });
      },
    );
  }

  async listResourceEvents(
    ref: ResourceRef,
    ctx: PlatformRequestContext,
  ): Promise<ResourceEvent[]> {
    return this.call(
      `list the events of ${ref.kind} '${ref.namespace}/${ref.name}'`,
      async () => {
        const api = await this.clients.customObjects(ctx.credentials);
        const core = await this.clients.client(CoreV1Api, ctx.credentials);
        const [works, events] = await Promise.all([
          workNamesOf(api, ref),
          core.listNamespacedEvent({
            namespace: ref.namespace,
            limit: EVENT_LIST_LIMIT,
          }),
        ]);
        return eventsAbout(events.items, ref, works);
      },
    );
  }
}
