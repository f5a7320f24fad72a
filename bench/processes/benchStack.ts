import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { kubeconfigFor } from '@syntasso/ske-platform-simulator';
import type { BackendReady } from './backendProcess';
import { Child, startChild } from './child';
import type { PlatformReady } from './platformProcess';

/** The platform and a backend, each in its own process, and a direct client to the platform. */
export interface BenchStack {
  platform: Child<PlatformReady>;
  backend: Child<BackendReady>;
  /** `@kubernetes/client-node` straight to the platform, as the backend's service account. */
  direct: CustomObjectsApi;
  stop(): void;
}

export async function startBenchStack(): Promise<BenchStack> {
  const platform = await startChild<PlatformReady>('platformProcess.ts');
  const backend = await startChild<BackendReady>('backendProcess.ts', {
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

export async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}
