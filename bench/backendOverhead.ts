/**
 * Figure 1: what the plugin adds to a cluster call. The same read (one
 * resource; one page of a Promise's resources) is made through `/api/ske` on
 * a Backstage backend and directly with `@kubernetes/client-node`, against
 * the same simulated platform, interleaved round by round so noise hits both.
 */
import type { BenchStack } from './processes/benchStack';
import { getJson } from './processes/benchStack';
import type { Figure } from './report';
import { measureLatencies, ms, ratio, summarise } from './stats';

const PG = {
  group: 'marketplace.kratix.io',
  version: 'v1alpha2',
  plural: 'postgresqls',
};

/** Latencies of `a` and `b`, measured in alternating rounds. */
async function sideBySide(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  options: { rounds: number; perRound: number; concurrency: number },
) {
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    samplesA.push(
      ...(await measureLatencies(a, options.perRound, options.concurrency)),
    );
    samplesB.push(
      ...(await measureLatencies(b, options.perRound, options.concurrency)),
    );
  }
  return { a: summarise(samplesA), b: summarise(samplesB) };
}

export async function backendOverhead(
  stack: BenchStack,
  options: { quick?: boolean } = {},
): Promise<Figure[]> {
  const base = stack.backend.ready.baseUrl;
  const direct = stack.direct;
  const calls = {
    'GET one resource': {
      plugin: () =>
        getJson(
          `${base}/resources/${PG.group}/${PG.version}/postgresql/team-a/acid-db`,
        ),
      direct: () =>
        direct.getNamespacedCustomObject({
          ...PG,
          namespace: 'team-a',
          name: 'acid-db',
        }),
    },
    "list a Promise's resources (one page of 100)": {
      plugin: () => getJson(`${base}/promises/postgresql/resources`),
      direct: () => direct.listClusterCustomObject({ ...PG, limit: 100 }),
    },
  };
  const figures: Figure[] = [];
  for (const [name, call] of Object.entries(calls)) {
    // Warm both paths (TLS sessions, JIT) before measuring.
    await sideBySide(call.plugin, call.direct, {
      rounds: 1,
      perRound: 20,
      concurrency: 4,
    });
    for (const concurrency of [1, 32]) {
      const perRound = options.quick ? 32 : concurrency === 1 ? 100 : 320;
      const { a: plugin, b: directCall } = await sideBySide(
        call.plugin,
        call.direct,
        { rounds: options.quick ? 2 : 5, perRound, concurrency },
      );
      const medianRatio = plugin.median / directCall.median;
      figures.push({
        figure: `Backend overhead: ${name}, concurrency ${concurrency}`,
        measured: `median ${ms(plugin.median)}, p99 ${ms(
          plugin.p99,
        )} (direct: median ${ms(directCall.median)}, p99 ${ms(
          directCall.p99,
        )}; n=${plugin.count})`,
        against: `${ratio(medianRatio)} median, ${ratio(
          plugin.p99 / directCall.p99,
        )} p99`,
        goal: 'median ≤ 1.20×',
        holds: medianRatio <= 1.2,
      });
    }
  }
  return figures;
}
