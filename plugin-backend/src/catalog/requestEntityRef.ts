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

import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogSettings } from './CatalogSettings';
import { RequestIdentity, resourceComponentName } from './entityNames';

/**
 * Where ingestion puts a resource request's Component: the request's
 * namespace (or the one configured), named `<kind>-<name>` with a hash cut
 * when longer than 63 characters. `forceHash` is for the rare request whose
 * name collides with another's (same kind and name, another API group).
 */
export function requestEntityPlace(
  request: RequestIdentity,
  settings: CatalogSettings,
  forceHash?: boolean,
): { namespace: string; name: string } {
  return {
    namespace: settings.resourceNamespace ?? request.namespace,
    name: resourceComponentName(request, {
      includeNamespace: settings.resourceNamespace !== undefined,
      forceHash,
    }),
  };
}

/**
 * The entity ref of a resource request's Component, as ingestion names it
 * (what a finished Template run links to).
 */
export const requestEntityRef = (
  request: RequestIdentity,
  settings: CatalogSettings,
): string =>
  stringifyEntityRef({
    kind: 'Component',
    ...requestEntityPlace(request, settings),
  });
