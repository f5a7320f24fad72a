/**
 * Figure 3: catalog ingestion as the platform grows. For 100, 1,000 and
 * 10,000 requests across 20 Promises: (a) one full refresh, from its start
 * until the catalog accepts the provider's full mutation; (b) from the same
 * start until the catalog's own API returns every ingested entity; the
 * backend's heap; against listing the same objects (the Promises and every
 * Promise's requests, 500 a page) straight from the API server in the same run.
 */
import { mockCredentials } from '@backstage/backend-test-utils';
import type { CustomObjectsApi } from '@kubernetes/client-node';
import type { CatalogBackendReady } from './processes/catalogBackendProcess';
import {
  CATALOG_GROUP,
  CATALOG_PROMISES,
  catalogRequestPlurals,
} from './processes/catalogSeed';
import { Child } from './processes/child';
import type { Figure } from './report';
import { kb, ms, ratio } from './stats';

interface Memory {
  heapUsed: number;
  rss: number;
}

/** Lists the Promises and every bench Promise's requests, 500 a page; the objects seen. */
async function listDirect(direct: CustomObjectsApi) {
  let objects = 0;
  const walk = async (list: (token?: string) => Promise<any>) => {
    let token: string | undefined;
    do {
      const page = await list(token);
      objects += page.items.length;
      token = page.metadata?.continue || undefined;
    } while (token);
  };
  await walk(token =>
    direct.listClusterCustomObject({
      group: 'platform.kratix.io',
      version: 'v1alpha1',
      plural: 'promises',
      limit: 500,
      _continue: token,
    }),
  );
  for (const plural of catalogRequestPlurals()) {
    await walk(token =>
      direct.listClusterCustomObject({
        group: CATALOG_GROUP,
        version: 'v1',
        plural,
        limit: 500,
        _continue: token,
      }),
    );
  }
  return objects;
}

/** The number of request entities in namespace `catalog` the catalog's API returns. */
async function catalogRequestCount(baseUrl: string): Promise<number> {
  const res = await fetch(
    `${baseUrl}/api/catalog/entities/by-query?filter=kind=component,metadata.namespace=catalog&limit=1&fields=metadata.name`,
    { headers: { authorization: mockCredentials.user.header() } },
  );
  if (!res.ok) throw new Error(`catalog answered ${res.status}`);
  return ((await res.json()) as { totalItems: number }).totalItems;
}

export async function catalogScale(
  platform: Child<unknown>,
  backend: Child<CatalogBackendReady>,
  direct: CustomObjectsApi,
  sizes: number[],
): Promise<Figure[]> {
  const baseline = await backend.ask<Memory>({ type: 'memory' });
  const figures: Figure[] = [];
  let previous = { size: 0, heapUsed: baseline.heapUsed };
  for (const size of sizes) {
    await platform.ask({ type: 'seedCatalog', count: size });
    const t0 = performance.now();
    const directObjects = await listDirect(direct);
    const directMs = performance.now() - t0;

    const started = performance.now();
    const refresh = await backend.ask<{ ms: number }>({ type: 'refresh' });
    let seen = await catalogRequestCount(backend.ready.baseUrl);
    while (seen < size) {
      if (performance.now() - started > 30 * 60_000) {
        throw new Error(`catalog holds ${seen} of ${size} requests`);
      }
      await new Promise(resolve => setTimeout(resolve, 200));
      seen = await catalogRequestCount(backend.ready.baseUrl);
    }
    const allMs = performance.now() - started;
    const memory = await backend.ask<Memory>({ type: 'memory' });
    const growth = memory.heapUsed - baseline.heapUsed;
    const perRequest =
      (memory.heapUsed - previous.heapUsed) / (size - previous.size);
    previous = { size, heapUsed: memory.heapUsed };
    figures.push({
      figure: `Catalog ingestion: ${size.toLocaleString(
        'en',
      )} requests, ${CATALOG_PROMISES} Promises`,
      measured: `refresh until the mutation is accepted: ${ms(
        refresh.ms,
      )}; until the catalog API returns every entity: ${ms(
        allMs,
      )}; direct listing of the same ${directObjects} objects: ${ms(
        directMs,
      )}; backend heap ${growth >= 0 ? '+' : '−'}${kb(
        Math.abs(growth),
      )} since start (${kb(
        perRequest,
      )} a request added since the last size), RSS ${kb(
        memory.rss,
      )} (at start ${kb(
        baseline.rss,
      )}; the catalog's in-memory SQLite lives outside the heap)`,
      against: `refresh ${ratio(refresh.ms / directMs)} of the direct listing`,
      goal: 'refresh within 2× the direct listing at 10,000; memory growth linear',
      holds: size === 10_000 ? refresh.ms <= 2 * directMs : undefined,
    });
  }
  return figures;
}
