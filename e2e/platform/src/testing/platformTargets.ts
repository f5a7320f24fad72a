import type { PlatformUserName } from '../access';
import { readAuditLog } from '../kube/auditLog';
import { findKubeBinaries } from '../kube/binaries';
import { startKubePlatform } from '../kube/startKubePlatform';
import { startPlatform } from '../platform';
import type { RequestLogEntry } from '../server';

/** What a test sees of either platform: an API server, its users, and when its seed data has settled. */
export interface TestPlatform {
  url: string;
  caCert: string;
  tokens: Record<PlatformUserName, string>;
  settled(): Promise<void>;
  /** The requests the API server has answered so far (kube-apiserver: from its audit log). */
  requests(): RequestLogEntry[];
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
      start: async () => {
        const platform = await startPlatform({
          port: 0,
          pipelineDelayMs: options.pipelineDelayMs,
        });
        return { ...platform, requests: () => platform.requestLog };
      },
    },
    {
      name: 'kube-apiserver',
      skip: 'missing' in found ? found.missing : undefined,
      start: async () => {
        const kube = await startKubePlatform({
          pipelineDelayMs: options.pipelineDelayMs,
        });
        return { ...kube, requests: () => readAuditLog(kube.auditLogFile) };
      },
    },
  ];
}

/**
 * The platform a suite that needs one server runs on: kube-apiserver where it
 * is built, else the double; `SKE_TEST_PLATFORM=double` (or `kube-apiserver`) chooses.
 */
export function preferredTarget(options: {
  pipelineDelayMs: number;
}): PlatformTarget {
  const [double, kube] = platformTargets(options);
  const chosen = process.env.SKE_TEST_PLATFORM;
  if (chosen === 'double') return double;
  if (chosen === 'kube-apiserver' || !kube.skip) return kube;
  return double;
}
