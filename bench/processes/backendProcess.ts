/**
 * A Backstage backend with the SKE plugin for benchmarks, in its own
 * process, talking to the platform given in SKE_BENCH_PLATFORM (JSON of
 * PlatformReady) as the platform's service account. Answers
 * `{ type: 'memory' }` with its heap and RSS after a full GC.
 */
import type { AddressInfo } from 'node:net';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { skePlugin } from '@syntasso/plugin-ske-backend';
import { platformClusterConfig } from './platformCluster';
import type { PlatformReady } from './platformProcess';

export interface BackendReady {
  baseUrl: string;
}

async function main() {
  const platform: PlatformReady = JSON.parse(process.env.SKE_BENCH_PLATFORM!);
  const backend = await startTestBackend({
    features: [
      skePlugin,
      mockServices.rootConfig.factory({
        data: {
          kubernetes: platformClusterConfig(platform),
          ske: { kubernetes: { platformName: 'kratix' } },
        },
      }),
    ],
  });
  process.on('message', (message: { type: string }) => {
    if (message.type !== 'memory') return;
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    process.send!({ heapUsed, rss });
  });
  const { port } = backend.server.address() as AddressInfo;
  const ready: BackendReady = { baseUrl: `http://127.0.0.1:${port}/api/ske` };
  process.send!(ready);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
