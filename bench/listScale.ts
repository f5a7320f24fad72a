/**
 * Figure 2: listing a Promise's resources as the platform grows. For 100,
 * 1,000 and 10,000 resources: one page and every page through `/api/ske`
 * against the same reads made directly (the platform's own cost grows with
 * its size; the plugin must not add to that growth), that an unpaged request
 * is still bounded, and the backend's heap.
 */
import type { ResourceList } from '@syntasso/plugin-ske-common';
import type { BenchStack } from './processes/benchStack';
import { getJson } from './processes/benchStack';
import type { Figure } from './report';
import { kb, measureLatencies, ms, ratio, summarise } from './stats';

const SIZES = [100, 1_000, 10_000];
const PG = {
  group: 'marketplace.kratix.io',
  version: 'v1alpha2',
  plural: 'postgresqls',
};

interface Memory {
  heapUsed: number;
  rss: number;
}

/** Follows continue tokens through every page of `fetchPage`; items, pages and the largest page. */
async function walkAllPages(
  fetchPage: (token?: string) => Promise<{ count: number; token?: string }>,
) {
  let items = 0;
  let pages = 0;
  let largestPage = 0;
  let token: string | undefined;
  const t0 = performance.now();
  do {
    const page = await fetchPage(token);
    items += page.count;
    largestPage = Math.max(largestPage, page.count);
    pages++;
    token = page.token;
  } while (token);
  return { items, pages, largestPage, ms: performance.now() - t0 };
}

export async function listScale(
  stack: BenchStack,
  options: { quick?: boolean } = {},
): Promise<Figure[]> {
  const base = stack.backend.ready.baseUrl;
  const pluginPage = async (token?: string, limit = 100) => {
    const query = new URLSearchParams({
      namespace: 'scale',
      limit: String(limit),
    });
    if (token) query.set('continue', token);
    const page = await getJson<ResourceList>(
      `${base}/promises/postgresql/resources?${query}`,
    );
    return { count: page.items.length, token: page.continueToken };
  };
  const directPage = async (token?: string, limit = 100) => {
    const list = await stack.direct.listNamespacedCustomObject({
      ...PG,
      namespace: 'scale',
      limit,
      _continue: token,
    });
    return {
      count: (list.items as unknown[]).length,
      token: (list.metadata?.continue as string | undefined) || undefined,
    };
  };
  const defaultPage = () =>
    getJson<ResourceList>(
      `${base}/promises/postgresql/resources?namespace=scale`,
    );
  const baseline = await stack.backend.ask<Memory>({ type: 'memory' });
  const figures: Figure[] = [];
  let firstPerResource: number | undefined;
  for (const size of SIZES) {
    await stack.platform.ask({ type: 'seed', count: size });
    const unbounded = (await defaultPage()).items.length;
    const samples = options.quick ? 10 : 40;
    const plugin = summarise(
      await measureLatencies(() => pluginPage(), samples, 1),
    );
    const direct = summarise(
      await measureLatencies(() => directPage(), samples, 1),
    );
    const pluginWalk = await walkAllPages(t => pluginPage(t, 500));
    const directWalk = await walkAllPages(t => directPage(t, 500));
    const memory = await stack.backend.ask<Memory>({ type: 'memory' });
    const pageRatio = plugin.median / direct.median;
    const walkRatio = pluginWalk.ms / directWalk.ms;
    const perResource = pluginWalk.ms / pluginWalk.items;
    firstPerResource ??= perResource;
    const growth = perResource / firstPerResource;
    figures.push({
      figure: `Scale: ${size.toLocaleString('en')} resources`,
      measured: `page of 100: ${ms(plugin.median)} (direct ${ms(
        direct.median,
      )}); every page (500 each, ${pluginWalk.pages} pages): ${ms(
        pluginWalk.ms,
      )} (direct ${ms(
        directWalk.ms,
      )}); unpaged request answered ${unbounded} items; backend heap ${
        memory.heapUsed >= baseline.heapUsed ? '+' : '−'
      }${kb(Math.abs(memory.heapUsed - baseline.heapUsed))}`,
      against: `vs direct: page ${ratio(pageRatio)}, all pages ${ratio(
        walkRatio,
      )}; cost per resource ${ratio(growth)} of the 100-resource run`,
      goal: 'pages bounded (100 by default, 500 at most); cost per resource ≤ 1.5× (linear)',
      holds:
        unbounded <= 100 &&
        pluginWalk.items === size &&
        pluginWalk.largestPage <= 500 &&
        growth <= 1.5,
    });
  }
  return figures;
}
