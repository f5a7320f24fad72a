/**
 * The benchmark suite: prints a markdown table of figures for a person to
 * compare run to run. Not a test: nothing here passes or fails a build.
 *
 *   yarn bench                 # every figure
 *   yarn bench backend         # only figures whose name starts so
 *   SKE_BENCH_QUICK=1 yarn bench   # fewer samples, for a smoke run
 */
import { backendOverhead } from './backendOverhead';
import { markdownTable, Figure } from './report';

const suites: Record<string, (o: { quick?: boolean }) => Promise<Figure[]>> = {
  backend: backendOverhead,
};

async function main() {
  const only = process.argv.slice(2);
  const quick = process.env.SKE_BENCH_QUICK === '1';
  const figures: Figure[] = [];
  for (const [name, suite] of Object.entries(suites)) {
    if (only.length && !only.some(o => name.startsWith(o))) continue;
    process.stderr.write(`[bench] ${name}…\n`);
    figures.push(...(await suite({ quick })));
  }
  process.stdout.write(`${markdownTable(figures)}\n`);
  process.exit(0);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
