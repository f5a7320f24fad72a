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

import { ResponseError } from '@backstage/errors';
import {
  FieldError,
  PlatformAuthInfo,
  PromiseDetails,
  ResourceEvent,
  ResourceDetails,
  ResourceManifest,
  ResourceRef,
  summariseStatus,
  UpdateResourceRequest,
} from '@syntasso/plugin-ske-common';
import type { ListResourcesOptions, SkeApi } from '../api';

/** A ResponseError as SkeClient throws it for a backend error body. */
export function backendError(
  statusCode: number,
  name: string,
  message: string,
  fieldErrors?: FieldError[],
): Promise<ResponseError> {
  const body = {
    error: { name, message },
    request: { method: 'GET', url: '/api/ske' },
    response: { statusCode },
    ...(fieldErrors ? { fieldErrors } : {}),
  };
  return ResponseError.fromResponse({
    ok: false,
    status: statusCode,
    statusText: name,
    headers: { get: () => 'application/json' } as unknown as Headers,
    redirected: false,
    type: 'basic',
    url: 'http://localhost/api/ske',
    text: async () => JSON.stringify(body),
  });
}

const keyOf = (ref: ResourceRef) =>
  `${ref.apiVersion}/${ref.kind}/${ref.namespace}/${ref.name}`;

/**
 * An in-memory SkeApi for component tests: serves the Promises and resources
 * it is given, records every call, and fails calls on demand.
 */
export class FakeSkeApi implements SkeApi {
  readonly calls: { method: keyof SkeApi; args: unknown[] }[] = [];
  private readonly failures = new Map<keyof SkeApi, () => Promise<Error>>();
  private readonly resources = new Map<string, ResourceDetails>();
  /** What `listResourceEvents` answers, for any resource. */
  events: ResourceEvent[] = [];

  constructor(
    private readonly promises: PromiseDetails[] = [],
    resources: ResourceDetails[] = [],
  ) {
    resources.forEach(r => this.put(r));
  }

  /** Replaces (or adds) a resource, as the platform does when it reconciles. */
  put(resource: ResourceDetails) {
    this.resources.set(keyOf(resource), resource);
  }

  /** Makes every later call of `method` fail with this error. */
  failWith(method: keyof SkeApi, error: () => Promise<Error> | Error) {
    this.failures.set(method, async () => error());
  }

  private async record(method: keyof SkeApi, args: unknown[]) {
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure) throw await failure();
  }

  async listPromises() {
    await this.record('listPromises', []);
    return { items: this.promises };
  }

  async getPromise(name: string) {
    await this.record('getPromise', [name]);
    const promise = this.promises.find(p => p.name === name);
    if (!promise)
      throw await backendError(
        404,
        'NotFoundError',
        `Promise ${name} not found`,
      );
    return promise;
  }

  /** Pages by position: `continueToken` is the index of the next item. */
  async listResources(promiseName: string, options: ListResourcesOptions = {}) {
    await this.record('listResources', [promiseName, options]);
    const all = this.of(promiseName, options.namespace);
    const from = Number(options.continueToken ?? 0);
    const to = options.limit ? from + options.limit : all.length;
    return {
      items: all.slice(from, to),
      continueToken: to < all.length ? String(to) : undefined,
    };
  }

  async countResources(
    promiseName: string,
    options: { namespace?: string } = {},
  ) {
    await this.record('countResources', [promiseName, options]);
    const counts = { ok: 0, failed: 0, pending: 0, unknown: 0 };
    const all = this.of(promiseName, options.namespace);
    all.forEach(r => (counts[summariseStatus(r.status).tone] += 1));
    return { counts, total: all.length, limit: 1000, atLimit: false };
  }

  async createResource(
    manifest: ResourceManifest,
    options: { dryRun?: boolean } = {},
  ) {
    await this.record('createResource', [manifest, options]);
    const created: ResourceDetails = {
      apiVersion: manifest.apiVersion,
      kind: manifest.kind,
      name: manifest.metadata.name,
      namespace: manifest.metadata.namespace,
      promiseName: this.promises.find(p => p.kind === manifest.kind)?.name,
      resourceVersion: '1',
      generation: 1,
      labels: {},
      spec: manifest.spec,
      status: { conditions: [], pipelines: [], extra: {} },
    };
    if (!options.dryRun) this.put(created);
    return created;
  }

  platformAuth: PlatformAuthInfo = { authProvider: 'serviceAccount' };

  async getPlatformAuth() {
    await this.record('getPlatformAuth', []);
    return this.platformAuth;
  }

  private of(promiseName: string, namespace?: string) {
    return [...this.resources.values()].filter(
      r =>
        r.promiseName === promiseName &&
        (!namespace || r.namespace === namespace),
    );
  }

  async getResource(ref: ResourceRef) {
    await this.record('getResource', [ref]);
    const resource = this.resources.get(keyOf(ref));
    if (!resource)
      throw await backendError(
        404,
        'NotFoundError',
        `${ref.kind} ${ref.name} not found`,
      );
    return resource;
  }

  async updateResource(ref: ResourceRef, request: UpdateResourceRequest) {
    await this.record('updateResource', [ref, request]);
    const current = await this.getResource(ref);
    const next = {
      ...current,
      spec: request.spec,
      generation: (current.generation ?? 1) + 1,
      resourceVersion: String(Number(current.resourceVersion) + 1),
    };
    this.resources.set(keyOf(ref), next);
    return next;
  }

  async deleteResource(ref: ResourceRef) {
    await this.record('deleteResource', [ref]);
    this.resources.delete(keyOf(ref));
  }

  async getResourceManifest(ref: ResourceRef) {
    await this.record('getResourceManifest', [ref]);
    const resource = this.resources.get(keyOf(ref));
    if (!resource)
      throw await backendError(404, 'NotFoundError', `${ref.name} not found`);
    const { status, spec, labels, finalizers, deletionTimestamp } = resource;
    const manifest = {
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      metadata: {
        name: ref.name,
        namespace: ref.namespace,
        labels,
        finalizers,
        deletionTimestamp,
      },
      spec,
      status: { ...status.extra, message: status.message },
    };
    return { manifest: JSON.parse(JSON.stringify(manifest)) };
  }

  async listResourceEvents(ref: ResourceRef) {
    await this.record('listResourceEvents', [ref]);
    return { items: this.events };
  }
}
