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

import { useApi } from '@backstage/frontend-plugin-api';
import type { ResourceRef } from '@syntasso/plugin-ske-common';
import { useEffect } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { skeApiRef } from '../api';

/** How often live status is refreshed while a page is open. */
export const LIVE_REFRESH_MS = 3000;

/**
 * Loads a resource request and keeps it fresh while mounted, so status moves
 * (Pending → Reconciled) show without a reload. `ref` undefined loads nothing.
 */
export function useLiveResource(
  ref: ResourceRef | undefined,
  refreshMs = LIVE_REFRESH_MS,
) {
  const skeApi = useApi(skeApiRef);
  const key =
    ref && `${ref.apiVersion}/${ref.kind}/${ref.namespace}/${ref.name}`;
  const state = useAsyncRetry(
    async () => (ref ? skeApi.getResource(ref) : undefined),
    [skeApi, key],
  );
  const { retry } = state;
  useEffect(() => {
    if (!key || refreshMs <= 0) return undefined;
    const timer = setInterval(retry, refreshMs);
    return () => clearInterval(timer);
  }, [key, refreshMs, retry]);
  return state;
}
