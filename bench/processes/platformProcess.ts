/**
 * The simulated Kratix platform for benchmarks, in its own process. Answers
 * `{ type: 'seed', count }` by adding postgresql resources in namespace
 * `scale` until there are `count` of them, and
 * `{ type: 'seedCatalog', promises, count }` (see catalogSeed.ts) by adding
 * `promises` Promises and `count` requests spread across them.
 */
import { startPlatform } from '@syntasso/ske-platform-simulator';
import type { KubeObject } from '@syntasso/ske-platform-simulator';
import { CatalogSeed } from './catalogSeed';

export interface PlatformReady {
  url: string;
  caCert: string;
  tokens: Record<string, string>;
}

async function main() {
  const platform = await startPlatform({ port: 0, pipelineDelayMs: 10 });
  await platform.settled();
  platform.apply({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'scale' },
  } as KubeObject);
  let seeded = 0;
  const catalogSeed = new CatalogSeed(platform);
  process.on('message', (message: { type: string; count: number }) => {
    if (message.type === 'seedCatalog') {
      catalogSeed
        .grow(message.count)
        .then(requests => process.send!({ seeded: requests }));
      return;
    }
    if (message.type !== 'seed') return;
    for (; seeded < message.count; seeded++) {
      platform.apply({
        apiVersion: 'marketplace.kratix.io/v1alpha2',
        kind: 'postgresql',
        metadata: { name: `db-${seeded}`, namespace: 'scale' },
        spec: { teamId: 'scale', storageGb: 10 },
      } as KubeObject);
    }
    process.send!({ seeded });
  });
  const ready: PlatformReady = {
    url: platform.url,
    caCert: platform.caCert,
    tokens: platform.tokens,
  };
  process.send!(ready);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
