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

import type { JsonSchema } from '@syntasso/plugin-ske-common';

/** Kubernetes object metadata as the catalog reads it. */
export interface ObjectMetadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** A Kratix Promise object, as the platform or the repository holds it. */
export interface PromiseObject {
  metadata: ObjectMetadata;
  spec?: {
    api?: {
      spec?: {
        group?: string;
        names?: { kind?: string };
        versions?: {
          name: string;
          storage?: boolean;
          schema?: { openAPIV3Schema?: JsonSchema };
        }[];
      };
    };
  };
  status?: unknown;
}

/** A resource request object. */
export interface RequestObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMetadata & { namespace: string };
  status?: unknown;
}

/** The resource API a Promise offers, if it has one. */
export interface PromiseApi {
  group: string;
  version: string;
  kind: string;
  schema?: JsonSchema;
}

/** The API of `promise` (storage version, else the first), or undefined. */
export function promiseApi(promise: PromiseObject): PromiseApi | undefined {
  const api = promise.spec?.api?.spec;
  const versions = api?.versions ?? [];
  const version = versions.find(v => v.storage) ?? versions[0];
  if (!api?.group || !api.names?.kind || !version) return undefined;
  return {
    group: api.group,
    version: version.name,
    kind: api.names.kind,
    schema: version.schema?.openAPIV3Schema,
  };
}
