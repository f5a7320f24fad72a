import type { PlatformUserName } from '../access';
import { findKubeBinaries } from '../kube/binaries';
import { startKubePlatform } from '../kube/startKubePlatform';
import { startPlatform } from '../platform';

/** What a test sees of either platform: an API server, its users, and when its seed data has settled. */
export interface TestPlatform {
  url: string;
  caCert: string;
  tokens: Record<PlatformUserName, string>;
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export interface PlatformTarget {
  name: 'double' | 'kube-apiserver';
  /** Why this target cannot run here, if it cannot. */
  skip?: string;
  start(): Promise<TestPlatform>;
}

/**
 * The seeded Kratix platform on the in-process double and on kube-apiserver
 * with the Kratix controller (skipped with the reason where it is not built).
 */
export function platformTargets(options: {
  pipelineDelayMs: number;
}): PlatformTarget[] {
  const found = findKubeBinaries();
  return [
    {
      name: 'double',
      start: () =>
        startPlatform({ port: 0, pipelineDelayMs: options.pipelineDelayMs }),
    },
    {
      name: 'kube-apiserver',
      skip: 'missing' in found ? found.missing : undefined,
      start: () =>
        startKubePlatform({ pipelineDelayMs: options.pipelineDelayMs }),
    },
  ];
}
