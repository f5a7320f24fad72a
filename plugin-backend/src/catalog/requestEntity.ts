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

import type { Entity } from '@backstage/catalog-model';
import { KRATIX_ANNOTATIONS } from '@syntasso/plugin-ske-common';
import type { CatalogSettings } from './CatalogSettings';
import type { PromiseObject, RequestObject } from './platformObjects';
import {
  locationAnnotations,
  promiseComponentRef,
  promiseTemplateRef,
  statusAnnotation,
  summaryAnnotation,
} from './promiseEntities';
import { requestEntityPlace } from './requestEntityRef';
import { requestOwner } from './requestOwner';

const groupAndVersion = (apiVersion: string) => {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : {
        group: apiVersion.slice(0, slash),
        version: apiVersion.slice(slash + 1),
      };
};

/**
 * One Component for a resource request: named `<kind>-<name>` in the catalog
 * namespace equal to its platform namespace (or in one configured
 * namespace), with the annotations that identify the request, its status,
 * and a dependency on its Promise's Component. `forceHash` gives it a
 * hashed name when it would collide with another request's.
 */
export function requestComponent(
  request: RequestObject,
  promise: PromiseObject,
  settings: CatalogSettings,
  options: { forceHash?: boolean } = {},
): Entity {
  const { name, namespace } = request.metadata;
  const { group, version } = groupAndVersion(request.apiVersion);
  const promiseName = promise.metadata.name;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      ...requestEntityPlace(
        { apiVersion: request.apiVersion, kind: request.kind, namespace, name },
        settings,
        options.forceHash,
      ),
      title: name,
      description: `${request.kind} ${namespace}/${name}, requested from the Kratix Promise ${promiseName}`,
      tags: ['kratix'],
      annotations: {
        ...locationAnnotations(settings),
        [KRATIX_ANNOTATIONS.type]: 'resource',
        [KRATIX_ANNOTATIONS.group]: group,
        [KRATIX_ANNOTATIONS.version]: version,
        [KRATIX_ANNOTATIONS.kind]: request.kind,
        [KRATIX_ANNOTATIONS.name]: name,
        [KRATIX_ANNOTATIONS.namespace]: namespace,
        [KRATIX_ANNOTATIONS.promiseName]: promiseName,
        [KRATIX_ANNOTATIONS.promiseTemplate]: promiseTemplateRef(
          promiseName,
          settings,
        ),
        ...summaryAnnotation(promise),
        ...statusAnnotation(request.status),
      },
    },
    spec: {
      type: 'kratix-resource',
      lifecycle: settings.lifecycle,
      owner: requestOwner(request, settings),
      ...(settings.system && { system: settings.system }),
      dependsOn: [promiseComponentRef(promiseName, settings)],
    },
  };
}
