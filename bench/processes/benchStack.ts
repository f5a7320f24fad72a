import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { kubeconfigFor } from '@syntasso/ske-platform-simulator';
import type { BackendReady } from './backendProcess';
import type { CatalogBackendReady } from './catalogBackendProcess';
import { Child, startChild } from './child';
import type { PlatformReady } from './platformProcess';

/** The platform and a backend, each in its own process, and a direct client to the platform. */
export interface BenchStack<Ready = BackendReady> {
  platform: Child<PlatformReady>;
  backend: Child<Ready>;
  /** `@kubernetes/client-node` straight to the platform, as the backend's service account. */
  direct: CustomObjectsApi;
  stop(): void;
}

/** The platform and a backend started by `backendScript` (a file in this folder). */
export async function startBenchStack<Ready = BackendReady>(
  backendScript = 'backendProcess.ts',
): Promise<BenchStack<Ready>> {
  const platform = await startChild<PlatformReady>('platformProcess.ts');
  const backend = await startChild<Ready>(backendScript, {
    SKE_BENCH_PLATFORM: JSON.stringify(platform.ready),
  });
  const kc = new KubeConfig();
  kc.loadFromString(
    kubeconfigFor(platform.ready, platform.ready.tokens.backstage),
  );
  return {
    platform,
    backend,
    direct: kc.makeApiClient(CustomObjectsApi),
    stop: () => {
      backend.stop();
      platform.stop();
    },
  };
}

/** The platform and a backend with the catalog and the SKE catalog module. */
export const startCatalogStack = () =>
  startBenchStack<CatalogBackendReady>('catalogBackendProcess.ts');

export async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}
