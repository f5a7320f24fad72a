/**
 * The benchmark suite: prints a markdown table of figures for a person to
 * compare run to run. Not a test: nothing here passes or fails a build.
 *
 *   yarn bench                 # every figure
 *   yarn bench backend         # only figures whose name starts so
 *   SKE_BENCH_QUICK=1 yarn bench   # fewer samples, for a smoke run
 */
import { backendOverhead } from './backendOverhead';
import { catalogScale } from './catalogScale';
import { frontendWeight } from './frontendWeight';
import { listScale } from './listScale';
import { manageForm } from './manageForm';
import {
  BenchStack,
  startBenchStack,
  startCatalogStack,
} from './processes/benchStack';
import { markdownTable, Figure } from './report';

type Suite = (
  stack: () => Promise<BenchStack>,
  o: { quick?: boolean },
) => Promise<Figure[]>;

/** In order: `scale` adds resources, so it runs after `backend`. */
const suites: Record<string, Suite> = {
  backend: async (stack, o) => backendOverhead(await stack(), o),
  scale: async (stack, o) => listScale(await stack(), o),
  // A platform and a catalog backend of its own, stopped when done.
  catalog: async (_stack, o) => {
    const own = await startCatalogStack();
    try {
      return await catalogScale(
        own.platform,
        own.backend,
        own.direct,
        o.quick ? [100, 1_000] : [100, 1_000, 10_000],
      );
    } finally {
      own.stop();
    }
  },
  frontend: () => frontendWeight(),
  manage: (_stack, o) => manageForm(o),
};

async function main() {
  const only = process.argv.slice(2);
  const quick = process.env.SKE_BENCH_QUICK === '1';
  const figures: Figure[] = [];
  // The platform and backend processes start only for the suites that use them.
  let stack: Promise<BenchStack> | undefined;
  const sharedStack = () => (stack ??= startBenchStack());
  try {
    for (const [name, suite] of Object.entries(suites)) {
      if (only.length && !only.some(o => name.startsWith(o))) continue;
      process.stderr.write(`[bench] ${name}…\n`);
      figures.push(...(await suite(sharedStack, { quick })));
    }
  } finally {
    (await stack)?.stop();
  }
  process.stdout.write(`${markdownTable(figures)}\n`);
  process.exit(0);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
