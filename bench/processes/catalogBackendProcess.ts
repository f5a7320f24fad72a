/**
 * A Backstage backend with the catalog and the SKE catalog module for the
 * ingestion figure, in its own process, reading the platform given in
 * SKE_BENCH_PLATFORM as the platform's service account. Its scheduler runs
 * the refresh once at startup and then only when asked:
 * `{ type: 'refresh' }` answers `{ ms }` once the refresh's full mutation is
 * accepted by the catalog; `{ type: 'memory' }` answers heap and RSS after a
 * full GC.
 */
import type { AddressInfo } from 'node:net';
import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import { skeCatalogModule } from '@syntasso/plugin-ske-backend';
import { platformClusterConfig } from './platformCluster';
import type { PlatformReady } from './platformProcess';

/** The provider's scheduled task (plugin-backend/src/catalog/KratixEntityProvider.ts). */
const REFRESH_TASK_ID = 'ske-kratix:refresh';

export interface CatalogBackendReady {
  baseUrl: string;
}

async function main() {
  const platform: PlatformReady = JSON.parse(process.env.SKE_BENCH_PLATFORM!);
  let scheduler: SchedulerService | undefined;
  const captureScheduler = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'bench-scheduler',
    register(env) {
      env.registerInit({
        deps: { service: coreServices.scheduler },
        async init({ service }) {
          scheduler = service;
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      mockServices.scheduler.factory(),
      captureScheduler,
      catalogPlugin,
      scaffolderEntityModel,
      skeCatalogModule,
      mockServices.rootConfig.factory({
        data: {
          catalog: { rules: [{ allow: ['Component', 'Template'] }] },
          kubernetes: platformClusterConfig(platform),
          ske: {
            kubernetes: { platformName: 'kratix' },
            catalog: { pageSize: 500 },
          },
        },
      }),
    ],
  });
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'refresh') {
      const t0 = performance.now();
      await scheduler!.triggerTask(REFRESH_TASK_ID);
      process.send!({ ms: performance.now() - t0 });
    } else if (message.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      process.send!({ heapUsed, rss });
    }
  });
  const { port } = backend.server.address() as AddressInfo;
  const ready: CatalogBackendReady = { baseUrl: `http://127.0.0.1:${port}` };
  process.send!(ready);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
