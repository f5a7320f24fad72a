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
  KubernetesValidatorFunctions as valid,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogSettings } from './CatalogSettings';
import type { RequestObject } from './platformObjects';

/** The request annotation that names its owner in the catalog. */
const OWNER_ANNOTATION = 'backstage.io/owner';

const asOwnerRef = (value: string | undefined) => {
  if (!value?.trim()) return undefined;
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    return valid.isValidKind(ref.kind) &&
      valid.isValidNamespace(ref.namespace) &&
      valid.isValidObjectName(ref.name)
      ? stringifyEntityRef(ref)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Who owns a request's Component: the request's `backstage.io/owner`
 * annotation (an entity ref; kind defaults to group), else the owner
 * configured for its namespace, else the default owner.
 */
export function requestOwner(
  request: RequestObject,
  settings: CatalogSettings,
): string {
  return (
    asOwnerRef(request.metadata.annotations?.[OWNER_ANNOTATION]) ??
    asOwnerRef(settings.namespaceOwners[request.metadata.namespace]) ??
    settings.defaultOwner
  );
}
