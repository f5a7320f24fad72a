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

import type { KubernetesObject } from '@kubernetes/client-node';
import { readKratixStatus, ResourceDetails } from '@syntasso/plugin-ske-common';

/** A resource request object as read from the platform. */
export type ResourceObject = KubernetesObject & {
  spec?: Record<string, unknown>;
  status?: unknown;
};

/** The label Kratix puts on every resource request. */
const PROMISE_NAME_LABEL = 'kratix.io/promise-name';

/** A resource request object as the plugin returns it. */
export function toResourceDetails(obj: ResourceObject): ResourceDetails {
  const metadata = obj.metadata ?? {};
  return {
    apiVersion: obj.apiVersion ?? '',
    kind: obj.kind ?? '',
    name: metadata.name ?? '',
    namespace: metadata.namespace ?? '',
    promiseName: metadata.labels?.[PROMISE_NAME_LABEL],
    resourceVersion: metadata.resourceVersion ?? '',
    generation: metadata.generation,
    creationTimestamp: metadata.creationTimestamp
      ? new Date(metadata.creationTimestamp).toISOString()
      : undefined,
    deletionTimestamp: metadata.deletionTimestamp
      ? new Date(metadata.deletionTimestamp).toISOString()
      : undefined,
    finalizers: metadata.finalizers?.length ? metadata.finalizers : undefined,
    labels: metadata.labels ?? {},
    spec: obj.spec ?? {},
    status: readKratixStatus(obj.status),
  };
}
