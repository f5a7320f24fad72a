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

import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { ResourceRef } from '@syntasso/plugin-ske-common';
import { useCallback } from 'react';
import { resourceRequestRouteRef } from '../routes';

/** Where a request's own page is (the `/ske/resources/...` page), for any ref. */
export function useResourcePageHref(): (ref: ResourceRef) => string {
  const link = useRouteRef(resourceRequestRouteRef);
  return useCallback(
    ({ apiVersion, kind, namespace, name }: ResourceRef) => {
      const [group, version] = apiVersion.split('/');
      const params = { group, version, kind, namespace, name };
      return (
        link?.(params) ??
        `/ske/resources/${[group, version, kind, namespace, name]
          .map(encodeURIComponent)
          .join('/')}`
      );
    },
    [link],
  );
}
