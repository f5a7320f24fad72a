/**
 * Figure 3: what the frontend plugin adds to the app's initial JavaScript,
 * and the size of each chunk it loads lazily. The e2e app is built twice,
 * with and without the plugin (app.packages exclude), then rebuilt as it was.
 * It writes e2e/app/dist: do not run it while the e2e tests run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import YAML from 'yaml';
import type { Figure } from './report';
import { kb } from './stats';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'e2e/app/dist');
const GOAL_BYTES = 15 * 1024;

interface Build {
  /** gzip bytes of the scripts index.html loads */
  initial: number;
  /** every JS chunk: file name → gzip bytes */
  chunks: Map<string, number>;
  initialFiles: Set<string>;
}

function buildApp(extraConfig?: object): Build {
  const args = ['workspace', 'app', 'build', '--config', '../app-config.yaml'];
  let tmp: string | undefined;
  if (extraConfig) {
    tmp = path.join(ROOT, '.tools', 'bench-app-config.yaml');
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    fs.writeFileSync(tmp, YAML.stringify(extraConfig));
    args.push('--config', tmp);
  }
  try {
    execFileSync('yarn', args, { cwd: ROOT, stdio: 'ignore' });
  } finally {
    if (tmp) fs.rmSync(tmp, { force: true });
  }
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const initialFiles = new Set(
    [...html.matchAll(/<script[^>]+src="\/static\/([^"]+\.js)"/g)].map(
      m => m[1],
    ),
  );
  const chunks = new Map<string, number>();
  for (const file of fs.readdirSync(path.join(DIST, 'static'))) {
    if (!file.endsWith('.js')) continue;
    const bytes = fs.readFileSync(path.join(DIST, 'static', file));
    chunks.set(file, gzipSync(bytes).length);
  }
  const initial = [...initialFiles].reduce(
    (sum, file) => sum + (chunks.get(file) ?? 0),
    0,
  );
  return { initial, chunks, initialFiles };
}

export async function frontendWeight(): Promise<Figure[]> {
  const without = buildApp({
    app: { packages: { exclude: ['@syntasso/plugin-ske-frontend'] } },
  });
  const withPlugin = buildApp();
  const added = withPlugin.initial - without.initial;
  const lazy = [...withPlugin.chunks]
    .filter(
      ([file]) =>
        !without.chunks.has(file) && !withPlugin.initialFiles.has(file),
    )
    .sort((a, b) => b[1] - a[1]);
  return [
    {
      figure: 'Frontend weight: initial JavaScript added by the plugin',
      measured: `${kb(added)} gzip (app: ${kb(withPlugin.initial)} with, ${kb(
        without.initial,
      )} without)`,
      against: `${((added / without.initial) * 100).toFixed(
        2,
      )}% of the app's initial load`,
      goal: `< ${kb(GOAL_BYTES)} gzip`,
      holds: added < GOAL_BYTES,
    },
    {
      figure: 'Frontend weight: chunks loaded lazily (new with the plugin)',
      measured:
        lazy.map(([file, bytes]) => `${file} ${kb(bytes)}`).join('; ') ||
        'none',
      against: `${lazy.length} chunks, ${kb(
        lazy.reduce((sum, [, bytes]) => sum + bytes, 0),
      )} gzip in all`,
      goal: 'loaded only when a Kratix entity page opens',
      holds: undefined,
    },
  ];
}
