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
