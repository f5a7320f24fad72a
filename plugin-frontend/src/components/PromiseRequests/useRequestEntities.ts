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
import { useApiHolder } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  KRATIX_ANNOTATIONS,
  ResourceDetails,
} from '@syntasso/plugin-ske-common';
import useAsync from 'react-use/esm/useAsync';

export const requestKey = (r: { namespace: string; name: string }) =>
  `${r.namespace}/${r.name}`;

/**
 * The catalog entities of these requests, by `namespace/name`: one catalog
 * query matching the kratix.io annotations (group, kind and the page's names).
 * Without a catalog, or when it fails, the map is empty.
 */
export function useRequestEntities(items: ResourceDetails[] | undefined) {
  const catalogApi = useApiHolder().get(catalogApiRef);
  const first = items?.[0];
  const names = [...new Set(items?.map(i => i.name))].sort();
  const { value } = useAsync(async () => {
    const entities = new Map<string, string>();
    if (!catalogApi || !first) return entities;
    const annotation = (key: keyof typeof KRATIX_ANNOTATIONS) =>
      `metadata.annotations.${KRATIX_ANNOTATIONS[key]}`;
    try {
      const { items: found } = await catalogApi.getEntities({
        filter: {
          kind: 'component',
          [annotation('group')]: first.apiVersion.split('/')[0],
          [annotation('kind')]: first.kind,
          [annotation('name')]: names,
        },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
        ],
      });
      for (const entity of found) {
        const a = entity.metadata.annotations ?? {};
        const name = a[KRATIX_ANNOTATIONS.name];
        const namespace = a[KRATIX_ANNOTATIONS.namespace];
        if (name && namespace) {
          entities.set(
            requestKey({ namespace, name }),
            stringifyEntityRef(entity),
          );
        }
      }
    } catch {
      // The page still links every request to its own page.
    }
    return entities;
  }, [catalogApi, first?.apiVersion, first?.kind, names.join(',')]);
  return value ?? new Map<string, string>();
}
