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

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogSettings } from './CatalogSettings';
import type { PromiseObject, RequestObject } from './platformObjects';
import { promiseComponent, promiseTemplate } from './promiseEntities';
import { requestComponent } from './requestEntity';

/** Everything read from the platform in one refresh. */
export interface PlatformInventory {
  promises: {
    promise: PromiseObject;
    requests: RequestObject[];
  }[];
}

/**
 * Every entity for one refresh: per Promise a Component and (with an API) a
 * Template, per request a Component. Requests whose Components would share
 * an entity ref (e.g. the same kind in two API groups) all get hashed names.
 */
export function catalogEntities(
  inventory: PlatformInventory,
  settings: CatalogSettings,
): Entity[] {
  const entities: Entity[] = [];
  const requests = inventory.promises.flatMap(({ promise, requests: rs }) => {
    entities.push(promiseComponent(promise, settings));
    const template = promiseTemplate(promise, settings);
    if (template) entities.push(template);
    return rs.map(request => ({ promise, request }));
  });
  const built = requests.map(({ promise, request }) =>
    requestComponent(request, promise, settings),
  );
  const counts = new Map<string, number>();
  for (const entity of built) {
    const ref = stringifyEntityRef(entity);
    counts.set(ref, (counts.get(ref) ?? 0) + 1);
  }
  built.forEach((entity, i) => {
    const collides = counts.get(stringifyEntityRef(entity))! > 1;
    const { promise, request } = requests[i];
    entities.push(
      collides
        ? requestComponent(request, promise, settings, { forceHash: true })
        : entity,
    );
  });
  return entities;
}
