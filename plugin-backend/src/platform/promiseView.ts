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

import {
  JsonSchema,
  PromiseDetails,
  PromiseSummary,
  readKratixStatus,
} from '@syntasso/plugin-ske-common';

/** The parts of a Kratix Promise object the plugin reads. */
export interface KratixPromiseObject {
  metadata: { name: string; labels?: Record<string, string> };
  spec?: {
    api?: {
      spec?: {
        group?: string;
        scope?: string;
        names?: { kind?: string; plural?: string };
        versions?: {
          name: string;
          served?: boolean;
          storage?: boolean;
          schema?: { openAPIV3Schema?: JsonSchema };
        }[];
      };
    };
  };
  status?: unknown;
}

function storageVersion(promise: KratixPromiseObject) {
  const versions = promise.spec?.api?.spec?.versions ?? [];
  return versions.find(v => v.storage) ?? versions[0];
}

/** A Promise object as the plugin lists it. */
export function toPromiseSummary(promise: KratixPromiseObject): PromiseSummary {
  const api = promise.spec?.api?.spec;
  const scope = api?.scope === 'Cluster' ? 'Cluster' : 'Namespaced';
  return {
    name: promise.metadata.name,
    kind: api?.names?.kind,
    group: api?.group,
    version: storageVersion(promise)?.name,
    plural: api?.names?.plural,
    scope: api ? scope : undefined,
    promiseVersion: promise.metadata.labels?.['kratix.io/promise-version'],
    status: readKratixStatus(promise.status),
  };
}

/** A Promise object with its resource schema. */
export function toPromiseDetails(promise: KratixPromiseObject): PromiseDetails {
  return {
    ...toPromiseSummary(promise),
    schema: storageVersion(promise)?.schema?.openAPIV3Schema,
  };
}
