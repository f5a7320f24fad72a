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
import type {
  FieldError,
  PromiseDetails,
  ResourceEvent,
  ResourceDetails,
  ResourceRef,
  UpdateResourceRequest,
} from '@syntasso/plugin-ske-common';
import type { SkeApi } from '../api';

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

  async listResources(promiseName: string) {
    await this.record('listResources', [promiseName]);
    return {
      items: [...this.resources.values()].filter(
        r => r.promiseName === promiseName,
      ),
    };
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
